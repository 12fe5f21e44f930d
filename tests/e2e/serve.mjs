// A tiny static file server for the built app, on 127.0.0.1 only, serving a folder under a
// sub-path (default /so-tay/; `/` for the root) to prove the build works from any path of a
// static host. No rewrite rules: a path that is not a file is 404, as on a plain host.
// With `gzip` as the fourth argument, text and wasm go out gzip-compressed to a client that
// accepts it, as static hosts serve them (make audit measures that way).
// Usage: node serve.mjs <dir> [port] [prefix] [gzip]
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const prefix = process.argv[4] ?? '/so-tay/';
const gzip = process.argv[5] === 'gzip';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (prefix !== '/' && (path === prefix.slice(0, -1) || path === '/')) {
    res.writeHead(302, { location: prefix }).end();
    return;
  }
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});

// make audit: Lighthouse (npm, the system Chromium, its default mobile preset: a mid-range
// phone, slow 4G and 4× CPU slowdown, simulated) three times on the app and three times on the
// minimal Leptos app, interleaved, both served with gzip as static hosts serve them. Prints
// each run and the medians, LCP as a ratio to the minimal app's, and the goals beside
// them. Figures are printed, never asserted.
// Usage: node run.mjs <app dist dir> <minimal app dir>
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const runs = Number(process.env.AUDIT_RUNS ?? 3);
const [appDir, minimalDir] = process.argv.slice(2).map((d) => resolve(d));
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking '
  + '--disable-component-update --disable-sync --no-first-run';

async function serve(dir, port, prefix) {
  const server = spawn('node', [join(here, '..', 'e2e', 'serve.mjs'), dir, String(port), prefix, 'gzip'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => server.stdout.once('data', ok));
  return server;
}

async function lighthouse(url) {
  const { stdout } = await promisify(execFile)(join(here, 'node_modules', '.bin', 'lighthouse'), [
    url, '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${chromeFlags}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
  const report = JSON.parse(stdout);
  const score = (c) => Math.round(report.categories[c].score * 100);
  const failing = (c) => report.categories[c].auditRefs
    .filter((r) => r.weight > 0 && report.audits[r.id].score !== null && report.audits[r.id].score < 1)
    .map((r) => r.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    transfer: report.audits['total-byte-weight'].numericValue,
    notFull: [...failing('accessibility'), ...failing('best-practices')],
    lcpElement: (report.audits['lcp-breakdown-insight']?.details?.items ?? [])
      .filter((i) => i.type === 'node').map((i) => `${i.selector} “${i.nodeLabel}”`)[0] ?? 'not named',
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const apps = [
  { name: 'Sổ tay Đại hội', url: 'http://127.0.0.1:4180/so-tay/', server: await serve(appDir, 4180, '/so-tay/'), results: [] },
  { name: 'minimal Leptos app', url: 'http://127.0.0.1:4181/min/', server: await serve(minimalDir, 4181, '/min/'), results: [] },
];
try {
  for (let i = 0; i < runs; i++) {
    for (const app of apps) app.results.push(await lighthouse(app.url));
  }
} finally {
  for (const app of apps) app.server.kill();
}

const row = (label, r) => console.log(
  `${label.padEnd(28)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(6)} `
  + `${String(r.bestPractices).padStart(6)} ${(r.lcp / 1000).toFixed(2).padStart(7)} s ${(r.fcp / 1000).toFixed(2).padStart(6)} s `
  + `${r.tbt.toFixed(0).padStart(6)} ms ${(r.transfer / 1024).toFixed(1).padStart(8)} KB`);
console.log('Lighthouse 13, mobile preset (simulated slow 4G, 4× CPU), served with gzip');
console.log(`${'run'.padEnd(28)} perf.  a11y  b.pr.      LCP      FCP      TBT   transfer`);
for (const app of apps) {
  app.results.forEach((r, i) => row(`${app.name} #${i + 1}`, r));
}
const med = (app, k) => median(app.results.map((r) => r[k]));
for (const app of apps) {
  row(`${app.name}, median`, Object.fromEntries(['performance', 'accessibility', 'bestPractices', 'lcp', 'fcp', 'tbt', 'transfer'].map((k) => [k, med(app, k)])));
}
const [mine, minimal] = apps;
const ratio = med(mine, 'lcp') / med(minimal, 'lcp');
console.log(`LCP ratio to the minimal app (medians): ${ratio.toFixed(2)}× (aim 1.15×)`);
const worst = Math.min(...mine.results.map((r) => r.performance));
console.log(`lowest performance score of the app: ${worst} (goal: at least 98 in every run, aim 100)`);
console.log(`largest contentful paint, the app: ${mine.results[0].lcpElement}`);
console.log(`largest contentful paint, the minimal app: ${minimal.results[0].lcpElement}`);
const notFull = [...new Set(mine.results.flatMap((r) => r.notFull))];
console.log(`accessibility and best-practices audits not passed by the app: ${notFull.length ? notFull.join(', ') : 'none'}`);

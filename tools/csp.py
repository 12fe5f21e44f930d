"""Trunk post-build hook: adds a Content-Security-Policy to the built index.html.

Trunk writes its wasm loader as an inline <script type="module">; rather than allowing
'unsafe-inline', the policy names that exact script by its SHA-256 hash, computed here after
every build, so only the scripts of this build run. Everything else loads from the app's own
origin; WebAssembly needs 'wasm-unsafe-eval'."""
import base64, hashlib, os, re, sys

# `make serve` (a debug build) injects its own live-reload script when serving: leave the
# policy to release builds, which are what users and the end-to-end tests get.
if os.environ.get("TRUNK_PROFILE", "release") != "release":
    sys.exit(0)
path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"), "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()
if 'http-equiv="Content-Security-Policy"' in html:
    sys.exit(0)
inline = re.findall(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'" for body in inline
)
policy = "; ".join([
    "default-src 'self'",
    f"script-src 'self' 'wasm-unsafe-eval' {hashes}".strip(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
])
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
# After the charset, quoted or not (a release page is minified).
html = re.sub(r'<meta charset="?utf-8"?>', lambda m: m.group(0) + meta, html, count=1, flags=re.I)
if meta not in html:
    sys.exit("csp.py: no <meta charset> to put the policy after")
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp.py: policy with {len(inline)} inline script hash(es)")

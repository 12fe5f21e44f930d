"""Trunk post-build hook, after finish-dist.py and csp.py: writes into dist/sw.js the build's
own file lists (every file of dist/ but the service worker itself, the page as "./": the
shared ones, and each language's build) and a version computed over their names and contents,
so the service worker keeps exactly this build and any change to any file is a new version. No list is kept by hand.

`make serve` (a debug build, with Trunk's live reload) keeps no offline copy: its sw.js only
unregisters a worker a release left there, so every reload shows the latest code."""
import hashlib, json, os, sys

dist = os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist")
sw_path = os.path.join(dist, "sw.js")
if os.environ.get("TRUNK_PROFILE", "release") != "release":
    # A worker a release left on this address would go on serving that release: this one
    # takes its place, drops the caches and unregisters.
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(
            "// make serve: no offline copy. Replaces a release's worker, then goes.\n"
            'self.addEventListener("install", () => self.skipWaiting());\n'
            'self.addEventListener("activate", (e) => e.waitUntil(caches.keys()'
            '.then((ks) => Promise.all(ks.filter((k) => k.startsWith("so-tay-dai-hoi ")).map((k) => caches.delete(k))))'
            ".then(() => self.registration.unregister())));\n"
        )
    sys.exit(0)

files = []
for root, _, names in os.walk(dist):
    for name in names:
        rel = os.path.relpath(os.path.join(root, name), dist).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()
if "index.html" not in files:
    sys.exit("service-worker.py: no index.html in the build")

h = hashlib.sha256()
for rel in files:
    h.update(rel.encode("utf-8") + b"\0")
    with open(os.path.join(dist, rel), "rb") as f:
        h.update(f.read())
version = h.hexdigest()[:16]

# The page is cached under the scope's own URL ("./"), which is what a visit asks for. The
# Vietnamese build is app/ (but app/en/), the English one app/en/; the rest is shared.
listed = ["./" if rel == "index.html" else rel for rel in files]
builds = {
    "vi": [f for f in listed if f.startswith("app/") and not f.startswith("app/en/")],
    "en": [f for f in listed if f.startswith("app/en/")],
}
shared = [f for f in listed if not f.startswith("app/")]
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
if '"%VERSION%"' not in sw or '["%SHARED%"]' not in sw or '{"%BUILDS%": []}' not in sw:
    sys.exit("service-worker.py: sw.js has no %VERSION%, %SHARED% or %BUILDS% to fill")
sw = (
    sw.replace('"%VERSION%"', json.dumps(version))
    .replace('["%SHARED%"]', json.dumps(shared, ensure_ascii=False))
    .replace('{"%BUILDS%": []}', json.dumps(builds, ensure_ascii=False))
)
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)
print(f"service-worker.py: version {version}, {len(shared)} shared files and each language's build "
      + ", ".join(f"{k} {len(v)}" for k, v in builds.items()) + " kept for offline use")

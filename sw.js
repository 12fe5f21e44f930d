// Sổ tay Đại hội's service worker: keeps every file of one build (the first load, each screen's
// chunk, the import checker) in a cache of its own, so the app opens and works offline after one
// visit, from any path of any static host. tools/service-worker.py writes the build's file list
// and version below; nothing here is kept by hand. A new build waits until the page asks for it
// ("skip-waiting", sent when the user chooses to reload), so it is never applied mid-edit.
const VERSION = "%VERSION%";
const FILES = ["%FILES%"];
// Caches are per origin: the scope tells apart two copies of the app on one host.
const PREFIX = "so-tay-dai-hoi " + self.registration.scope + " ";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  // `reload`: past the HTTP cache, so a file is never an older build's under the same name.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  // The page itself, at the scope or as index.html, whatever its query: the cached build's.
  const path = new URL(request.url).pathname;
  const scope = new URL(self.registration.scope).pathname;
  const page = request.mode === "navigate" && (path === scope || path === scope + "index.html");
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(page ? "./" : request, { ignoreSearch: page }))
      .then((hit) => hit || fetch(request)),
  );
});

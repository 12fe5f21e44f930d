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

/** One file of the build, as the host serves it now. A file whose name carries its content's
 * hash is taken from an earlier build's cache when it is there (the same name is the same
 * content), so a new build downloads only what changed. Otherwise `reload`: past the HTTP
 * cache, so a file is never an older build's under the same name. A redirected answer is
 * stored as a plain one (a page load refuses a redirected response from a service worker). */
async function keep(cache, file) {
  const kept = /-[0-9a-f]{16}\.\w+$/.test(file) && (await caches.match(file, { ignoreVary: true }));
  if (kept) return cache.put(file, kept);
  const response = await fetch(new Request(file, { cache: "reload" }));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  const plain = response.redirected ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;
  await cache.put(file, plain);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(FILES.map((f) => keep(cache, f)))).catch(async (error) => {
      // Nothing half-kept: the next visit tries again from the start.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener("activate", (event) => {
  // The build before this one is kept too: a tab still running it can fetch the screens it
  // has not opened yet until it reloads. Older ones go. (Cache names list in creation order.)
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const older = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE);
        return Promise.all(older.slice(0, -1).map((k) => caches.delete(k)));
      })
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
      .then((cache) => cache.match(page ? "./" : request, { ignoreSearch: page, ignoreVary: true }))
      // A file of the build before (a tab not yet reloaded), then the network.
      .then((hit) => hit || (!page && caches.match(request, { ignoreVary: true })) || undefined)
      .then((hit) => hit || fetch(request)),
  );
});

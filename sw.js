// Sổ tay Đại hội's service worker: keeps every file of one build in the language in use (the
// first load, each screen's chunk, the import checker) in a cache of its own, so the app opens
// and works offline after one visit, from any path of any static host. tools/service-worker.py
// writes the build's file lists and version below; nothing here is kept by hand. A new build
// waits until the page asks for it ("skip-waiting", sent when the user chooses to reload), so
// it is never applied mid-edit.
const VERSION = "%VERSION%";
// The page, its style sheet and boot check, the manifest and icons: kept in every language.
const SHARED = ["%SHARED%"];
// Each interface language's build (app/ and app/en/). Vietnamese is kept from the first visit;
// English once a page in English asks ("keep-en"); an update keeps the languages kept before.
const BUILDS = {"%BUILDS%": []};
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

/** The languages whose builds an earlier build's cache holds; Vietnamese on a first visit. */
async function languagesKept() {
  const kept = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const file = request.url.slice(self.registration.scope.length);
      if (file.startsWith("app/en/")) kept.add("en");
      else if (file.startsWith("app/")) kept.add("vi");
    }
  }
  return kept.size ? [...kept] : ["vi"];
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([caches.open(CACHE), languagesKept()])
      .then(([cache, languages]) => Promise.all(SHARED.concat(...languages.map((l) => BUILDS[l])).map((f) => keep(cache, f))))
      .catch(async (error) => {
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
  // A page in this language runs: its build is kept too, file by file (what is missing is
  // asked for again at the next start).
  const language = typeof event.data === "string" && event.data.startsWith("keep-") && BUILDS[event.data.slice(5)];
  if (language) {
    event.waitUntil(
      caches.open(CACHE).then((cache) => Promise.allSettled(language.map((f) => cache.match(f).then((hit) => hit || keep(cache, f))))),
    );
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  // The page itself, at the scope or as index.html, whatever its query: the cached build's.
  const path = new URL(request.url).pathname;
  const scope = new URL(self.registration.scope).pathname;
  const page = request.mode === "navigate" && (path === scope || path === scope + "index.html");
  // A file named by its content's hash is that file whatever the query (the chunk loader asks
  // for its table again under `?retry=`).
  const ignoreSearch = page || /-[0-9a-f]{16}\.\w+$/.test(path);
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(page ? "./" : request, { ignoreSearch, ignoreVary: true }))
      // A file of the build before (a tab not yet reloaded), then the network.
      .then((hit) => hit || (!page && caches.match(request, { ignoreSearch, ignoreVary: true })) || undefined)
      .then((hit) => hit || fetch(request)),
  );
});

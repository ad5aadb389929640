// The service worker of «Наставник»: after the first visit the app starts from this browser's
// cache, with or without the school site. Plain JS, no library.
//
// - Every file of the build is precached (the list and the version are written into this file
//   by scripts/precache.mjs, trunk's post_build hook) and served cache-first.
// - A new build on the site is a new sw.js (another version): the browser installs it and it
//   waits; the page shows «Доступна новая версия» and activates it only when the user asks
//   (public/pwa.js). Nothing reloads by itself.
// - `info.json` (the public section, put next to the app by the school) is network-first: the
//   fresh file when the site answers, else the last copy, marked with the time it was saved.
// - Everything is relative to this file's folder: the app works in any sub-folder.

/* global self, caches, fetch, Response, URL */
const PRECACHE = null; // scripts/precache.mjs puts { version, files: [{ name, sha256 }] } here

const SCOPE = new URL('./', self.location).href;
const CACHE = `nastavnik-${PRECACHE ? PRECACHE.version : 'dev'}`;
const INFO_CACHE = 'nastavnik-info';
const INFO_URL = new URL('info.json', SCOPE).href;
/** The header of a cached info.json served without the network: when it was saved (ISO). */
const SAVED_HEADER = 'x-nastavnik-saved';

self.addEventListener('install', (event) => {
  if (!PRECACHE) return; // a debug build (trunk serve): nothing is cached
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: past the HTTP cache, so a stale copy of a file is never stored as this version.
      cache.addAll(PRECACHE.files.map((f) => new Request(new URL(f.name, SCOPE), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('nastavnik-') && key !== CACHE && key !== INFO_CACHE) {
          await caches.delete(key);
        }
      }
      // The first visit's page is controlled at once: it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'version') {
    event.source?.postMessage({ type: 'version', version: PRECACHE ? PRECACHE.version : 'dev' });
  }
});

async function infoNetworkFirst(request) {
  const cache = await caches.open(INFO_CACHE);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set(SAVED_HEADER, new Date().toISOString());
      const body = await response.clone().arrayBuffer();
      await cache.put(INFO_URL, new Response(body, { status: 200, headers }));
    } else if (response.status === 404) {
      // The school took the section down: an old copy must not come back.
      await cache.delete(INFO_URL);
    }
    return response;
  } catch (err) {
    const cached = await cache.match(INFO_URL);
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  // The app's address (with or without index.html, any query) is index.html.
  const key = request.mode === 'navigate' && (url.href.split(/[?#]/)[0] === SCOPE)
    ? new URL('index.html', SCOPE).href
    : request;
  const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  return hit || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.url.split(/[?#]/)[0] === INFO_URL) {
    event.respondWith(infoNetworkFirst(request));
    return;
  }
  if (!PRECACHE) return;
  event.respondWith(cacheFirst(request));
});

// The service worker: keeps this build's files (the page, its scripts and style sheet, the wasm,
// the fonts and catalogues) so the app starts without the network and a repeat visit starts from
// here. It never keeps an API answer or anything personal: only the files below, which are the
// same for every visitor. cmake/finish_site.cmake writes the build's name and its files in place of
// the two placeholders, so a new build is a new worker: it waits until the page asks it to take
// over (the officer chose "reload" in the app's "a new version is ready" notice) or every tab of
// the old one is closed, and never swaps files under a form being filled in.
'use strict';

const BUILD = '@BUILD@';
const FILES = [@FILES@];
const CACHE = `muqeem-${BUILD}`;

// Files named by their content (`muqeem.<12 hex>.wasm`): the same name is always the same bytes.
const NAMED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  // Files named by their content come from the browser's HTTP cache when the page has just
  // downloaded them; the page and the manifest are asked again (`no-cache`), so they match.
  const requests = FILES.map((path) => (NAMED.test(path) ? path : new Request(path, { cache: 'no-cache' })));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
  // Where the browser has static routing (Chromium), two kinds of request never wake this worker:
  // the API goes straight to the network (the fetch handler would let it through anyway), and the
  // files named by content are read by the browser from this build's cache (the fetch handler would
  // answer the same, one at a time on this worker's thread: 20-40 ms of a repeat visit). A file not
  // in the cache goes to the network, as in the fetch handler. Each rule is added on its own, so a
  // browser that refuses one still has the other; what it refuses, the fetch handler does.
  if (event.addRoutes) {
    const scope = new URL(self.registration.scope).pathname;
    const api = { condition: { urlPattern: { pathname: `${scope}api/*` } }, source: 'network' };
    const named = FILES.filter((path) => NAMED.test(path)).map((path) => ({ urlPattern: { pathname: scope + path } }));
    const kept = { condition: { or: named }, source: { cacheName: CACHE } };
    for (const rule of [api, kept]) event.waitUntil(event.addRoutes(rule).catch(() => {}));
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) =>
    Promise.all(names.filter((name) => name.startsWith('muqeem-') && name !== CACHE).map((name) => caches.delete(name)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

// The path of a request inside the site ('' for the page itself), or null when it is not this
// site's file: the API and everything else go to the network as if there were no worker.
function sitePath(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  let path = url.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) path = 'index.html';
  return FILES.includes(path) ? path : null;
}

self.addEventListener('fetch', (event) => {
  const path = sitePath(event.request);
  if (path === null) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(path))
    .then((kept) => kept || fetch(event.request)));
});

// Redress's service worker: keeps the app's own files so it opens with no network, and changes
// version only when the reader says so (web/offline.js registers it and shows the prompt).
//
// The build writes BUILD (cmake/make_service_worker.py, in src/wasm/offline.cmake): the version,
// a hash of every listed file's content; each file's SHA-256 for the fetch's integrity check, so
// a cache can hold one build's files and no other; and the files kept only once fetched (the
// dyslexia-friendly font). The cache's name is the version, so a new build fills a new cache and
// the old one is dropped whole once the new worker takes over.
//
// Only GET requests for those files, on this origin and with no query string, are answered from
// the cache; every other request goes to the network untouched and is never stored. Nothing the
// reader types is requested from anywhere, and downloads are blob: URLs, which never reach a
// service worker.
//
// A new build installs beside the old one and waits (no skipWaiting) until the page asks for it,
// after the reader pressed Reload, so a page never runs on two builds' files.
"use strict";
const BUILD = {};
const CACHE = "redress-" + BUILD.version;
const SCOPE = new URL(self.registration.scope);

// Fetches one of the build's files past the HTTP cache's copy (it is revalidated) and keeps it,
// only if its bytes are this build's.
function keep(cache, path) {
  return fetch(path, { cache: "no-cache", integrity: BUILD.files[path] }).then((response) => {
    if (!response.ok) throw new Error(path + ": HTTP " + response.status);
    return cache.put(path, response);
  });
}

// All of the build's files or none: a failed install leaves no half-filled cache.
self.addEventListener("install", (event) => {
  const paths = Object.keys(BUILD.files).filter((path) => !BUILD.lazy.includes(path));
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(paths.map((path) => keep(cache, path))))
    .catch((error) => caches.delete(CACHE).then(() => { throw error; })));
});

// Drops the caches of older builds. On the first install (no older cache) it also takes charge
// of the open page, which came from the network a moment ago, so what that page fetches later
// (the dyslexia-friendly font) is kept; an update never does this: it waits for the prompt.
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => {
    const old = names.filter((name) => name.startsWith("redress-") && name !== CACHE);
    return Promise.all(old.map((name) => caches.delete(name))).then(() => old.length || self.clients.claim());
  }));
});

// The build's name for the file a GET request asks for ("" is the page), or null for anything
// this worker leaves alone.
function pathOf(request) {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || url.search || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length) || "index.html";
  return BUILD.files[path] ? path : null;
}

async function answer(path) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(path);
  if (kept) return kept;
  const response = await fetch(path, { integrity: BUILD.files[path] });
  if (response.ok) await cache.put(path, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const path = pathOf(event.request);
  if (path) event.respondWith(answer(path));
});

// The reader pressed Reload: this waiting worker takes over, and the pages reload.
self.addEventListener("message", (event) => {
  if (event.data === "activate-now") self.skipWaiting();
});

// The site's own pages (cmake/make_site_pages.py): the reader's display settings, as the app keeps
// them (web/app/settings.js: in localStorage only with "Remember on this device"; otherwise the
// browser's preferences, as on a first visit), and the privacy page's "Delete everything this
// site keeps on this device", which asks first, then removes the session and local storage, the
// service worker and its Cache Storage, and every IndexedDB database of this site.
(function () {
  "use strict";
  var root = document.documentElement;
  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem("redress-settings") || "null"); } catch (e) { saved = null; }
  var media = function (q) { return !!(window.matchMedia && window.matchMedia(q).matches); };
  var high = saved ? saved.highContrast === true : media("(prefers-contrast: more)") || media("(prefers-color-scheme: dark)");
  if (high) root.dataset.contrast = "high";
  if (saved && [1, 1.5, 2, 3].indexOf(saved.textScale) >= 0) root.style.setProperty("--text-scale", String(saved.textScale));

  function deleteDatabase(name) {
    return new Promise(function (done) {
      var request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = function () { done(); };
    });
  }

  // Everything this site keeps on this device. The worker goes first, so it cannot keep files again.
  function deleteEverything() {
    try { window.sessionStorage.clear(); } catch (e) { /* blocked */ }
    try { window.localStorage.clear(); } catch (e) { /* blocked */ }
    var workers = navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then(function (all) {
      return Promise.all(all.map(function (r) { return r.unregister(); }));
    }) : Promise.resolve();
    return workers.then(function () {
      return window.caches ? caches.keys().then(function (names) {
        return Promise.all(names.map(function (n) { return caches.delete(n); }));
      }) : null;
    }).then(function () {
      return window.indexedDB && indexedDB.databases ? indexedDB.databases().then(function (all) {
        return Promise.all(all.map(function (d) { return deleteDatabase(d.name); }));
      }) : null;
    });
  }

  function start() {
    document.body.dataset.script = "1";
    var button = document.getElementById("delete-everything");
    if (!button) return;
    var confirm = document.getElementById("delete-confirm");
    var question = document.getElementById("delete-question");
    var done = document.getElementById("delete-done");
    button.hidden = false;
    button.addEventListener("click", function () {
      done.textContent = "";
      confirm.hidden = false;
      question.focus();
    });
    document.getElementById("delete-no").addEventListener("click", function () {
      confirm.hidden = true;
      button.focus();
    });
    document.getElementById("delete-yes").addEventListener("click", function () {
      deleteEverything().then(function () {
        confirm.hidden = true;
        done.textContent = done.dataset.done;
        done.focus();
        root.dataset.deleted = "1";
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

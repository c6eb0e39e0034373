// Offline use and new versions. Registers the service worker (web/sw.js) once the first frame is
// drawn, so it never slows the first load. When a new build has installed and waits, shows "A new
// version is ready" with Reload and Not now (a notice, notices.js); Reload asks the waiting worker
// to take over, then reloads (the answers and the display settings are kept in this tab's
// storage). Nothing else changes the version a page runs on.
import { showNotice } from "./notices.js";

export function workOffline() {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  const root = document.documentElement;
  let controller = sw.controller;
  // A page the first worker took charge of while it loaded (clients.claim) has no older version
  // to replace: WebKit reports the first worker "installed" after it has already claimed the
  // page, which offered "A new version is ready" on a first visit. Only a page that loaded under
  // a worker is offered one.
  const loadedUnderWorker = !!controller;
  let reloading = false;

  // The prompt (notices.js): at the bottom of the window, in its own space, announced politely.
  function offer(worker) {
    if (document.getElementById("update-notice")) return;
    showNotice("update-notice", "A new version is ready.", "status", [["update-reload", "Reload", (e) => {
      e.target.disabled = true;
      e.target.textContent = "Reloading…";
      worker.postMessage("activate-now");
    }]], ["update-later", "Not now"]);
  }

  // A new worker took over after a Reload here or in another tab: every page on the old files
  // reloads, so none runs on a mix of two versions. (On the first visit the first worker takes
  // charge of the page, which runs on the very files it keeps: no reload then.)
  sw.addEventListener("controllerchange", () => {
    const first = !controller;
    controller = sw.controller;
    if (first || reloading) return;
    reloading = true;
    window.location.reload();
  });

  function watch(registration) {
    if (registration.waiting && loadedUnderWorker) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && loadedUnderWorker) offer(worker);
      });
    });
  }

  function register() {
    // (A browser that blocks service workers may resolve with nothing.)
    sw.register("sw.js").then((registration) => registration && watch(registration),
                              (error) => console.warn("Redress cannot work offline here: " + error.message));
  }

  // The first frame is marked on <html> (by the app, or by app.js when there is no WebGL2).
  if (root.dataset.redressFirstFrame === "1") register();
  else {
    const observer = new MutationObserver(() => {
      if (root.dataset.redressFirstFrame !== "1") return;
      observer.disconnect();
      register();
    });
    observer.observe(root, { attributes: true, attributeFilter: ["data-redress-first-frame"] });
  }
}

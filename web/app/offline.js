// Offline use and new versions. Registers the service worker (web/sw.js) once the first frame is
// drawn, so it never slows the first load. When a new build has installed and waits, shows "A new
// version is ready" with a Reload button, above the canvas and the page in both views; Reload
// asks the waiting worker to take over, then reloads (the answers are kept in this tab's
// storage). Nothing else changes the version a page runs on. It shares nothing with the other
// modules but the page's elements and classes, and the first-frame mark on <html>.
export function workOffline() {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  const root = document.documentElement;
  let controller = sw.controller;
  let reloading = false;

  // The prompt: a polite live region that exists before anything is put in it, so screen
  // readers announce the message when it appears. Early in the page's order (after the skip
  // link), so the keyboard reaches it at once; drawn at the bottom of the window.
  const notice = document.createElement("div");
  notice.className = "update-notice";
  notice.id = "update-notice";
  const message = document.createElement("p");
  message.setAttribute("role", "status");
  notice.appendChild(message);
  const skipLink = document.querySelector(".skip-link");
  document.body.insertBefore(notice, skipLink ? skipLink.nextSibling : document.body.firstChild);

  function button(text, primary, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "button" + (primary ? " button-primary" : "");
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function offer(worker) {
    if (notice.classList.contains("shown")) return;
    const reload = button("Reload", true, () => {
      reload.disabled = true;
      reload.textContent = "Reloading…";
      worker.postMessage("activate-now");
    });
    reload.id = "update-reload";
    const later = button("Not now", false, () => {
      const hadFocus = notice.contains(document.activeElement);
      notice.classList.remove("shown");
      message.textContent = "";
      actions.remove();
      if (hadFocus) document.getElementById("main").focus({ preventScroll: true });
    });
    later.id = "update-later";
    const actions = document.createElement("div");
    actions.append(reload, later);
    notice.classList.add("shown");
    notice.append(actions);
    message.textContent = "A new version is ready.";
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
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && sw.controller) offer(worker);
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

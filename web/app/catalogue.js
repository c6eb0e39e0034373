// The policies and the law: the catalogue file (catalogue.txt, src/shared/rules/catalogue_file.h).
// The first page needs none of it, so it is not in the WebAssembly but fetched after the first
// frame, when the reader first acts (dispatch.js holds the action until it is in) or at start-up
// when there are answers to restore (main.js); the service worker keeps it with the app's other
// files, so it is there offline. When it cannot be fetched, a notice says so, with Try again;
// the reader's action waits and is sent once it is in.
import { wasm, fetchBytes } from "./wasm.js";

let fetching = null;  // the catalogue file's bytes, on their way
let loading = null;   // the load under way or done
let loaded = false;
const listeners = [];
let notice = null;

export function catalogueLoaded() { return loaded; }

// `listener` runs once the catalogue is in, after those registered before it.
export function onCatalogueLoaded(listener) { listeners.push(listener); }

// Starts fetching the file, for a load expected soon (main.js, before the module is made).
export function fetchCatalogue() {
  if (!fetching) fetching = fetchBytes("catalogue.txt");
  return fetching;
}

// Fetches the file, hands it to the app, and runs the listeners, once; a failed load may be
// tried again. The promise resolves when the catalogue is in.
export function loadCatalogue() {
  if (loading) return loading;
  loading = fetchCatalogue().then((bytes) => {
    const problem = wasm.loadCatalogue(bytes);
    if (problem) throw new Error("catalogue.txt: " + problem);
    loaded = true;
    hideNotice();
    for (const listener of listeners.splice(0)) listener();
  });
  loading.catch((error) => {
    console.warn("Redress could not load the policies and the law: " + error.message);
    fetching = loading = null;
    showNotice();
  });
  return loading;
}

// Drawn as the update notice is (offline.js, style.css), at the bottom of the window in both views,
// and announced at once.
function showNotice() {
  if (!notice) {
    notice = document.createElement("div");
    notice.className = "update-notice shown";
    notice.id = "catalogue-notice";
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = "Redress could not load the landlords' complaint policies. Check your connection, then try again.";
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "button button-primary";
    retry.id = "catalogue-retry";
    retry.textContent = "Try again";
    retry.addEventListener("click", () => { loadCatalogue(); });
    const actions = document.createElement("div");
    actions.append(retry);
    notice.append(message, actions);
    document.body.appendChild(notice);
  }
  notice.querySelector("button").focus();
}

function hideNotice() {
  if (notice) notice.remove();
  notice = null;
}

// The policies and the law: the catalogue file (catalogue.txt, src/shared/rules/catalogue_file.h).
// The first page needs none of it, so it is not in the WebAssembly but fetched after the first
// frame, when the reader first acts (dispatch.js holds the action until it is in) or at start-up
// when there are answers to restore (main.js); the service worker keeps it with the app's other
// files, so it is there offline. When it cannot be fetched, a notice says so, with Try again;
// the reader's last action waits and is sent once it is in (dispatch.js).
import { closeNotice, showNotice } from "./notices.js";
import { wasm, fetchBytes } from "./wasm.js";

let fetching = null;  // the catalogue file's bytes, on their way
let loading = null;   // the load under way or done
let loaded = false;
const listeners = [];

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
    closeNotice("catalogue-notice");
    for (const listener of listeners.splice(0)) listener();
  });
  loading.catch((error) => {
    console.warn("Redress could not load the policies and the law: " + error.message);
    fetching = loading = null;
    showFailure();
  });
  return loading;
}

// A notice (notices.js), announced at once, with Try again (focused) and Close. A retry that fails
// again says so: the message changes, so it is read out again.
let failures = 0;
function showFailure() {
  const again = failures++ ? "Still no connection after " + failures + " tries. " : "";
  showNotice("catalogue-notice", again + "Redress could not load the landlords' complaint policies. Check your connection, then try again.",
             "alert", [["catalogue-retry", "Try again", () => { loadCatalogue(); }]]);
  document.getElementById("catalogue-retry").focus();
}

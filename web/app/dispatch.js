// The one dispatch: every action, from the canvas or the HTML layer, goes through dispatch().
// After each it redraws the HTML layer (and lays its twins over the canvas again), saves the
// draft, moves focus (the heading on a new page, which opens at its top, and which a screen
// reader then reads; the error summary on errors, else the control used), and hands files to
// exports.js. The
// error summary announces itself (role="alert"), so it is read once. It owns the HTML layer,
// which it made and which sends its actions here.
import { catalogueLoaded, loadCatalogue, onCatalogueLoaded } from "./catalogue.js";
import { clearDrafts, saveDraft } from "./drafts.js";
import { chooseCaseFile, deliver } from "./exports.js";
import { settings } from "./settings.js";
import { placeTwins } from "./twins.js";
import { wasm } from "./wasm.js";
import { Layer } from "../layer/page.js";

let layer = null;
let held = null;  // the action waiting for the policies and the law, and its promise's resolve

function sendHeld() {
  const h = held;
  held = null;
  h.resolve(dispatch(h.action, h.controlId, h.typing));
}

// The wizard's view model (src/shared's to_json(view)), or null before the app is made.
export function view() { return wasm ? JSON.parse(wasm.view()) : null; }

// Makes the HTML layer in `root` (the page's <main>) and draws the current page in it.
export function showLayer(root) {
  layer = new Layer(root, dispatch);
  const v = view();
  layer.render(v);
  document.title = v.title;
}

// Re-draws the HTML layer after the wizard changed without an action (answers restored).
export function refreshLayer() {
  const v = view();
  if (layer.render(v)) placeTwins();
  document.title = v.title;
}

// `controlId` is the control that sent the action, so focus can stay there; `typing` is set for
// keystrokes in a text box. Before the policies and the law are in (catalogue.js), the action
// waits for them; the result is then a promise of it.
export function dispatch(action, controlId, typing) {
  if (!wasm) return { ok: false, error: "not started" };
  // The file chooser opens at once, while the click still allows it; the file's text then waits.
  if (action.type === "import" && action.text === undefined) {
    chooseCaseFile((text) => dispatch({ type: "import", text: text }, "button-1"));
    return { ok: true };
  }
  if (!catalogueLoaded()) {
    // One action waits: a later press replaces it (its promise says so), so presses made while
    // the load failed are not all sent when it comes in, each on the page the last one left.
    if (held) held.resolve({ ok: false, error: "replaced by a later action" });
    else onCatalogueLoaded(sendHeld);
    const result = new Promise((resolve) => { held = { action, controlId, typing, resolve }; });
    loadCatalogue();
    return result;
  }
  const result = JSON.parse(wasm.dispatch(JSON.stringify(action)));
  if (!result.ok) { console.warn("Redress refused an action: " + result.error); return result; }
  if (result.file) { deliver(result.file, result.intent); return result; }
  if (action.type === "start-again") clearDrafts();
  else saveDraft(settings.remember);
  const v = view();
  const rebuilt = layer.render(v);
  if (rebuilt) placeTwins();
  document.title = v.title;
  if (result.has_errors) {
    focusControl("error-summary");
  } else if (result.page_changed) {
    if (settings.view === "html") window.scrollTo(0, 0);
    focusControl("page-heading");  // read out as it takes focus: not announced as well
  } else if (rebuilt && controlId) {
    focusControl(controlId);
  } else if (!typing && controlId && document.activeElement && document.activeElement.id !== controlId) {
    focusControl(controlId);
  }
  return result;
}

// Over the canvas ImGui brings the control into view. In the HTML view the page scrolls as little
// as shows it, or, taller than the screen, to its top (a browser's own focus scroll centres it).
export function focusControl(id) {
  const node = document.getElementById(id);
  if (!node) return;
  node.focus({ preventScroll: true });
  if (settings.view === "html") node.scrollIntoView({ block: "nearest" });
}

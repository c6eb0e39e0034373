// The one dispatch: every action, from the canvas or the HTML layer, goes through dispatch().
// After each it redraws the HTML layer (and lays its twins over the canvas again), saves the
// draft, moves focus (the heading on a new page, which opens at its top, the error summary on
// errors, else the control used), announces a new page, and hands files to exports.js. The
// error summary announces itself (role="alert"), so it is read once. It owns the HTML layer,
// which it made and which sends its actions here.
import { announce } from "./announcer.js";
import { catalogueLoaded, loadCatalogue, onCatalogueLoaded } from "./catalogue.js";
import { clearDrafts, saveDraft } from "./drafts.js";
import { chooseCaseFile, deliver } from "./exports.js";
import { settings } from "./settings.js";
import { placeTwins } from "./twins.js";
import { wasm } from "./wasm.js";
import { Layer } from "../layer/page.js";

let layer = null;

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
// keystrokes in a text box. Before the policies and the law are in (catalogue.js), an action
// waits for them, and actions keep their order; the result is then a promise of it.
export function dispatch(action, controlId, typing) {
  if (!wasm) return { ok: false, error: "not started" };
  // The file chooser opens at once, while the click still allows it; the file's text then waits.
  if (action.type === "import" && action.text === undefined) {
    chooseCaseFile((text) => dispatch({ type: "import", text: text }, "button-1"));
    return { ok: true };
  }
  if (!catalogueLoaded()) {
    const result = new Promise((resolve) => onCatalogueLoaded(() => resolve(dispatch(action, controlId, typing))));
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
    focusControl("page-heading");
    announce(v.heading);
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

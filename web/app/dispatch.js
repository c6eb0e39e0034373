// The one dispatch: every action, from the canvas or the HTML layer, goes through dispatch().
// After each it redraws the HTML layer, saves the draft, moves focus (the heading on a new page,
// the error summary on errors, else the control used), announces what changed, and hands files
// to exports.js. It owns the HTML layer, which it made and which sends its actions here.
import { announce } from "./announcer.js";
import { clearDrafts, saveDraft } from "./drafts.js";
import { chooseCaseFile, deliver } from "./exports.js";
import { settings } from "./settings.js";
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

// `controlId` is the control that sent the action, so focus can stay there; `typing` is set for
// keystrokes in a text box.
export function dispatch(action, controlId, typing) {
  if (!wasm) return { ok: false, error: "not started" };
  if (action.type === "import" && action.text === undefined) {
    chooseCaseFile((text) => dispatch({ type: "import", text: text }, "button-1"));
    return { ok: true };
  }
  const result = JSON.parse(wasm.dispatch(JSON.stringify(action)));
  if (!result.ok) { console.warn("Redress refused an action: " + result.error); return result; }
  if (result.file) { deliver(result.file, result.intent); return result; }
  if (action.type === "start-again") clearDrafts();
  else saveDraft(settings.remember);
  const v = view();
  const rebuilt = layer.render(v);
  document.title = v.title;
  if (result.has_errors) {
    focusControl("error-summary");
    announce("There is a problem. " + v.errors.map((e) => e.message).join(". "));
  } else if (result.page_changed) {
    focusControl("page-heading");
    announce(v.heading);
  } else if (rebuilt && controlId) {
    focusControl(controlId);
  } else if (!typing && controlId && document.activeElement && document.activeElement.id !== controlId) {
    focusControl(controlId);
  }
  return result;
}

// Over the canvas the layer is invisible: ImGui scrolls the control into view, the page must not.
export function focusControl(id) {
  const node = document.getElementById(id);
  if (node) node.focus({ preventScroll: settings.view !== "html" });
}

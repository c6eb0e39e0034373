// The canvas's side of the page: what ImGui reports (src/wasm/app.cpp calls these through
// window.redress: a click's action, the control a pointer focused, a setting) and DOM focus
// reported back to ImGui, which draws its focus ring there and brings it into view. A text box
// being edited is its real input, laid over the drawn box like every twin (twins.js) and shown
// while it has focus (style.css), so input methods, paste, spellcheck and autofill work.
import { dispatch, focusControl } from "./dispatch.js";
import { changeSetting } from "./settings.js";
import { wasm } from "./wasm.js";

// A click's action. dispatch moves focus: to the new page's heading, the error summary, or the
// control clicked.
export function onCanvasAction(actionJson, id) {
  let action;
  try { action = JSON.parse(actionJson); } catch (e) { return; }
  // A footer link (a page of the site's own): its twin is a real link, which the browser follows.
  if (action.type === "open") { const link = document.getElementById(id); if (link) link.click(); return; }
  dispatch(action, id, false);
}

export function onCanvasFocus(id) { focusControl(id); }

export function onCanvasSetting(name, value) { changeSetting(name, value); }

// DOM focus, wherever it moves, goes to ImGui (in the HTML view the canvas is not drawn).
export function shareFocus() {
  const share = (id) => { if (wasm && document.documentElement.dataset.view === "canvas") wasm.setFocus(id); };
  document.addEventListener("focusin", (event) => share((event.target && event.target.id) || ""));
  document.addEventListener("focusout", (event) => { if (!event.relatedTarget) share(""); });
}

// The canvas's side of the page: what ImGui reports (src/wasm/app.cpp calls these through
// window.redress: a click's action, the control a pointer focused, a setting, where the focused
// control is drawn) and DOM focus reported back to ImGui, which draws its focus ring there.
// A text box being edited is the real input laid over the box ImGui draws, so input methods,
// paste, spellcheck and autofill work (docs/wizard.md).
import { dispatch, focusControl } from "./dispatch.js";
import { changeSetting } from "./settings.js";
import { wasm } from "./wasm.js";

let editingId = "";        // the input laid over the canvas, if any
let lastFocusRect = null;  // where ImGui last drew the focused control (CSS px), for the tests

export function onCanvasAction(actionJson, id) {
  let action;
  try { action = JSON.parse(actionJson); } catch (e) { return; }
  dispatch(action, id, false);
  focusControl(id);
}

export function onCanvasFocus(id) { focusControl(id); }

export function onCanvasSetting(name, value) { changeSetting(name, value); }

// The focused control's place on the canvas: a text box gets the real input laid over it.
export function onFocusRect(id, x, y, w, h) {
  lastFocusRect = { id, x, y, w, h };
  const node = document.getElementById(id);
  if (!node || (node.tagName !== "INPUT" && node.tagName !== "TEXTAREA") || node.type === "radio" || node.type === "checkbox") return;
  node.classList.add("editing");
  editingId = id;
  Object.assign(node.style, { left: x + "px", top: y + "px", width: w + "px", height: h + "px" });
}

export function focusRect() { return lastFocusRect; }

// DOM focus, wherever it moves, goes to ImGui; an input that loses it stops lying over the canvas.
export function shareFocus() {
  document.addEventListener("focusin", (event) => {
    const id = event.target && event.target.id;
    if (editingId && editingId !== id) {
      const old = document.getElementById(editingId);
      if (old) old.classList.remove("editing");
      editingId = "";
    }
    if (wasm) wasm.setFocus(id || "");
  });
  document.addEventListener("focusout", (event) => {
    if (!event.relatedTarget && wasm) wasm.setFocus("");
    const id = event.target && event.target.id;
    if (id && id === editingId) { event.target.classList.remove("editing"); editingId = ""; }
  });
}

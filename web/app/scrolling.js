// Scrolling the canvas's page as the browser scrolls a page. The wheel (and a trackpad) is kept
// from Emscripten 3.1.6's GLFW, which passed a downward wheel on as upward, and scrolls by the
// browser's own amount; the keys a browser scrolls with (PageUp, PageDown, Space, Shift+Space,
// Home, End, the arrows) scroll the page when the focused control does not use them.
import { pixelSize } from "./viewport.js";
import { wasm } from "./wasm.js";

const canvas = document.getElementById("redress-canvas");

// Scrolls the page `cssPx` down (negative: up).
export function scrollBy(cssPx) {
  if (wasm && wasm._redress_scroll_by) wasm._redress_scroll_by(cssPx * pixelSize(canvas).dpr);
}

export function handleWheel() {
  window.addEventListener("wheel", (event) => {
    if (event.target !== canvas) return;
    event.stopPropagation();
    if (event.ctrlKey) return;  // the browser's zoom
    // deltaMode: 0 pixels, 1 lines, 2 pages.
    scrollBy(event.deltaY * [1, 40, canvas.clientHeight][event.deltaMode]);
  }, { capture: true, passive: true });
}

// The keys each kind of focused control uses itself: text boxes all of them, radios the arrows,
// buttons and tick boxes Space.
function usesKey(node, key) {
  const tag = node.tagName;
  if (tag === "TEXTAREA" || (tag === "INPUT" && !["radio", "checkbox"].includes(node.type))) return true;
  if (node.type === "radio" && key.startsWith("Arrow")) return true;
  return key === " " && (tag === "BUTTON" || tag === "INPUT");
}

// A keydown in canvas mode: scrolls the page and returns true when it is a scrolling key.
export function scrollKey(event) {
  const page = canvas.clientHeight * 0.875;
  const amounts = { PageDown: page, PageUp: -page, " ": event.shiftKey ? -page : page,
                    ArrowDown: 40, ArrowUp: -40, End: 1e7, Home: -1e7 };
  const amount = amounts[event.key];
  if (amount === undefined || event.ctrlKey || event.altKey || event.metaKey) return false;
  if (document.documentElement.dataset.view !== "canvas" || usesKey(document.activeElement || document.body, event.key)) return false;
  event.preventDefault();
  scrollBy(amount);
  return true;
}

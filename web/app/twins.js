// The semantic layer over the pixels. After a frame that moved anything, the app reports where
// it drew each thing that has an HTML twin ({id: [x, y, w, h, font]}, CSS px; src/wasm/twins.cpp),
// and in canvas mode each twin is laid exactly over it (style.css's .placed reads --x, --y, --w,
// --h), so a magnifier that follows focus, and exploring by touch, find the drawn control. In the
// HTML view nothing of this is written: the layer is laid out by CSS alone.

let drawnLayout = {};

function canvasMode() { return document.documentElement.dataset.view === "canvas"; }

// Lays every twin the app reported over what it drew; a twin it no longer draws is let go.
export function placeTwins() {
  if (!canvasMode()) return;
  for (const node of document.querySelectorAll(".placed")) if (!drawnLayout[node.id]) unplace(node);
  for (const [id, [x, y, w, h]] of Object.entries(drawnLayout)) {
    const node = document.getElementById(id);
    if (!node) continue;
    node.classList.add("placed");
    const s = node.style;
    s.setProperty("--x", x + "px");
    s.setProperty("--y", y + "px");
    s.setProperty("--w", w + "px");
    s.setProperty("--h", h + "px");
  }
}

function unplace(node) {
  node.classList.remove("placed");
  node.removeAttribute("style");
}

// The HTML view: the layer goes back to its own layout.
export function clearTwins() {
  for (const node of document.querySelectorAll(".placed")) unplace(node);
}

export function onLayout(json) {
  try { drawnLayout = JSON.parse(json); } catch (e) { return; }
  placeTwins();
}

// For the tests: the drawn boxes by id, {id: [x, y, w, h, font]} in CSS px (font -1 for a control).
export function layout() { return drawnLayout; }

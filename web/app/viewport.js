// The canvas's drawing buffer in device pixels: its CSS size times the device pixel ratio, pinch
// zoom included, so ImGui draws text crisp at any zoom. Resizes and zoom (which changes
// devicePixelRatio) reach the app as a new pixel size.
import { wasm } from "./wasm.js";

// Device pixels per CSS pixel, pinch zoom included (it leaves devicePixelRatio alone).
export function pixelSize(canvas) {
  const pinch = window.visualViewport ? window.visualViewport.scale : 1;
  let dpr = (window.devicePixelRatio || 1) * Math.max(1, pinch);
  // Browsers cap a canvas near 16,384 px a side (and phones' memory sooner): 8,192 is safe.
  dpr = Math.min(dpr, 8192 / Math.max(1, canvas.clientWidth), 8192 / Math.max(1, canvas.clientHeight));
  return {
    width: Math.max(1, Math.round(canvas.clientWidth * dpr)),
    height: Math.max(1, Math.round(canvas.clientHeight * dpr)),
    dpr: dpr,
  };
}

// Once the app runs on `canvas`: keeps its size in step with the window, the canvas and the zoom.
export function followViewport(canvas) {
  let last = "";
  const syncViewport = () => {
    const s = pixelSize(canvas);
    const key = s.width + "x" + s.height + "@" + s.dpr;
    if (key === last) return;
    last = key;
    canvas.width = s.width;
    canvas.height = s.height;
    wasm._redress_viewport(s.width, s.height, s.dpr);
  };
  new ResizeObserver(syncViewport).observe(canvas);
  window.addEventListener("resize", syncViewport);
  if (window.visualViewport) window.visualViewport.addEventListener("resize", syncViewport);
  syncViewport();
}

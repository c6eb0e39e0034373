// Start-up, and the bundle's entry point: the build makes app.js from this file and everything it
// imports (docs/build.md). In this order: the keyboard is taken from Emscripten's GLFW before the
// app exists; window.redress, the page's one global, is in place before the app can call it; the
// settings are applied; then the app is made, the draft restored, the HTML layer drawn, and the
// app started on the canvas, or, without WebGL2, the HTML view becomes the page. No failure at
// start-up leaves a blank page: the HTML view, or a message saying what to do.
import { measureText, showBrowserText } from "./browser_text.js";
import { onCanvasAction, onCanvasFocus, onCanvasSetting, shareFocus } from "./canvas.js";
import { fetchCatalogue, loadCatalogue, onCatalogueLoaded } from "./catalogue.js";
import { watchGraphics } from "./graphics.js";
import { dispatch, refreshLayer, showLayer, view } from "./dispatch.js";
import { hasDraft, restoreDraft } from "./drafts.js";
import { captureKeys } from "./keyboard.js";
import { workOffline } from "./offline.js";
import { applySettings, changeSetting, settings, useHtmlViewOnly } from "./settings.js";
import { handleWheel } from "./scrolling.js";
import { handleTouches } from "./touch.js";
import { layout, onLayout } from "./twins.js";
import { followViewport, pixelSize } from "./viewport.js";
import { copyIn, createWasm, fetchBytes } from "./wasm.js";

const canvas = document.getElementById("redress-canvas");

function localToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
}

// A start-up failure: a plain message with what to do, in the HTML view (never the invisible
// layer over a blank canvas). The layer may have replaced #status by then: it is made again.
function showError(message) {
  const root = document.documentElement;
  root.dataset.view = "html";
  let status = document.getElementById("status");
  if (!status) {
    status = document.createElement("p");
    status.id = "status";
    document.getElementById("main").prepend(status);
  }
  status.textContent = "Redress could not start: " + message + " Reload the page to try again; your answers are kept in this tab.";
  status.className = "status error";
  status.setAttribute("role", "alert");
  if (root.dataset.redressFirstFrame !== "1") root.dataset.redressFirstFrame = "1";
}

async function start() {
  applySettings();
  // Answers kept from before need the policies and the law (catalogue.js): fetched alongside, so
  // the page opens where the reader was. Without them the first page needs neither.
  const restoring = hasDraft(settings.remember);
  if (restoring) fetchCatalogue().catch(() => {});  // loadCatalogue below reports a failure
  // Without WebGL2 (turned off, or a browser without it) the canvas is never tried: the wizard
  // runs in the HTML view alone, and its font is not needed.
  const webgl = typeof WebGL2RenderingContext !== "undefined";
  const [fonts, wasm] = await Promise.all([
    webgl && fetchBytes("fonts/redress-ui.ttc"),  // regular and bold in one collection
    createWasm(canvas),
  ]);
  window.redress.module = wasm;
  const problem = wasm.startWizard(window.redress.today || localToday());
  if (problem) throw new Error(problem);
  // Restored once the catalogue is in: at once here, or after Try again when it failed to load.
  let layerShown = false;
  onCatalogueLoaded(() => {
    restoreDraft(settings.remember);
    if (layerShown) refreshLayer();
  });
  if (restoring) await loadCatalogue().catch(() => {});  // the notice says what failed
  showLayer(document.getElementById("main"));
  layerShown = true;
  applySettings();

  // Whether there is WebGL2 is found out by starting the app (1 or 2: no GLFW window, 3: not a
  // font collection), not by making a test context first: a WebGL context is slow to make, and
  // that one was thrown away. Any failure there leaves the HTML view as the page.
  const size = pixelSize(canvas);
  let started = 2;
  try {
    if (webgl) started = wasm._redress_start(copyIn(fonts), fonts.length, size.width, size.height, size.dpr);
  } catch (error) {
    console.warn("Redress cannot draw on the canvas: " + error.message);
  }
  if (started === 0) {
    handleTouches(canvas);
    handleWheel();
    followViewport(canvas);
    watchGraphics(canvas);
  } else {
    // No WebGL2: the wizard still runs, drawn by the HTML layer alone.
    useHtmlViewOnly();
    document.documentElement.dataset.redressFirstFrame = "1";
  }
  // The first page opens with its heading in view, as every later page does (the canvas does so itself).
  if (settings.view === "html") document.getElementById("page-heading").scrollIntoView({ block: "nearest" });
  document.documentElement.dataset.redressReady = "1";
}

captureKeys();
shareFocus();
workOffline();  // registers the service worker after the first frame (offline.js)
// What the app calls (src/wasm/app.cpp, browser_text.cpp) and the tests and benchmarks read. A
// test may set window.redress.today (YYYY-MM-DD) before the page's scripts run.
window.redress = Object.assign(window.redress || {}, {
  onCanvasAction, onCanvasFocus, onCanvasSetting, onLayout,
  measureText,
  onBrowserText: showBrowserText,
  layout,
  module: null,
  frameCount() { return this.module && this.module._redress_frame_count ? this.module._redress_frame_count() : 0; },
  view,
  dispatch(action) { return dispatch(action, "", false); },
  settings() { return Object.assign({}, settings); },
  changeSetting,
});
start().catch((error) => {
  console.error(error);
  showError(error.message + ".");
});

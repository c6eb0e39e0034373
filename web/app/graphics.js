// When the canvas's WebGL context is lost (a phone short of memory, a GPU reset, a tab in the
// background), nothing can be drawn on it: the HTML view becomes the page at once, with a notice
// read out at once; focus and the answers stay where they are. The loss is prevented from being
// final (preventDefault), so the browser may give the context back: the app then makes what it
// drew with again (redress_graphics_restored) and, if the reader was using the usual view, a
// notice offers it again.
import { closeNotice, showNotice } from "./notices.js";
import { applySettings, changeSetting, settings, useHtmlViewOnly } from "./settings.js";
import { wasm } from "./wasm.js";

export function watchGraphics(canvas) {
  const root = document.documentElement;
  let chosen = "canvas";
  canvas.addEventListener("webglcontextlost", (event) => {
    event.preventDefault();
    chosen = settings.view;
    useHtmlViewOnly();
    const focused = document.activeElement;
    if (focused && focused !== document.body) focused.scrollIntoView({ block: "nearest" });
    showNotice("graphics-notice", "The page could not be drawn as usual, so it is shown as a plain web page. Your answers are kept.",
               "alert", []);
  });
  canvas.addEventListener("webglcontextrestored", () => {
    wasm._redress_graphics_restored();
    delete root.dataset.noWebgl;
    applySettings();  // the HTML view switch is back in the settings
    if (chosen !== "canvas") closeNotice("graphics-notice");
    else showNotice("graphics-notice", "The page can be drawn as usual again.", "status",
                    [["graphics-usual", "Show it as usual", () => { closeNotice("graphics-notice"); changeSetting("view", "canvas"); }]]);
  });
}

// Page glue: fetch the fonts, start the WebAssembly app on the canvas, keep the canvas sized to
// the viewport in device pixels, and expose a small API to tests (window.redress).
"use strict";

(function () {
  const canvas = document.getElementById("redress-canvas");
  const status = document.getElementById("status");

  function showError(message) {
    status.textContent = message;
    status.classList.add("error");
    status.setAttribute("role", "alert");
  }

  function pixelSize() {
    const dpr = window.devicePixelRatio || 1;
    return {
      width: Math.max(1, Math.round(canvas.clientWidth * dpr)),
      height: Math.max(1, Math.round(canvas.clientHeight * dpr)),
      dpr: dpr,
    };
  }

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return new Uint8Array(await response.arrayBuffer());
  }

  function copyIn(module, bytes) {
    const ptr = module._malloc(bytes.length);
    module.HEAPU8.set(bytes, ptr);
    return ptr;
  }

  async function start() {
    if (typeof createRedressModule !== "function") throw new Error("redress_app.js did not load");
    const probe = document.createElement("canvas").getContext("webgl2");
    if (!probe) throw new Error("This browser cannot show WebGL2 graphics.");

    const [regular, bold, module] = await Promise.all([
      fetchBytes("fonts/redress-ui-Regular.ttf"),
      fetchBytes("fonts/redress-ui-Bold.ttf"),
      createRedressModule({ canvas: canvas }),
    ]);
    const size = pixelSize();
    const result = module._redress_start(copyIn(module, regular), regular.length,
                                         copyIn(module, bold), bold.length,
                                         size.width, size.height, size.dpr);
    if (result !== 0) throw new Error("The app could not start (code " + result + ").");

    // Resizes and zoom (which changes devicePixelRatio) both reach the app as a new pixel size.
    let last = "";
    function syncViewport() {
      const s = pixelSize();
      const key = s.width + "x" + s.height + "@" + s.dpr;
      if (key === last) return;
      last = key;
      canvas.width = s.width;
      canvas.height = s.height;
      module._redress_viewport(s.width, s.height, s.dpr);
    }
    new ResizeObserver(syncViewport).observe(canvas);
    window.addEventListener("resize", syncViewport);
    syncViewport();

    window.redress.module = module;
  }

  window.redress = {
    module: null,
    frameCount: function () { return this.module ? this.module._redress_frame_count() : 0; },
  };

  start().catch(function (error) {
    console.error(error);
    showError("Redress could not start: " + error.message);
  });
})();

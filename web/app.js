// Page glue: starts the WebAssembly app on the canvas, keeps the canvas sized to the viewport in
// device pixels, and is the one place every action goes through (dispatch): from the HTML layer
// (keyboard, screen readers, touch on real inputs) and from the canvas (pointer). After each
// action it redraws the HTML layer, autosaves the draft, moves focus, and carries out exports.
// Display settings live here too: first visit from the browser's preferences, stored only when
// the reader ticks "remember on this device". Exposed to tests as window.redress.
"use strict";

(function () {
  const DRAFT_KEY = "redress-draft";
  const SETTINGS_KEY = "redress-settings";
  const TEXT_SCALES = [1, 1.5, 2, 3];

  const canvas = document.getElementById("redress-canvas");
  const status = document.getElementById("status");
  const main = document.getElementById("main");
  const announcer = document.getElementById("announcer");
  const fileInput = document.getElementById("case-file-input");
  const printArea = document.getElementById("print-area");
  const browserText = document.getElementById("browser-text");

  // The keyboard belongs to the HTML layer. Emscripten's GLFW listens on window and calls
  // preventDefault on Tab and Backspace, which would break Tab navigation and deleting text in
  // the real inputs; this listener runs first (it is added before the module starts) and keeps
  // key events from reaching it. Default actions (moving focus, typing) are untouched.
  for (const type of ["keydown", "keypress", "keyup"]) {
    window.addEventListener(type, (event) => {
      event.stopImmediatePropagation();
      if (type === "keydown" && event.key === "Escape") stopEditing();
    }, true);
  }

  function showError(message) {
    status.textContent = message;
    status.classList.add("error");
    status.setAttribute("role", "alert");
  }

  function storage(kind) {
    try { return kind === "local" ? window.localStorage : window.sessionStorage; } catch (e) { return null; }
  }
  function readStore(kind, key) {
    const s = storage(kind);
    try { return s ? s.getItem(key) : null; } catch (e) { return null; }
  }
  function writeStore(kind, key, value) {
    const s = storage(kind);
    try { if (s) { if (value === null) s.removeItem(key); else s.setItem(key, value); } } catch (e) { /* full or blocked */ }
  }

  // ---- Settings ------------------------------------------------------------------------------
  function firstVisitSettings() {
    const media = (q) => window.matchMedia && window.matchMedia(q).matches;
    return {
      textScale: 1,
      highContrast: media("(prefers-contrast: more)") || media("(prefers-color-scheme: dark)"),
      dyslexicFont: false,
      remember: false,
      reducedMotion: media("(prefers-reduced-motion: reduce)"),
      view: "canvas",
    };
  }

  function loadSettings() {
    const base = firstVisitSettings();
    const saved = readStore("local", SETTINGS_KEY);
    if (!saved) return base;
    try {
      const s = JSON.parse(saved);
      return {
        textScale: TEXT_SCALES.includes(s.textScale) ? s.textScale : 1,
        highContrast: s.highContrast === true,
        dyslexicFont: s.dyslexicFont === true,
        remember: true,
        reducedMotion: base.reducedMotion,
        view: s.view === "html" ? "html" : "canvas",
      };
    } catch (e) {
      return base;
    }
  }

  let settings = loadSettings();
  let module = null;  // the Emscripten module, with the bridge's methods (view, dispatch...) added
  let layer = null;
  let dyslexicLoading = null;

  function applySettings() {
    const root = document.documentElement;
    root.dataset.contrast = settings.highContrast ? "high" : "standard";
    root.dataset.font = settings.dyslexicFont ? "dyslexic" : "standard";
    root.dataset.view = settings.view;
    root.style.setProperty("--text-scale", String(settings.textScale));
    if (settings.remember) writeStore("local", SETTINGS_KEY, JSON.stringify(settings));
    else writeStore("local", SETTINGS_KEY, null);
    renderSettings();
    if (!module) return;
    module.setSettings(settings.textScale, settings.highContrast, settings.dyslexicFont && !!module.dyslexicLoaded,
                       settings.remember, settings.reducedMotion);
    if (settings.dyslexicFont && !module.dyslexicLoaded) loadDyslexicFont();
  }

  // The only request after the first load, and only when the reader asks for the font.
  function loadDyslexicFont() {
    if (dyslexicLoading) return dyslexicLoading;
    dyslexicLoading = fetchBytes("fonts/redress-dyslexic.otc")
      .then((fonts) => {
        if (!module._redress_set_dyslexic_font(copyIn(fonts), fonts.length)) throw new Error("not a font collection");
        module.dyslexicLoaded = true;
        applySettings();
      })
      .catch((error) => { console.warn("The dyslexia-friendly font could not load: " + error.message); dyslexicLoading = null; });
    return dyslexicLoading;
  }

  function changeSetting(name, value) {
    if (name === "text-size") {
      const scale = Number(value);
      if (TEXT_SCALES.includes(scale)) settings.textScale = scale;
    } else if (name === "contrast") {
      settings.highContrast = value === "high";
    } else if (name === "font") {
      settings.dyslexicFont = value === "dyslexic";
    } else if (name === "remember") {
      settings.remember = value === "yes";
      if (!settings.remember) writeStore("local", DRAFT_KEY, null);
      else saveDraft();
    } else if (name === "view") {
      settings.view = value === "html" || document.documentElement.dataset.noWebgl ? "html" : "canvas";
    }
    applySettings();
    announce("Setting changed.");
  }

  // The settings bar in the HTML layer: real buttons with aria-pressed.
  function renderSettings() {
    const bar = document.getElementById("settings");
    if (!bar) return;
    const groups = [
      ["Text size", TEXT_SCALES.map((s) => ["text-size", String(s), Math.round(s * 100) + "%",
                                             "setting-text-size-" + Math.round(s * 100) + "%", settings.textScale === s])],
      ["Contrast", [["contrast", "standard", "Standard", "setting-contrast-standard", !settings.highContrast],
                    ["contrast", "high", "High", "setting-contrast-high", settings.highContrast]]],
      ["Font", [["font", "standard", "Standard", "setting-font-standard", !settings.dyslexicFont],
                ["font", "dyslexic", "Dyslexia-friendly", "setting-font-dyslexic", settings.dyslexicFont]]],
    ];
    const focused = document.activeElement && document.activeElement.id;
    const nodes = [];
    for (const [title, items] of groups) {
      const group = document.createElement("div");
      group.className = "setting-group";
      group.setAttribute("role", "group");
      const label = document.createElement("span");
      label.className = "setting-label";
      label.id = "setting-label-" + title.replace(/\W+/g, "-").toLowerCase();
      label.textContent = title;
      group.setAttribute("aria-labelledby", label.id);
      group.appendChild(label);
      for (const [name, value, text, id, pressed] of items) group.appendChild(settingButton(id, text, pressed, () => changeSetting(name, value)));
      nodes.push(group);
    }
    const remember = document.createElement("div");
    remember.className = "setting-group";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "setting-remember";
    box.checked = settings.remember;
    box.addEventListener("change", () => changeSetting("remember", box.checked ? "yes" : "no"));
    const boxLabel = document.createElement("label");
    boxLabel.htmlFor = "setting-remember";
    boxLabel.textContent = "Remember on this device";
    remember.append(box, boxLabel);
    nodes.push(remember);
    // Without WebGL2 the HTML view is the only view, so there is nothing to switch to.
    if (!document.documentElement.dataset.noWebgl) {
      const viewGroup = document.createElement("div");
      viewGroup.className = "setting-group";
      viewGroup.appendChild(settingButton("setting-html-view", "HTML view", settings.view === "html",
                                          () => changeSetting("view", settings.view === "html" ? "canvas" : "html")));
      nodes.push(viewGroup);
    }
    bar.replaceChildren(...nodes);
    if (focused && focused.startsWith("setting-")) {
      const again = document.getElementById(focused);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function settingButton(id, text, pressed, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.id = id;
    b.className = "setting";
    b.textContent = text;
    b.setAttribute("aria-pressed", pressed ? "true" : "false");
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- Dispatch ------------------------------------------------------------------------------
  function view() { return module ? JSON.parse(module.view()) : null; }

  function announce(text) {
    announcer.textContent = "";
    window.setTimeout(() => { announcer.textContent = text; }, 50);
  }

  function saveDraft() {
    if (!module) return;
    const draft = module.draft();
    writeStore("session", DRAFT_KEY, draft);
    if (settings.remember) writeStore("local", DRAFT_KEY, draft);
  }

  function clearDrafts() {
    writeStore("session", DRAFT_KEY, null);
    writeStore("local", DRAFT_KEY, null);
  }

  // Every action, from the canvas or the HTML layer, comes here. `controlId` is the control that
  // sent it, so focus can stay there; `typing` is set for keystrokes in a text box.
  function dispatch(action, controlId, typing) {
    if (!module) return { ok: false, error: "not started" };
    if (action.type === "import" && action.text === undefined) { fileInput.click(); return { ok: true }; }
    const result = JSON.parse(module.dispatch(JSON.stringify(action)));
    if (!result.ok) { console.warn("Redress refused an action: " + result.error); return result; }
    if (result.file) { deliver(result.file, result.intent); return result; }
    if (action.type === "start-again") clearDrafts();
    else saveDraft();
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

  function focusControl(id) {
    const node = document.getElementById(id);
    if (node) node.focus({ preventScroll: settings.view !== "html" });
  }

  function deliver(file, intent) {
    if (intent === "copy") {
      const done = () => announce("Copied. You can paste it into an email or a web form.");
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(file.content).then(done, () => copyFallback(file.content, done));
      else copyFallback(file.content, done);
      return;
    }
    if (intent === "print") {
      printArea.textContent = file.content;
      window.print();
      return;
    }
    if (intent === "open") { window.location.href = file.content; return; }
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = file.filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
    announce("Downloaded " + file.filename + ".");
  }

  function copyFallback(text, done) {
    const area = document.createElement("textarea");
    area.value = text;
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); done(); } catch (e) { announce("Copying did not work. Select the text and copy it."); }
    area.remove();
  }

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > 8 * 1024 * 1024) { announce("That file is too big to be a Redress case file."); return; }
    dispatch({ type: "import", text: await file.text() }, "button-1");
  });

  // ---- The canvas's side -------------------------------------------------------------------
  let editingId = "";
  let lastFocusRect = null;  // where ImGui last drew the focused control (CSS px), for the tests

  function stopEditing() {
    const active = document.activeElement;
    if (active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA") && active.closest("#main")) active.blur();
  }

  const canvasApi = {
    onCanvasAction(actionJson, id) {
      let action;
      try { action = JSON.parse(actionJson); } catch (e) { return; }
      dispatch(action, id, false);
      focusControl(id);
    },
    onCanvasFocus(id) { focusControl(id); },
    onCanvasSetting(name, value) { changeSetting(name, value); },
    // The focused control's place on the canvas: a text box gets the real input laid over it.
    onFocusRect(id, x, y, w, h) {
      lastFocusRect = { id, x, y, w, h };
      const node = document.getElementById(id);
      if (!node || (node.tagName !== "INPUT" && node.tagName !== "TEXTAREA") || node.type === "radio" || node.type === "checkbox") return;
      node.classList.add("editing");
      editingId = id;
      Object.assign(node.style, { left: x + "px", top: y + "px", width: w + "px", height: h + "px" });
    },
  };

  // Text in scripts the canvas's font lacks (Urdu, Bengali, Hindi, Chinese...): ImGui keeps a
  // box free and the browser draws the text in it, shaped and in its own fonts (browser_text.h).
  function styleBrowserText(node, fontPx, bold, wrap) {
    node.style.fontSize = fontPx + "px";
    node.style.fontWeight = bold ? "700" : "400";
    node.classList.toggle("one-line", !wrap);
  }
  let measurer = null;
  function measureText(text, fontPx, bold, width) {
    if (!measurer) {
      measurer = document.createElement("div");
      measurer.className = "browser-text-measure";
      measurer.dir = "auto";
      browserText.appendChild(measurer);
    }
    styleBrowserText(measurer, fontPx, bold, true);
    measurer.style.width = width + "px";
    measurer.textContent = text;
    const height = Math.ceil(measurer.getBoundingClientRect().height);
    measurer.textContent = "";
    return height;
  }
  function showBrowserText(boxesJson) {
    let boxes;
    try { boxes = JSON.parse(boxesJson); } catch (e) { return; }
    const nodes = Array.from(browserText.querySelectorAll(".browser-text-box"));
    boxes.forEach((b, i) => {
      let node = nodes[i];
      if (!node) {
        node = document.createElement("div");
        node.className = "browser-text-box";
        node.dir = "auto";
        browserText.appendChild(node);
      }
      if (node.textContent !== b.text) node.textContent = b.text;
      styleBrowserText(node, b.font_px, b.bold, b.wrap);
      Object.assign(node.style, { left: b.x + "px", top: b.y + "px", width: b.w + "px", height: b.h + "px", color: b.colour });
    });
    for (const extra of nodes.slice(boxes.length)) extra.remove();
  }

  document.addEventListener("focusin", (event) => {
    const id = event.target && event.target.id;
    if (editingId && editingId !== id) {
      const old = document.getElementById(editingId);
      if (old) old.classList.remove("editing");
      editingId = "";
    }
    if (module) module.setFocus(id || "");
  });
  document.addEventListener("focusout", (event) => {
    if (!event.relatedTarget && module) module.setFocus("");
    const id = event.target && event.target.id;
    if (id && id === editingId) { event.target.classList.remove("editing"); editingId = ""; }
  });

  // ---- Start -----------------------------------------------------------------------------------
  // Device pixels per CSS pixel, pinch zoom included (it leaves devicePixelRatio alone), so the
  // canvas is redrawn at the zoomed resolution and text stays crisp.
  function pixelSize() {
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

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return new Uint8Array(await response.arrayBuffer());
  }

  function copyIn(bytes) {
    const ptr = module._malloc(bytes.length);
    module.HEAPU8.set(bytes, ptr);
    return ptr;
  }

  function localToday() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  // The app's C API (src/wasm/bridge.cpp): strings go in as UTF-8 copied into the module's
  // memory and freed after the call; the text that comes back stays valid until the next call.
  function bridge(m) {
    const encoder = new TextEncoder();
    // Calls `name` with `text` as a C string; returns what the call returned.
    const withText = (name, text) => {
      const bytes = encoder.encode(text);
      const ptr = m._malloc(bytes.length + 1);
      m.HEAPU8.set(bytes, ptr);
      m.HEAPU8[ptr + bytes.length] = 0;
      try { return m[name](ptr); } finally { m._free(ptr); }
    };
    const call = (name, text) => m.UTF8ToString(withText(name, text));
    return {
      startWizard: (today) => call("_redress_start_wizard", today),
      view: () => m.UTF8ToString(m._redress_view()),
      dispatch: (actionJson) => call("_redress_dispatch", actionJson),
      draft: () => m.UTF8ToString(m._redress_draft()),
      restore: (draft) => call("_redress_restore", draft),
      setSettings: (scale, high, dyslexic, remember, reduced) =>
        m._redress_set_settings(scale, high ? 1 : 0, dyslexic ? 1 : 0, remember ? 1 : 0, reduced ? 1 : 0),
      setFocus: (id) => { withText("_redress_set_focus", id); },
    };
  }

  async function start() {
    applySettings();
    if (typeof createRedressModule !== "function") throw new Error("redress_app.js did not load");
    const [fonts, created] = await Promise.all([
      fetchBytes("fonts/redress-ui.ttc"),  // regular and bold in one collection
      createRedressModule({ canvas: canvas }),
    ]);
    module = Object.assign(created, bridge(created));
    window.redress.module = module;
    const problem = module.startWizard(window.redress.today || localToday());
    if (problem) throw new Error(problem);

    const draft = readStore("session", DRAFT_KEY) || (settings.remember ? readStore("local", DRAFT_KEY) : null);
    if (draft) {
      const restored = JSON.parse(module.restore(draft));
      if (!restored.ok) console.warn("The saved answers could not be restored: " + restored.error);
    }
    layer = new window.RedressLayer.Layer(main, (action, id, typing) => dispatch(action, id, typing));
    const v = view();
    layer.render(v);
    document.title = v.title;
    applySettings();

    // Whether there is WebGL2 is found out by starting the app (1 or 2: no GLFW window), not by
    // making a test context first: a WebGL context is slow to make, and that one was thrown away.
    const size = pixelSize();
    const started = module._redress_start(copyIn(fonts), fonts.length, size.width, size.height, size.dpr);
    if (started !== 0 && started !== 1 && started !== 2) throw new Error("The app could not start (code " + started + ").");
    if (started === 0) {
      // Resizes and zoom (which changes devicePixelRatio) both reach the app as a new pixel size.
      let last = "";
      const syncViewport = () => {
        const s = pixelSize();
        const key = s.width + "x" + s.height + "@" + s.dpr;
        if (key === last) return;
        last = key;
        canvas.width = s.width;
        canvas.height = s.height;
        module._redress_viewport(s.width, s.height, s.dpr);
      };
      // Touches on the canvas are kept from Emscripten 3.1.6's GLFW, which takes a touch for a
      // mouse press at the last mouse position (it reads only SDL's touch data): a tap pressed
      // whatever had been tapped before it, so tapping one setting after another undid the
      // first. A tap reaches the app as the mouse events the browser makes from it, where the
      // finger was; a one-finger drag scrolls the page; two fingers are the browser's pinch zoom.
      let touchY = null;
      const onTouch = (event) => {
        if (event.target !== canvas) return;
        event.stopPropagation();
        const one = event.touches.length === 1 ? event.touches[0].clientY : null;
        if (event.type === "touchmove" && touchY !== null && one !== null) module._redress_scroll_by((touchY - one) * pixelSize().dpr);
        touchY = event.type === "touchend" || event.type === "touchcancel" ? null : one;
      };
      for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
        window.addEventListener(type, onTouch, { capture: true, passive: true });
      new ResizeObserver(syncViewport).observe(canvas);
      window.addEventListener("resize", syncViewport);
      if (window.visualViewport) window.visualViewport.addEventListener("resize", syncViewport);
      syncViewport();
    } else {
      // No WebGL2: the HTML view is the page. The wizard still runs, drawn by the layer alone.
      settings.view = "html";
      document.documentElement.dataset.noWebgl = "1";
      applySettings();
      document.documentElement.dataset.redressFirstFrame = "1";
    }
    document.documentElement.dataset.redressReady = "1";
  }

  window.redress = Object.assign(window.redress || {}, canvasApi, {
    measureText,
    onBrowserText: showBrowserText,
    focusRect() { return lastFocusRect; },
    module: null,
    frameCount() { return this.module && this.module._redress_frame_count ? this.module._redress_frame_count() : 0; },
    view,
    dispatch(action) { return dispatch(action, "", false); },
    settings() { return Object.assign({}, settings); },
    changeSetting,
  });

  start().catch(function (error) {
    console.error(error);
    showError("Redress could not start: " + error.message);
  });
})();

// The WebAssembly app (src/wasm): making the Emscripten module, its C API (src/wasm/bridge.cpp)
// as JavaScript functions, and copying bytes into its memory. `wasm` is null until the module is
// made; every other module reads it from here.

export let wasm = null;

export async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + ": HTTP " + response.status);
  return new Uint8Array(await response.arrayBuffer());
}

// Copies `bytes` into the module's memory; the callee takes ownership of the pointer.
export function copyIn(bytes) {
  const ptr = wasm._malloc(bytes.length);
  wasm.HEAPU8.set(bytes, ptr);
  return ptr;
}

// Strings go in as UTF-8 copied into the module's memory and freed after the call; the text that
// comes back stays valid until the next call.
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
    // The catalogue file's bytes (catalogue.js); "" when loaded, else the problem.
    loadCatalogue: (bytes) => {
      const ptr = m._malloc(bytes.length);
      m.HEAPU8.set(bytes, ptr);
      return m.UTF8ToString(m._redress_load_catalogue(ptr, bytes.length));  // takes the bytes over
    },
    view: () => m.UTF8ToString(m._redress_view()),
    dispatch: (actionJson) => call("_redress_dispatch", actionJson),
    draft: () => m.UTF8ToString(m._redress_draft()),
    restore: (draft) => call("_redress_restore", draft),
    setSettings: (scale, high, dyslexic, remember, reduced, panel) =>
      m._redress_set_settings(scale, high ? 1 : 0, dyslexic ? 1 : 0, remember ? 1 : 0, reduced ? 1 : 0, panel ? 1 : 0),
    setFocus: (id) => { withText("_redress_set_focus", id); },
  };
}

// Makes the module on `canvas` (redress_app.js, loaded before this bundle, defines
// createRedressModule). Nothing is drawn until the app is started with _redress_start.
export async function createWasm(canvas) {
  if (typeof window.createRedressModule !== "function") throw new Error("redress_app.js did not load");
  const created = await window.createRedressModule({ canvas: canvas });
  wasm = Object.assign(created, bridge(created));
  return wasm;
}

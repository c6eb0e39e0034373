// The display settings: text size, contrast, font, the HTML view, "remember on this device", and
// whether they are showing (closed by default on a screen narrower than 40em, so each page's
// question comes first). The first visit's follow the browser's preferences; they are kept for
// the tab in sessionStorage, so a reload (the update prompt's too) keeps them, and in
// localStorage only when the reader ticks "remember". Applying them means the page's root (data
// attributes the style sheet reads), the settings, the twins (laid over the canvas, or let go in
// the HTML view), and the app (which rebuilds its fonts and colours); the dyslexia-friendly font
// is fetched the first time it is chosen. changeSetting is what every settings control calls, in
// the HTML layer and on the canvas.
import { announce } from "./announcer.js";
import { rememberDraft } from "./drafts.js";
import { readStore, storageFailed, writeStore } from "./storage.js";
import { clearTwins, placeTwins } from "./twins.js";
import { copyIn, fetchBytes, wasm } from "./wasm.js";
import { renderSettingsBar } from "../layer/settings_bar.js";

const TEXT_SCALES = [1, 1.5, 2, 3];
const SETTINGS_KEY = "redress-settings";

function firstVisitSettings() {
  const media = (q) => window.matchMedia && window.matchMedia(q).matches;
  return {
    textScale: 1,
    highContrast: media("(prefers-contrast: more)") || media("(prefers-color-scheme: dark)"),
    dyslexicFont: false,
    remember: false,
    reducedMotion: media("(prefers-reduced-motion: reduce)"),
    view: "canvas",
    panelOpen: media("(min-width: 40em)"),
  };
}

// This tab's settings (kept for it across reloads, as the answers are), else the ones remembered
// on the device, else the first visit's.
function loadSettings() {
  const base = firstVisitSettings();
  const local = readStore("local", SETTINGS_KEY);
  const saved = readStore("session", SETTINGS_KEY) || local;
  if (!saved) return base;
  try {
    const s = JSON.parse(saved);
    return {
      textScale: TEXT_SCALES.includes(s.textScale) ? s.textScale : 1,
      highContrast: s.highContrast === true,
      dyslexicFont: s.dyslexicFont === true,
      remember: saved === local || s.remember === true,
      reducedMotion: base.reducedMotion,
      view: s.view === "html" ? "html" : "canvas",
      panelOpen: s.panelOpen === true,
    };
  } catch (e) {
    return base;
  }
}

export const settings = loadSettings();
let dyslexicLoading = null;

export function applySettings() {
  const root = document.documentElement;
  root.dataset.contrast = settings.highContrast ? "high" : "standard";
  root.dataset.font = settings.dyslexicFont ? "dyslexic" : "standard";
  root.dataset.view = settings.view;
  if (settings.view === "html") clearTwins(); else placeTwins();
  root.style.setProperty("--text-scale", String(settings.textScale));
  const json = JSON.stringify(settings);
  writeStore("session", SETTINGS_KEY, json);
  writeStore("local", SETTINGS_KEY, settings.remember ? json : null);
  // Storage that keeps nothing (storage.js) leaves "remember" off, and the settings say why.
  const remember = settings.remember && !storageFailed;
  renderSettingsBar(Object.assign({}, settings, { remember }), TEXT_SCALES, changeSetting, storageFailed);
  if (!wasm) return;
  wasm.setSettings(settings.textScale, settings.highContrast, settings.dyslexicFont && !!wasm.dyslexicLoaded,
                   remember, settings.reducedMotion, settings.panelOpen);
  if (settings.dyslexicFont && !wasm.dyslexicLoaded) loadDyslexicFont();
}

// The only request after the first load, and only when the reader asks for the font.
function loadDyslexicFont() {
  if (dyslexicLoading) return dyslexicLoading;
  dyslexicLoading = fetchBytes("fonts/redress-dyslexic.otc")
    .then((fonts) => {
      if (!wasm._redress_set_dyslexic_font(copyIn(fonts), fonts.length)) throw new Error("not a font collection");
      wasm.dyslexicLoaded = true;
      applySettings();
    })
    .catch((error) => { console.warn("The dyslexia-friendly font could not load: " + error.message); dyslexicLoading = null; });
  return dyslexicLoading;
}

// `name` and `value` as the controls send them: "text-size" "1.5", "contrast" "high", "font"
// "dyslexic", "remember" "yes", "view" "html", "panel" "open".
export function changeSetting(name, value) {
  if (name === "text-size") {
    const scale = Number(value);
    if (TEXT_SCALES.includes(scale)) settings.textScale = scale;
  } else if (name === "contrast") {
    settings.highContrast = value === "high";
  } else if (name === "font") {
    settings.dyslexicFont = value === "dyslexic";
  } else if (name === "remember") {
    settings.remember = value === "yes";
    rememberDraft(settings.remember);
  } else if (name === "view") {
    settings.view = value === "html" || document.documentElement.dataset.noWebgl ? "html" : "canvas";
  } else if (name === "panel") {
    settings.panelOpen = value === "open";
  }
  applySettings();
  if (name !== "panel") announce("Setting changed.");  // a disclosure says itself that it opened
}

// Without WebGL2 the HTML view is the only view (the settings bar then offers no switch).
export function useHtmlViewOnly() {
  settings.view = "html";
  document.documentElement.dataset.noWebgl = "1";
  applySettings();
}

// Web storage that never throws. sessionStorage and localStorage may be missing, blocked (private
// modes, strict cookie settings) or full; the app then works on without keeping anything, and
// says so once, in a notice read out at once: a reload would lose the answers and the settings.
// `kind` is "session" or "local"; writing null removes the key.
import { showNotice } from "./notices.js";

export let storageFailed = false;

function store(kind) {
  try { return kind === "local" ? window.localStorage : window.sessionStorage; } catch (e) { return null; }
}

export function readStore(kind, key) {
  const s = store(kind);
  try { return s ? s.getItem(key) : null; } catch (e) { return null; }
}

export function writeStore(kind, key, value) {
  const s = store(kind);
  try {
    if (value === null) { if (s) s.removeItem(key); } else s.setItem(key, value);
  } catch (e) {
    if (storageFailed) return;
    storageFailed = true;
    showNotice("storage-notice", "This browser is not letting Redress keep your answers or settings, so reloading the page " +
               "would lose them. To keep a copy, save your case file from the documents page.", "alert", []);
  }
}

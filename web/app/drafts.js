// The reader's answers across reloads: the app's draft goes to sessionStorage after every action,
// so a reload loses nothing, and to localStorage as well only with "remember on this device".
// "Start again" clears both. `remember` is the setting of that name (settings.js).
import { readStore, writeStore } from "./storage.js";
import { wasm } from "./wasm.js";

const DRAFT_KEY = "redress-draft";

export function saveDraft(remember) {
  if (!wasm) return;
  const draft = wasm.draft();
  writeStore("session", DRAFT_KEY, draft);
  if (remember) writeStore("local", DRAFT_KEY, draft);
}

export function clearDrafts() {
  writeStore("session", DRAFT_KEY, null);
  writeStore("local", DRAFT_KEY, null);
}

// Ticking "remember" keeps the answers on the device at once; unticking removes them from it.
export function rememberDraft(remember) {
  if (remember) saveDraft(true);
  else writeStore("local", DRAFT_KEY, null);
}

function storedDraft(remember) {
  return readStore("session", DRAFT_KEY) || (remember ? readStore("local", DRAFT_KEY) : null);
}

export function hasDraft(remember) { return Boolean(storedDraft(remember)); }

// This tab's answers, else the ones remembered on the device.
export function restoreDraft(remember) {
  const draft = storedDraft(remember);
  if (!draft) return;
  const restored = JSON.parse(wasm.restore(draft));
  if (!restored.ok) console.warn("The saved answers could not be restored: " + restored.error);
}

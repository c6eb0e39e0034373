// Web storage that never throws. sessionStorage and localStorage may be missing, blocked (private
// modes, strict cookie settings) or full; the app then works on without keeping anything.
// `kind` is "session" or "local"; writing null removes the key.

function store(kind) {
  try { return kind === "local" ? window.localStorage : window.sessionStorage; } catch (e) { return null; }
}

export function readStore(kind, key) {
  const s = store(kind);
  try { return s ? s.getItem(key) : null; } catch (e) { return null; }
}

export function writeStore(kind, key, value) {
  const s = store(kind);
  try { if (s) { if (value === null) s.removeItem(key); else s.setItem(key, value); } } catch (e) { /* full or blocked */ }
}

// The layer's two helpers for making elements.

// `attrs`: "text" sets the text, "className" the class; false, null and undefined leave an
// attribute out, true sets it empty. Falsy children are skipped, so optional parts can be inline.
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children || []) if (child) node.appendChild(child);
  return node;
}

// An aria-describedby value from the ids that are set, or undefined when none is.
export function describedBy(ids) {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

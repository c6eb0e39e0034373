// The settings bar (#settings in the page's header): text size, contrast and font as groups of
// real buttons with aria-pressed, the "remember on this device" tick box, and the HTML view
// switch. Every control calls `change(name, value)` (settings.js's changeSetting).

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

export function renderSettingsBar(settings, textScales, change) {
  const bar = document.getElementById("settings");
  if (!bar) return;
  const groups = [
    ["Text size", textScales.map((s) => ["text-size", String(s), Math.round(s * 100) + "%",
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
    for (const [name, value, text, id, pressed] of items) group.appendChild(settingButton(id, text, pressed, () => change(name, value)));
    nodes.push(group);
  }
  const remember = document.createElement("div");
  remember.className = "setting-group";
  const box = document.createElement("input");
  box.type = "checkbox";
  box.id = "setting-remember";
  box.checked = settings.remember;
  box.addEventListener("change", () => change("remember", box.checked ? "yes" : "no"));
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
                                        () => change("view", settings.view === "html" ? "canvas" : "html")));
    nodes.push(viewGroup);
  }
  // The bar is built anew on every change: focus goes back to the control that had it.
  bar.replaceChildren(...nodes);
  if (focused && focused.startsWith("setting-")) {
    const again = document.getElementById(focused);
    if (again) again.focus({ preventScroll: true });
  }
}

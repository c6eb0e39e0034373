// The display settings in the page's header: one "Text size and display" button (a disclosure,
// #settings-toggle in index.html) opens and closes them. Open, #settings holds text size,
// contrast and font as groups of real buttons with aria-pressed, the "remember on this device"
// tick box (off, and saying why, when storage keeps nothing: `blocked`), and the HTML view switch with a word on why to choose it. Every control calls
// `change(name, value)` (settings.js's changeSetting). The words are the same as
// src/wasm/settings_drawer.cpp's.
import { el } from "./dom.js";

function settingButton(id, text, pressed, onClick) {
  const b = el("button", { type: "button", id, className: "setting", "aria-pressed": pressed ? "true" : "false", text });
  b.addEventListener("click", onClick);
  return b;
}

export function renderSettingsBar(settings, textScales, change, blocked) {
  const bar = document.getElementById("settings");
  const toggle = document.getElementById("settings-toggle");
  if (!bar || !toggle) return;
  toggle.onclick = () => change("panel", settings.panelOpen ? "closed" : "open");
  toggle.setAttribute("aria-expanded", String(settings.panelOpen));
  bar.hidden = !settings.panelOpen;
  const focused = document.activeElement && document.activeElement.id;
  const percent = (s) => Math.round(s * 100) + "%";
  const groups = [
    ["text-size", "Text size", textScales.map((s) => [String(s), percent(s), percent(s), settings.textScale === s])],
    ["contrast", "Contrast", [["standard", "Standard", "standard", !settings.highContrast], ["high", "High", "high", settings.highContrast]]],
    ["font", "Font", [["standard", "Standard", "standard", !settings.dyslexicFont], ["dyslexic", "Dyslexia-friendly", "dyslexic", settings.dyslexicFont]]],
  ];
  const nodes = [];
  if (settings.panelOpen) {
    for (const [name, title, items] of groups) {
      const label = el("span", { className: "setting-label", id: "setting-label-" + name, text: title });
      nodes.push(el("div", { className: "setting-group", role: "group", "aria-labelledby": label.id }, [label,
        ...items.map(([value, text, id, pressed]) => settingButton("setting-" + name + "-" + id, text, pressed, () => change(name, value)))]));
    }
    const box = el("input", { type: "checkbox", id: "setting-remember", disabled: blocked,
                              "aria-describedby": blocked && "setting-remember-hint" });
    box.checked = settings.remember;
    box.addEventListener("change", () => change("remember", box.checked ? "yes" : "no"));
    nodes.push(el("div", { className: "setting-group" }, [box,
      el("label", { for: "setting-remember", id: "setting-remember-label", text: "Remember on this device" })]));
    if (blocked) nodes.push(el("p", { className: "hint", id: "setting-remember-hint", text: "Off: this browser is not letting Redress keep anything." }));
    // Without WebGL2 the HTML view is the only view, so there is nothing to switch to.
    if (!document.documentElement.dataset.noWebgl) {
      const html = settings.view === "html";
      const view = settingButton("setting-html-view", "HTML view", html, () => change("view", html ? "canvas" : "html"));
      view.setAttribute("aria-describedby", "setting-html-view-hint");
      nodes.push(el("div", { className: "setting-group" }, [view]),
        el("p", { className: "hint", id: "setting-html-view-hint", text: "The HTML view follows your browser's text spacing, colours and zoom." }));
    }
  }
  // The bar is built anew on every change: focus goes back to the control that had it.
  bar.replaceChildren(...nodes);
  if (focused && focused.startsWith("setting-")) {
    const again = document.getElementById(focused);
    if (again) again.focus({ preventScroll: true });
  }
}

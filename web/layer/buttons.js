// A row of buttons from the view model. The page's primary Continue is the form's submit button,
// so Enter in a text box sends it; every other button sends its own action.
import { el } from "./dom.js";

export function buttons(list, className, send) {
  const box = el("div", { className: "button-group " + className });
  for (const b of list) {
    const primary = b.style === "primary" && b.action && b.action.type === "continue";
    const button = el("button", {
      type: primary ? "submit" : "button", id: b.id, className: "button button-" + b.style, text: b.label,
    });
    if (!primary) button.addEventListener("click", () => send(b.action, b.id));
    box.appendChild(button);
  }
  return box;
}

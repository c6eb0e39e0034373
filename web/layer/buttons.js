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

// The page's buttons: Continue and its like, then, well apart, any that lose work ("Clear my
// answers"), so a slip of the thumb on a phone never presses it for Continue.
export function pageButtons(list, send) {
  const apart = list.filter((b) => b.style === "warning");
  return [buttons(list.filter((b) => b.style !== "warning"), "page-buttons", send),
    apart.length ? buttons(apart, "page-buttons-apart", send) : null];
}

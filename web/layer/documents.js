// A document on the documents page: its title, why it is needed, how to send it, a focusable
// preview of its text, and its buttons (copy, download, print, email...).
import { buttons } from "./buttons.js";
import { el } from "./dom.js";

export function documentEntry(d, send) {
  const headingId = "doc-" + d.kind + "-title";
  return el("section", { className: "document", "aria-labelledby": headingId }, [
    el("h2", { id: headingId, text: d.title }),
    el("p", { className: "hint", text: d.why }),
    d.how_to_send.length ? el("ul", { className: "list" }, d.how_to_send.map((t) => el("li", { text: t }))) : null,
    el("pre", { className: "document-preview", tabindex: "0", "aria-label": d.title + ", preview", dir: "auto", text: d.text }),
    buttons(d.buttons, "document-buttons", send)]);
}

// A document on the documents page: its title, why it is needed, "Before you send" (advice for whoever
// sends it, apart from the letter), a focusable preview of its text, and its buttons (copy, download,
// print, email...). The ids are those its drawing on the canvas reports (src/wasm/page_drawer.cpp),
// so each part lies over what is drawn.
import { buttons } from "./buttons.js";
import { el } from "./dom.js";

export function documentEntry(d, words, send) {
  const id = "doc-" + d.kind;
  return el("section", { className: "document", "aria-labelledby": id + "-title" }, [
    el("h2", { id: id + "-title", text: d.title }),
    el("p", { className: "hint", id: id + "-why", text: d.why }),
    d.how_to_send.length ? el("div", { className: "inset before-you-send" }, [
      el("h3", { id: id + "-before", text: words.before_you_send }),
      el("ul", { className: "list" }, d.how_to_send.map((t, j) => el("li", { id: id + "-how-" + j, text: t })))]) : null,
    el("pre", { className: "document-preview", id: id + "-preview", tabindex: "0", "aria-label": d.title + ", preview", dir: "auto", text: d.text }),
    buttons(d.buttons, "document-buttons", send)]);
}

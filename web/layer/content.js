// A page's content blocks from the view model: headings, paragraphs with their source, lists,
// findings and warnings (the label the view model gives, the text, the policy's words quoted, the
// clause cited), rows and timelines as description lists (with Change links on the check page),
// and insets. Block k's parts have the ids its drawing on the canvas reports ("block-k-text",
// "block-k-cite", ...; src/wasm/page_drawer.cpp), so each lies over what is drawn. Every word
// comes from the view model (`words`: "Source: ", "Change").
import { el } from "./dom.js";

export function contentBlock(b, k, words, send) {
  const id = "block-" + k;
  const cite = b.cite ? el("p", { className: "cite", id: id + "-cite", text: words.source_prefix + b.cite }) : null;
  if (b.type === "heading") return el("h2", { id: id + "-text", text: b.text });
  if (b.type === "paragraph") return el("div", { className: "paragraph" }, [el("p", { id: id + "-text", text: b.text }), cite]);
  if (b.type === "list") return el("ul", { className: "list" }, b.items.map((i, j) => el("li", { id: id + "-item-" + j, text: i })));
  if (b.type === "finding" || b.type === "warning") {
    return el("div", { className: "finding finding-" + (b.result || "warning") }, [
      b.label ? el("p", { className: "finding-result", id: id + "-label", text: b.label }) : null,
      el("p", { id: id + "-text", text: b.text }),
      b.quote ? el("blockquote", { id: id + "-quote", text: "\u201c" + b.quote + "\u201d" }) : null,
      cite]);
  }
  if (b.type === "rows" || b.type === "timeline") return rows(b, id, words, send);
  return el("div", { className: "inset", id: id + "-text", text: b.text });
}

function rows(b, id, words, send) {
  const list = el("dl", { className: b.type === "timeline" ? "timeline" : "summary-list" });
  b.rows.forEach((r, j) => {
    const row = id + "-row-" + j;
    const line = el("div", { className: "summary-row" }, [el("dt", { id: row + "-key", text: r.key }), el("dd", { id: row + "-value", text: r.value })]);
    if (r.change) {
      const a = el("a", { href: "#", id: r.id }, [document.createTextNode(words.change),
        el("span", { className: "visually-hidden", text: " " + r.key.toLowerCase() })]);
      a.addEventListener("click", (e) => { e.preventDefault(); send({ type: "change", page: r.change }, r.id); });
      line.appendChild(el("dd", { className: "summary-action" }, [a]));
    }
    list.appendChild(line);
  });
  return el("div", { className: "rows" }, [b.text ? el("h2", { id: id + "-title", text: b.text }) : null, list]);
}

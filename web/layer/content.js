// A page's content blocks from the view model: headings, paragraphs with their source, lists,
// findings and warnings (a result label, the text, the policy's words quoted, the clause cited),
// rows and timelines as description lists (with Change links on the check page), and insets.
import { el } from "./dom.js";

// What a finding's result says above its text; "info" says nothing.
const RESULT_LABELS = {
  pass: "Meets this rule", fail: "Does not meet this rule", discretion: "Up to the landlord",
  conflict: "The Code gives more", info: "",
};

export function contentBlock(b, send) {
  if (b.type === "heading") return el("h2", { text: b.text });
  if (b.type === "paragraph") {
    return el("div", { className: "paragraph" }, [el("p", { text: b.text }),
      b.cite ? el("p", { className: "cite", text: "Source: " + b.cite }) : null]);
  }
  if (b.type === "list") return el("ul", { className: "list" }, b.items.map((i) => el("li", { text: i })));
  if (b.type === "finding" || b.type === "warning") {
    const label = b.type === "warning" ? "Important" : RESULT_LABELS[b.result] || "";
    return el("div", { className: "finding finding-" + (b.result || "warning") }, [
      label ? el("p", { className: "finding-result", text: label }) : null,
      el("p", { text: b.text }),
      b.quote ? el("blockquote", { text: "\u201c" + b.quote + "\u201d" }) : null,
      b.cite ? el("p", { className: "cite", text: "Source: " + b.cite }) : null]);
  }
  if (b.type === "rows" || b.type === "timeline") return rows(b, send);
  return el("div", { className: "inset", text: b.text });
}

function rows(b, send) {
  const list = el("dl", { className: b.type === "timeline" ? "timeline" : "summary-list" });
  for (const r of b.rows) {
    const row = el("div", { className: "summary-row" }, [el("dt", { text: r.key }), el("dd", { text: r.value })]);
    if (r.change) {
      const a = el("a", { href: "#", id: r.id }, [document.createTextNode("Change"),
        el("span", { className: "visually-hidden", text: " " + r.key.toLowerCase() })]);
      a.addEventListener("click", (e) => { e.preventDefault(); send({ type: "change", page: r.change }, r.id); });
      row.appendChild(el("dd", { className: "summary-action" }, [a]));
    }
    list.appendChild(row);
  }
  return el("div", { className: "rows" }, [b.text ? el("h2", { text: b.text }) : null, list]);
}

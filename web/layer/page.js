// The semantic HTML layer: the wizard's view model drawn as real HTML (headings, fieldsets and
// legends, labelled inputs, buttons, an error summary of links). Over the canvas it is invisible
// but focusable and read by screen readers; in the HTML view it is the page itself. It owns the
// keyboard: Tab, arrows, Space and Enter work on real controls, and every control sends the same
// action as its ImGui twin. It never dispatches itself; it calls the `send` it was given.
//
// This file draws the page's frame (back link, error summary, the form and its heading) and
// keeps it up to date; the parts are drawn by questions.js, content.js, documents.js and
// buttons.js, each given `send`. Every word comes from the view model (`view.words`, a block's
// `label`), and every element the canvas draws has the id the canvas reports for it, so
// web/app/twins.js can lay one over the other.
import { pageButtons } from "./buttons.js";
import { contentBlock } from "./content.js";
import { documentEntry } from "./documents.js";
import { el } from "./dom.js";
import { errorSummary } from "./error_summary.js";
import { question, syncQuestion } from "./questions.js";

export class Layer {
  constructor(root, send) {
    this.root = root;          // the <main> the page content goes in
    this.send = send;          // send(action, controlId, typing)
    this.shape = "";           // what the page is made of, to tell a new page from new values
  }

  // Renders `view`; returns whether the page was built anew. While only values change on the same
  // page, controls are updated in place, so the control being typed in keeps its focus, caret and
  // input method state.
  render(view) {
    const shape = JSON.stringify([view.page, view.errors, view.fields.map((f) => [f.id, f.type, f.error, f.label, f.options.length]),
                                  view.content.length, view.documents.length, view.buttons.length, view.heading]);
    if (shape === this.shape) { for (const f of view.fields) syncQuestion(f); return false; }
    this.shape = shape;
    this.root.replaceChildren(...this.build(view));
    return true;
  }

  build(view) {
    const send = this.send;
    const words = view.words;
    const nodes = [];
    if (view.back) {
      const back = el("a", { href: "#", id: "back", className: "back-link", text: words.back });
      back.addEventListener("click", (e) => { e.preventDefault(); send({ type: "back" }, "back"); });
      nodes.push(back);
    }
    if (view.errors.length) nodes.push(errorSummary(view.errors, words));

    const form = el("form", { novalidate: true, id: "page-form" });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      send({ type: "continue" }, (e.submitter && e.submitter.id) || "");
    });
    // A page with one question makes the question its heading (GOV.UK's pattern).
    const single = view.fields.length === 1 && view.fields[0].is_heading;
    if (view.caption) form.appendChild(el("span", { className: "caption", id: "caption", text: view.caption }));
    if (!single) {
      form.appendChild(el("h1", { id: "page-heading", tabindex: "-1", text: view.heading }));
      if (view.hint) form.appendChild(el("p", { className: "hint", id: "page-hint", text: view.hint }));
    }
    for (const f of view.fields) form.appendChild(question(f, single, words, send));
    view.content.forEach((b, k) => form.appendChild(contentBlock(b, k, words, send)));
    for (const d of view.documents) form.appendChild(documentEntry(d, words, send));
    form.append(...pageButtons(view.buttons, send).filter(Boolean));
    nodes.push(form);
    return nodes;
  }
}

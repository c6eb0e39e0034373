// The semantic HTML layer: the wizard's view model drawn as real HTML (headings, fieldsets and
// legends, labelled inputs, buttons, an error summary of links). Over the canvas it is invisible
// but focusable and read by screen readers; in the HTML view it is the page itself. It owns the
// keyboard: Tab, arrows, Space and Enter work on real controls, and every control sends the same
// action as its ImGui twin. It never dispatches itself; it calls the `send` it was given.
"use strict";

window.RedressLayer = (function () {
  function el(tag, attrs, children) {
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

  function describedBy(ids) {
    const list = ids.filter(Boolean);
    return list.length ? list.join(" ") : undefined;
  }

  const RESULT_LABELS = {
    pass: "Meets this rule", fail: "Does not meet this rule", discretion: "Up to the landlord",
    conflict: "The Code gives more", info: "",
  };

  class Layer {
    constructor(root, send) {
      this.root = root;          // the <main> the page content goes in
      this.send = send;          // send(action, controlId)
      this.view = null;
      this.shape = "";
    }

    // Renders `view`. While only values change on the same page, controls are updated in place,
    // so the control being typed in keeps its focus, caret and input method state.
    render(view) {
      const shape = JSON.stringify([view.page, view.errors, view.fields.map((f) => [f.id, f.type, f.error, f.label, f.options.length]),
                                    view.content.length, view.documents.length, view.buttons.length, view.heading]);
      const same = shape === this.shape;
      this.view = view;
      if (same) { this.syncValues(view); return false; }
      this.shape = shape;
      this.root.replaceChildren(...this.build(view));
      return true;
    }

    syncValues(view) {
      for (const f of view.fields) {
        if (f.type === "radio" || f.type === "checkboxes") {
          const on = new Set(f.type === "radio" ? [f.value] : f.value.split(",").filter(Boolean));
          for (const o of f.options) {
            const input = document.getElementById(f.id + "." + o.value);
            if (input) input.checked = on.has(o.value);
          }
        } else if (f.type === "date") {
          for (const p of f.parts) {
            const input = document.getElementById(p.id);
            if (input && input.value !== p.value) input.value = p.value;
          }
        } else {
          const input = document.getElementById(f.id);
          if (input && input.value !== f.value) input.value = f.value;
        }
      }
    }

    build(view) {
      const nodes = [];
      if (view.back) {
        const back = el("a", { href: "#", id: "back", className: "back-link", text: "Back" });
        back.addEventListener("click", (e) => { e.preventDefault(); this.send({ type: "back" }, "back"); });
        nodes.push(back);
      }
      if (view.errors.length) nodes.push(this.errorSummary(view));

      const form = el("form", { novalidate: true, id: "page-form" });
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.send({ type: "continue" }, (e.submitter && e.submitter.id) || "");
      });
      const single = view.fields.length === 1 && view.fields[0].is_heading;
      if (view.caption) form.appendChild(el("span", { className: "caption", id: "caption", text: view.caption }));
      if (!single) {
        form.appendChild(el("h1", { id: "page-heading", tabindex: "-1", text: view.heading }));
        if (view.hint) form.appendChild(el("p", { className: "hint", text: view.hint }));
      }
      for (const f of view.fields) form.appendChild(this.field(f, single));
      for (const b of view.content) form.appendChild(this.block(b));
      for (const d of view.documents) form.appendChild(this.documentEntry(d));
      form.appendChild(this.buttons(view.buttons, "page-buttons"));
      nodes.push(form);
      return nodes;
    }

    errorSummary(view) {
      const list = el("ul", { className: "error-summary-list" });
      for (const e of view.errors) {
        const a = el("a", { href: "#" + e.target, id: "error-link-" + e.target, text: e.message });
        a.addEventListener("click", (ev) => {
          ev.preventDefault();
          const target = document.getElementById(e.target);
          if (target) target.focus();
        });
        list.appendChild(el("li", {}, [a]));
      }
      return el("div", { className: "error-summary", id: "error-summary", tabindex: "-1", "aria-labelledby": "error-summary-title" }, [
        el("h2", { id: "error-summary-title", text: "There is a problem" }), list]);
    }

    field(f, single) {
      const hintId = f.hint ? f.id + "-hint" : null;
      const errorId = f.error ? f.id + "-error" : null;
      const hint = f.hint ? el("div", { className: "hint", id: hintId, text: f.hint }) : null;
      const error = f.error ? el("p", { className: "error-message", id: errorId }, [
        el("span", { className: "visually-hidden", text: "Error: " }), document.createTextNode(f.error)]) : null;
      const wrapperClass = "field" + (f.error ? " field-error" : "");

      if (f.type === "radio" || f.type === "checkboxes" || f.type === "date") {
        const legend = el("legend", { className: single ? "legend-heading" : "legend" },
          [single ? el("h1", { id: "page-heading", tabindex: "-1", text: f.label }) : document.createTextNode(f.label)]);
        const fieldset = el("fieldset", { "aria-describedby": describedBy([hintId, errorId]) }, [legend, hint, error]);
        if (f.type === "date") fieldset.appendChild(this.dateParts(f));
        else fieldset.appendChild(this.choices(f));
        return el("div", { className: wrapperClass }, [fieldset]);
      }

      const label = el("label", { for: f.id, className: single ? "label-heading" : "label", text: f.label });
      const attrs = {
        id: f.id, name: f.id, autocomplete: f.autocomplete || "off", maxlength: f.max_length || undefined,
        "aria-describedby": describedBy([hintId, errorId]), "aria-invalid": f.error ? "true" : undefined,
        spellcheck: f.type === "text" || f.type === "textarea" ? "true" : "false", dir: "auto",
      };
      let input;
      if (f.type === "textarea") input = el("textarea", Object.assign(attrs, { rows: 5 }));
      else input = el("input", Object.assign(attrs, { type: f.type === "email" ? "email" : f.type === "tel" ? "tel" : "text" }));
      input.value = f.value;
      input.addEventListener("input", () => this.send({ type: "answer", field: f.id, value: input.value }, f.id, true));
      const heading = single ? el("h1", { id: "page-heading", tabindex: "-1" }, [label]) : label;
      return el("div", { className: wrapperClass }, [heading, hint, error, input]);
    }

    choices(f) {
      const box = el("div", { className: f.type === "radio" ? "radios" : "checkboxes" });
      const ticked = new Set(f.type === "radio" ? [f.value] : f.value.split(",").filter(Boolean));
      for (const o of f.options) {
        if (o.exclusive) box.appendChild(el("div", { className: "choice-divider", text: "or" }));
        const id = f.id + "." + o.value;
        const hintId = o.hint ? id + "-hint" : null;
        const input = el("input", {
          type: f.type === "radio" ? "radio" : "checkbox", id: id, name: f.id, value: o.value,
          "aria-describedby": describedBy([hintId]),
        });
        input.checked = ticked.has(o.value);
        input.addEventListener("change", () => {
          if (f.type === "radio") this.send({ type: "answer", field: f.id, value: o.value }, id);
          else this.send({ type: "toggle", field: f.id, value: o.value, checked: input.checked }, id);
        });
        box.appendChild(el("div", { className: "choice" }, [
          input, el("label", { for: id, text: o.label }),
          o.hint ? el("div", { className: "hint", id: hintId, text: o.hint }) : null]));
      }
      return box;
    }

    dateParts(f) {
      const box = el("div", { className: "date-input" });
      for (const p of f.parts) {
        const input = el("input", {
          id: p.id, name: p.id, type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false",
          className: "date-part date-part-" + p.width, maxlength: 4,
          "aria-invalid": f.error && f.error_target === p.id ? "true" : undefined,
        });
        input.value = p.value;
        input.addEventListener("input", () => this.send({ type: "answer", field: p.id, value: input.value }, p.id, true));
        box.appendChild(el("div", { className: "date-item" }, [el("label", { for: p.id, text: p.label }), input]));
      }
      return box;
    }

    block(b) {
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
      if (b.type === "rows" || b.type === "timeline") {
        const list = el("dl", { className: b.type === "timeline" ? "timeline" : "summary-list" });
        for (const r of b.rows) {
          const row = el("div", { className: "summary-row" }, [el("dt", { text: r.key }), el("dd", { text: r.value })]);
          if (r.change) {
            const a = el("a", { href: "#", id: r.id }, [document.createTextNode("Change"),
              el("span", { className: "visually-hidden", text: " " + r.key.toLowerCase() })]);
            a.addEventListener("click", (e) => { e.preventDefault(); this.send({ type: "change", page: r.change }, r.id); });
            row.appendChild(el("dd", { className: "summary-action" }, [a]));
          }
          list.appendChild(row);
        }
        return el("div", { className: "rows" }, [b.text ? el("h2", { text: b.text }) : null, list]);
      }
      return el("div", { className: "inset", text: b.text });
    }

    documentEntry(d) {
      const headingId = "doc-" + d.kind + "-title";
      return el("section", { className: "document", "aria-labelledby": headingId }, [
        el("h2", { id: headingId, text: d.title }),
        el("p", { className: "hint", text: d.why }),
        d.how_to_send.length ? el("ul", { className: "list" }, d.how_to_send.map((t) => el("li", { text: t }))) : null,
        el("pre", { className: "document-preview", tabindex: "0", "aria-label": d.title + ", preview", dir: "auto", text: d.text }),
        this.buttons(d.buttons, "document-buttons")]);
    }

    buttons(list, className) {
      const box = el("div", { className: "button-group " + className });
      for (const b of list) {
        const primary = b.style === "primary" && b.action && b.action.type === "continue";
        const button = el("button", {
          type: primary ? "submit" : "button", id: b.id, className: "button button-" + b.style, text: b.label,
        });
        if (!primary) button.addEventListener("click", () => this.send(b.action, b.id));
        box.appendChild(button);
      }
      return box;
    }
  }

  return { Layer };
})();

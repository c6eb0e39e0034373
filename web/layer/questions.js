// A page's questions as labelled controls: text boxes and text areas, radios and check boxes in a
// fieldset with a legend, and a date as day, month and year boxes. Each sends "answer" (or
// "toggle" for a check box) as the reader types or picks; syncQuestion updates the values in
// place when the page is not rebuilt. Each label, hint, error and option has the id the canvas
// reports for its drawing ("<field>-label", "<option>-label", ...), and the words around them
// ("Error: ", "or") come from the view model.
import { describedBy, el } from "./dom.js";

// `single`: the page's only question, whose label or legend is the page's heading.
export function question(f, single, words, send) {
  const hintId = f.hint ? f.id + "-hint" : null;
  const errorId = f.error ? f.id + "-error" : null;
  const hint = f.hint ? el("div", { className: "hint", id: hintId, text: f.hint }) : null;
  const error = f.error ? el("p", { className: "error-message", id: errorId }, [
    el("span", { className: "visually-hidden", text: words.error_prefix }), document.createTextNode(f.error)]) : null;
  const wrapperClass = "field" + (f.error ? " field-error" : "");

  if (f.type === "radio" || f.type === "checkboxes" || f.type === "date") {
    const legend = el("legend", { className: single ? "legend-heading" : "legend", id: single ? undefined : f.id + "-label" },
      [single ? el("h1", { id: "page-heading", tabindex: "-1", text: f.label }) : document.createTextNode(f.label)]);
    const fieldset = el("fieldset", { "aria-describedby": describedBy([hintId, errorId]) }, [legend, hint, error]);
    if (f.type === "date") fieldset.appendChild(dateParts(f, send));
    else fieldset.appendChild(choices(f, words, send));
    return el("div", { className: wrapperClass }, [fieldset]);
  }

  const label = el("label", { for: f.id, className: single ? "label-heading" : "label", id: single ? undefined : f.id + "-label", text: f.label });
  const attrs = {
    id: f.id, name: f.id, autocomplete: f.autocomplete || "off", maxlength: f.max_length || undefined,
    "aria-describedby": describedBy([hintId, errorId]), "aria-invalid": f.error ? "true" : undefined,
    spellcheck: f.type === "text" || f.type === "textarea" ? "true" : "false", dir: "auto",
  };
  let input;
  if (f.type === "textarea") input = el("textarea", Object.assign(attrs, { rows: 5 }));
  else input = el("input", Object.assign(attrs, { type: f.type === "email" ? "email" : f.type === "tel" ? "tel" : "text" }));
  input.value = f.value;
  input.addEventListener("input", () => send({ type: "answer", field: f.id, value: input.value }, f.id, true));
  const heading = single ? el("h1", { id: "page-heading", tabindex: "-1" }, [label]) : label;
  return el("div", { className: wrapperClass }, [heading, hint, error, input]);
}

// The options ticked: a radio's one value, or a check box list's comma-separated values.
function ticked(f) {
  return new Set(f.type === "radio" ? [f.value] : f.value.split(",").filter(Boolean));
}

function choices(f, words, send) {
  const box = el("div", { className: f.type === "radio" ? "radios" : "checkboxes" });
  const on = ticked(f);
  for (const o of f.options) {
    const id = f.id + "." + o.value;
    if (o.exclusive) box.appendChild(el("div", { className: "choice-divider", id: id + "-or", text: words.choice_divider }));
    const hintId = o.hint ? id + "-hint" : null;
    const input = el("input", {
      type: f.type === "radio" ? "radio" : "checkbox", id: id, name: f.id, value: o.value,
      "aria-describedby": describedBy([hintId]),
    });
    input.checked = on.has(o.value);
    input.addEventListener("change", () => {
      if (f.type === "radio") send({ type: "answer", field: f.id, value: o.value }, id);
      else send({ type: "toggle", field: f.id, value: o.value, checked: input.checked }, id);
    });
    box.appendChild(el("div", { className: "choice" }, [
      input, el("label", { for: id, id: id + "-label", text: o.label }),
      o.hint ? el("div", { className: "hint", id: hintId, text: o.hint }) : null]));
  }
  return box;
}

function dateParts(f, send) {
  const box = el("div", { className: "date-input" });
  for (const p of f.parts) {
    const input = el("input", {
      id: p.id, name: p.id, type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false",
      className: "date-part date-part-" + p.width, maxlength: 4,
      "aria-invalid": f.error && f.error_target === p.id ? "true" : undefined,
    });
    input.value = p.value;
    input.addEventListener("input", () => send({ type: "answer", field: p.id, value: input.value }, p.id, true));
    box.appendChild(el("div", { className: "date-item" }, [el("label", { for: p.id, id: p.id + "-label", text: p.label }), input]));
  }
  return box;
}

// Updates the question's controls to the view model's values, leaving alone a value that is
// already right (so a caret in it stays put).
export function syncQuestion(f) {
  if (f.type === "radio" || f.type === "checkboxes") {
    const on = ticked(f);
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

// The error summary at the top of a page with errors (GOV.UK's pattern): a heading and one link a
// problem, each moving focus to the control at fault. Its inner part has role="alert", as
// GOV.UK's has, so it is announced once when it appears; dispatch then focuses #error-summary
// itself and announces nothing more. The heading's words come from the view model.

import { el } from "./dom.js";

// `errors`: [{message, target}], `target` the id of the control to focus.
export function errorSummary(errors, words) {
  const list = el("ul", { className: "error-summary-list" });
  for (const e of errors) {
    const a = el("a", { href: "#" + e.target, id: "error-link-" + e.target, text: e.message });
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const target = document.getElementById(e.target);
      if (target) target.focus();
    });
    list.appendChild(el("li", {}, [a]));
  }
  return el("div", { className: "error-summary", id: "error-summary", tabindex: "-1" }, [el("div", { role: "alert" }, [
    el("h2", { id: "error-summary-title", text: words.error_summary }), list])]);
}

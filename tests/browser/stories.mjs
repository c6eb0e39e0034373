// The three stories of the flow tests, answered through the one dispatch, page by page, for tests
// that look at every page rather than at how it is answered: a Halton tenant in time, a Together
// Housing repair ten months old, and an MP acting for a Kirklees tenant.

// YYYY-MM-DD `months` months before the page's today.
async function monthsAgo(page, months) {
  return page.evaluate((m) => {
    const d = new Date();
    const then = new Date(Date.UTC(d.getFullYear(), d.getMonth() - m, Math.min(d.getDate(), 28)));
    return then.toISOString().slice(0, 10);
  }, months);
}

const COMMON = {
  "complainant.role": "tenant", "issue.category": "repairs", "issue.hazard": "none", "issue.first_request": "no", "issue.ongoing": "yes",
  circumstances: "none", "issue.legal_proceedings": "none", "issue.previously_complained": "no", progress: "not-yet",
  "complainant.name": "Sam Taylor", "issue.summary": "The roof leaks.", "issue.outcome_sought": "Fix the roof.",
};

export const STORIES = [
  { name: "halton", months: 1, answers: { "representative.kind": "none", landlord: "halton-housing" } },
  { name: "together", months: 10, answers: { "representative.kind": "none", landlord: "together-housing" } },
  { name: "kirklees-mp", months: 2, answers: { "representative.kind": "mp", "representative.name": "Jo Member MP",
    "representative.consent": "none", landlord: "kirklees-homes-neighbourhoods" } },
];

const send = (page, action) => page.evaluate((a) => window.redress.dispatch(a), action);

async function answerPage(page, v, answers) {
  for (const f of v.fields) {
    const value = answers[f.id];
    if (value === undefined) continue;
    if (f.type === "date") {
      const [y, m, d] = value.split("-");
      for (const [part, text] of [[".day", d], [".month", m], [".year", y]]) await send(page, { type: "answer", field: f.id + part, value: text });
    } else if (f.type === "checkboxes") {
      await send(page, { type: "toggle", field: f.id, value, checked: true });
    } else {
      await send(page, { type: "answer", field: f.id, value });
    }
  }
}

// Walks `story` from the page the app is on to the documents, calling `onPage(view)` on each page
// as it opens (the first page included). Returns the pages visited.
export async function walk(page, story, onPage) {
  const answers = Object.assign({ "issue.event_date": await monthsAgo(page, story.months) }, COMMON, story.answers);
  const visited = [];
  for (let step = 0; step < 40; step++) {
    const v = await page.evaluate(() => window.redress.view());
    visited.push(v.page);
    await onPage(v);
    if (v.page === "documents") return visited;
    await answerPage(page, v, answers);
    await send(page, { type: "continue" });
    const next = await page.evaluate(() => window.redress.view());
    if (next.errors.length) throw new Error("stuck on " + next.page + ": " + JSON.stringify(next.errors));
  }
  throw new Error("never reached the documents: " + visited.join(", "));
}

// Danger first (issue 27): a Halton Housing tenant who smells gas, on a 390x844 phone (touch) at
// 300 percent text, by keyboard from the first page to the documents, with no report date. What
// to do now must lead: the result page's h1 gives the first call (the gas emergency line, 0800 111
// 999, for gas; the landlord's emergency repairs line otherwise) and 999, and the first call is on
// the first screen as the page opens; the first block
// and the first next step say to call 999 if a life is in danger and to phone the emergency
// repairs line; the first document is the hazard report, whose "Before you send" starts with the
// gas line, listed once, the complaint after it, and no advice on the documents page mentions
// posting. In the canvas and the HTML view.
// A shorter case, a danger from the wiring: no gas line, but the emergency repairs line leads.
// Screenshots of the result's first screen and of the documents go to /tmp/shots/ (or
// REDRESS_SHOTS) and build/test-artifacts/.
import fs from "node:fs";
import path from "node:path";
import { test, openApp, assert, sleep, settle, artifactsDir, drawn, wrapLog } from "./harness.mjs";
import { view, typeInto, continueTo, localToday, answerToResult } from "./flow.test.mjs";

const SCREEN = { width: 390, height: 844 };
const PHONE = { viewport: SCREEN, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const GAS_LINE = "0800 111 999";
const REPAIRS_LINE = "Halton Housing's emergency repairs line";
const POSTING = /Post Office|certificate of posting|recorded delivery/i;
const shotsDir = path.resolve(process.env.REDRESS_SHOTS || "/tmp/shots");

async function shot(page, name) {
  await settle(page);
  fs.mkdirSync(shotsDir, { recursive: true });
  const file = `danger-${name}.png`;
  await page.screenshot({ path: path.join(shotsDir, file) });
  fs.copyFileSync(path.join(shotsDir, file), path.join(artifactsDir, file));
}

function daysBefore(today, days) {
  return new Date(Date.UTC(today[0], today[1] - 1, today[2] - days)).toISOString().slice(0, 10);
}

// The h1 as the page opens: its text, where its twin lies and, in canvas mode, where the app drew
// it (CSS px in the viewport).
async function heading(page) {
  await settle(page);
  const h1 = await page.evaluate(() => {
    const n = document.querySelector("h1");
    const b = n.getBoundingClientRect();
    return { id: n.id, text: n.textContent, top: b.top, bottom: b.bottom };
  });
  const box = (await drawn(page))[h1.id];
  return Object.assign(h1, { drawn: box });
}

// In canvas mode: the heading's and the warning's lines break only at spaces (or with a hyphen
// inside a word wider than the line), so nothing is cut off mid-word. Returns the heading's
// lines, each with where it ends in the text.
async function wrappedAtSpaces(page, texts) {
  const log = await wrapLog(page);
  const found = [];
  for (const text of texts) {
    const entry = log.find((e) => e.text === text);
    assert(entry, "the app did not wrap: " + text);
    let at = 0;
    const ends = [];
    entry.lines.forEach(([line, hyphen], i) => {
      at = entry.text.indexOf(line, at) + line.length;
      ends.push(at);
      if (i + 1 < entry.lines.length && !hyphen) assert(/^[ \n]/.test(entry.text.slice(at)) || line.endsWith("-"),
        `"${line}" / "${entry.lines[i + 1][0]}" is broken inside a word`);
    });
    found.push(ends);
  }
  return found[0];
}

// Where the words `phrase` of the h1 end on the screen (CSS px from the viewport's top): in the
// HTML view from the text itself; on the canvas from the line they end on (the heading's lines
// are of equal height).
async function phraseBottom(page, phrase, mode, h, lineEnds) {
  if (mode === "html") {
    return page.evaluate((p) => {
      const text = document.querySelector("h1").firstChild;
      const range = document.createRange();
      const start = text.textContent.indexOf(p);
      range.setStart(text, start);
      range.setEnd(text, start + p.length);
      return range.getBoundingClientRect().bottom;
    }, phrase);
  }
  const end = h.text.indexOf(phrase) + phrase.length;
  const line = lineEnds.findIndex((e) => e >= end);
  return h.drawn.y + (line + 1) * h.drawn.h / lineEnds.length;
}

async function story(browser, baseUrl, watch, { danger, mode }) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await openApp(context, baseUrl, watch);
    await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
    // The app's own settings, as the reader chooses them: 300 percent text, and the view.
    await page.evaluate((m) => { window.redress.changeSetting("text-size", "3"); window.redress.changeSetting("view", m); }, mode);
    await page.waitForFunction((m) => document.documentElement.dataset.view === m, mode);
    assert((await page.evaluate(() => window.redress.settings().textScale)) === 3, "text size is not 300 percent");
    const today = await localToday(page);

    const look = async (id) => {
      const v = await view(page);
      if (id === "hazard") {
        assert(v.heading === "Is it damp or mould, or something dangerous that needs making safe now?", "the hazard page's heading: " + v.heading);
      } else if (id === "danger") {
        assert(v.heading === "What kind of danger is it?", "the danger page's heading: " + v.heading);
        const options = v.fields[0].options.map((o) => o.value).join();
        assert(options === "gas,electricity,fire-structure,water,no-heat,other", "the kinds of danger: " + options);
      } else if (id === "hazard-reported") {
        assert(v.heading === "When did you first tell Halton Housing about it? (optional)", "the report date's heading: " + v.heading);
      } else {
        throw new Error("something dangerous asked " + id);  // an emergency already: no risk question
      }
    };
    await answerToResult(page, { who: "none", landlord: "halton-housing", event: daysBefore(today, 0), hazard: "emergency",
                                 danger, circumstances: ["health_and_safety"], look });

    // What to do now is the heading, on the first screen as the page opens.
    const v = await view(page);
    const h = await heading(page);
    assert(h.text === v.heading, "the h1 is not the page's heading: " + h.text);
    if (danger === "gas") assert(h.text.includes(GAS_LINE), "the heading does not give the gas emergency line: " + h.text);
    else assert(!h.text.includes(GAS_LINE), "the gas emergency line is in the heading of a danger that is not gas: " + h.text);
    if (danger !== "gas") assert(h.text.includes(REPAIRS_LINE), "the heading does not name the emergency repairs line: " + h.text);
    assert(h.text.includes("call 999"), "the heading does not say to call 999: " + h.text);
    // The page opens with the h1's top on the screen (at 300 percent the h1 is taller than the
    // screen, so the page opens at its top, past the back link and the caption), and the words
    // that say whom to call first are on that first screen too.
    assert(h.top >= 0 && h.top < SCREEN.height, `the h1's top is at ${Math.round(h.top)}, off the first screen (drawn at ${JSON.stringify(h.drawn)})`);
    let lineEnds = null;
    if (mode === "canvas") {
      assert(h.drawn && h.drawn.y >= 0 && h.drawn.y < SCREEN.height, "the heading is not drawn on the first screen: " + JSON.stringify(h.drawn));
      lineEnds = await wrappedAtSpaces(page, [v.heading, v.content[0].text]);
    }
    // Whom to call first is on the first screen (999 follows it at once: "Danger to life: call 999").
    const first = danger === "gas" ? GAS_LINE : "emergency repairs line";
    const bottom = await phraseBottom(page, first, mode, h, lineEnds);
    assert(bottom <= SCREEN.height, `"${first}" ends at ${Math.round(bottom)} px, below the first screen (${SCREEN.height} px)`);

    // Then the first block, a warning, and the first next step: 999 if a life is in danger, and
    // the landlord's emergency repairs line (and the gas line for gas only).
    const warning = v.content[0];
    assert(warning.type === "warning", "the first block is not a warning: " + warning.type + " " + warning.text);
    const next = v.content[v.content.findIndex((b) => b.type === "heading" && b.text === "What to do next") + 1];
    assert(next && next.type === "list" && next.items.length > 0, "no list of next steps");
    for (const [what, text] of [["the warning", warning.text], ["the first next step", next.items[0]]]) {
      assert(/If anyone's life is in danger, call 999/.test(text), what + " does not say to call 999: " + text);
      assert(text.includes(REPAIRS_LINE), what + " does not name the emergency repairs line: " + text);
      assert(text.includes(GAS_LINE) === (danger === "gas"), what + (danger === "gas" ? " lacks" : " has") + " the gas line: " + text);
    }
    const name = `${danger}-${mode}`;
    await shot(page, `${name}-result-first-screen`);
    if (danger !== "gas") return;

    await continueTo(page, "your-details");
    await typeInto(page, "complainant.name", "Sam Taylor");
    await continueTo(page, "complaint-details");
    await typeInto(page, "issue.summary", "I can smell gas in the kitchen.");
    await typeInto(page, "issue.outcome_sought", "Make the gas safe today.");
    await continueTo(page, "adjustments");
    await continueTo(page, "check");
    await continueTo(page, "documents");

    // The hazard report first; its "Before you send" starts with the gas line; nothing says post it.
    const docs = (await view(page)).documents;
    assert(docs.length > 0 && docs[0].kind === "hazard-report", "the first document is not the hazard report: " + docs.map((d) => d.kind));
    assert(docs.filter((d) => d.kind === "hazard-report").length === 1, "the hazard report is offered more than once: " + docs.map((d) => d.kind));
    assert(docs.length > 1 && docs[1].kind === "stage1", "the complaint does not follow the hazard report: " + docs.map((d) => d.kind));
    const advice = docs[0].how_to_send;
    assert(advice[0].includes(GAS_LINE), "\"Before you send\" does not start with the gas line: " + advice[0]);
    assert(advice.some((line) => line.includes("call 999")), "\"Before you send\" does not say to call 999");
    assert(advice.some((line) => line.includes(REPAIRS_LINE)), "\"Before you send\" does not name the emergency repairs line");
    for (const d of docs)
      for (const line of d.how_to_send) assert(!POSTING.test(line), `${d.kind}'s "Before you send" advises posting: ${line}`);
    // The page shows the same advice, under its heading, first document first.
    assert(await page.locator("#doc-hazard-report-before").first().textContent() === "Before you send", "no \"Before you send\" heading");
    const shown = await page.locator("#doc-hazard-report-how-0").first().textContent();
    assert(shown.includes(GAS_LINE), "the first line shown under \"Before you send\" is: " + shown);
    const onPage = (await page.locator("#layer").textContent()) || "";
    assert(!POSTING.test(onPage), "the documents page mentions posting: " + (onPage.match(POSTING) || [])[0]);
    await shot(page, `${name}-documents-first-screen`);
    // "Before you send" of the first document in view.
    if (mode === "canvas") {
      const box = (await drawn(page))["doc-hazard-report-before"];
      assert(box, "\"Before you send\" is not drawn");
      await page.evaluate((px) => window.redress.module._redress_scroll_by(px * window.devicePixelRatio), box.y - 8);
    } else {
      await page.evaluate(() => document.getElementById("doc-hazard-report-before").scrollIntoView({ block: "start" }));
    }
    await sleep(200);
    await shot(page, `${name}-documents-before-you-send`);
  } finally {
    await context.close();
  }
}

for (const mode of ["canvas", "html"]) {
  test(`a tenant who smells gas, on a 390x844 phone at 300% text (${mode === "html" ? "HTML view" : "canvas"}), is told to call 0800 111 999 first and gets the hazard report first`,
    ({ browser, baseUrl, watch }) => story(browser, baseUrl, watch, { danger: "gas", mode }));
}

test("a danger from the wiring, on a 390x844 phone at 300% text: the heading gives the emergency repairs line, not the gas line",
  ({ browser, baseUrl, watch }) => story(browser, baseUrl, watch, { danger: "electricity", mode: "canvas" }));

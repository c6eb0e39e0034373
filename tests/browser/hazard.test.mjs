// The fourth story, from issue 17: a Together Housing tenant with black mould in a child's
// bedroom, who told the landlord by phone a week ago, on a 390 px phone, by keyboard alone, from
// the first page to the hazard report. The result page must lead with what the law says the
// landlord must do and by when, before the complaint's reasons; the timeline must carry the
// hazard's dates. Screenshots at 100 and 300 percent text, in the canvas and the HTML view.
import path from "node:path";
import { test, openApp, assert, sleep, artifactsDir } from "./harness.mjs";
import { view, focusedId, tabTo, typeInto, continueTo, localToday, answerToResult } from "./flow.test.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };

async function shots(page, name) {
  await sleep(300);  // settle frames
  await page.screenshot({ path: path.join(artifactsDir, `hazard-${name}-100.png`) });
  await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
  await sleep(400);
  await page.screenshot({ path: path.join(artifactsDir, `hazard-${name}-300.png`) });
  await page.evaluate(() => window.redress.changeSetting("view", "html"));
  await sleep(200);
  await page.screenshot({ path: path.join(artifactsDir, `hazard-${name}-300-html.png`) });
  await page.evaluate(() => { window.redress.changeSetting("view", "canvas"); window.redress.changeSetting("text-size", "1"); });
  await page.waitForFunction(() => document.documentElement.dataset.view === "canvas");
  await sleep(300);
}

function daysBefore(today, days) {
  return new Date(Date.UTC(today[0], today[1] - 1, today[2] - days)).toISOString().slice(0, 10);
}

test("a tenant with damp and mould, on a 390 px phone, reaches the hazard report by keyboard (100%, 300%)", async ({ browser, baseUrl, watch }) => {
  const context = await browser.newContext(PHONE);
  try {
    const page = await openApp(context, baseUrl, watch);
    await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
    const today = await localToday(page);

    // The hazard pages as the tenant meets them, then on to the result as the stories go.
    const look = async (id) => {
      const v = await view(page);
      if (id === "hazard") {
        assert(v.heading === "Is it damp or mould, or something dangerous that needs making safe now?", "heading: " + v.heading);
        assert(v.fields[0].options.map((o) => o.value).join() === "damp-mould,emergency,other,none", "options in the flow's order");
        await shots(page, "question");
      } else if (id === "hazard-risk") {
        assert(v.heading === "Could someone be seriously hurt or made ill soon because of it?", "the risk page's heading: " + v.heading);
      } else {
        assert(v.heading === "When did you first tell Together Housing about it? (optional)", "the date page's heading: " + v.heading);
      }
    };
    await answerToResult(page, { who: "none", landlord: "together-housing", event: daysBefore(today, 90), hazard: "damp-mould", risk: "no",
                                 reported: daysBefore(today, 7), circumstances: ["health_and_safety", "safeguarding"], look });

    // The result leads with the hazard: what Together Housing must do, and by when.
    const v = await view(page);
    const first = v.content.findIndex((b) => b.type === "heading");
    assert(v.content[first].text === "What Together Housing must do about the damp and mould", "first heading: " + v.content[first].text);
    const complaint = v.content.findIndex((b) => b.type === "heading" && b.text === "Your complaint");
    assert(complaint > first, "the complaint's reasons come after the hazard");
    const hazard = v.content.slice(first, complaint).map((b) => b.text).join("\n");
    assert(hazard.includes("Awaab's Law applies"), "no word that the law applies");
    assert(/must investigate the damp and mould by \w+day \d+ \w+ \d{4}\. That is 10 working days after/.test(hazard), "no investigation date");
    assert(hazard.includes("somewhere else to stay"), "no alternative accommodation");
    for (const b of v.content.slice(first + 1, complaint)) assert(b.cite, "a hazard finding without its cite: " + b.text);
    const timeline = v.content.find((b) => b.type === "timeline");
    assert(timeline && timeline.rows.some((r) => r.value.includes("must investigate the damp and mould")), "the timeline has no hazard date");
    await shots(page, "result");

    await continueTo(page, "your-details");
    await typeInto(page, "complainant.name", "Sam Taylor");
    await typeInto(page, "issue.access", "Any weekday after 9.30am");
    await continueTo(page, "complaint-details");
    await typeInto(page, "issue.summary", "Black mould in my son's bedroom");
    await typeInto(page, "issue.outcome_sought", "Treat the mould and fix the cause.");
    await continueTo(page, "adjustments");
    await continueTo(page, "check");
    await continueTo(page, "documents");

    // The hazard report is on the documents page, and the keyboard reaches it.
    const docs = await view(page);
    const report = docs.documents.find((d) => d.kind === "hazard-report");
    assert(report, "no hazard report: " + docs.documents.map((d) => d.kind));
    assert(docs.documents[0].kind === "hazard-report", "the hazard report is not first");
    assert(report.text.includes("Awaab's Law") && report.text.includes("Any weekday after 9.30am"), "the report lacks the law or the access times");
    await tabTo(page, "doc-hazard-report-0", 200);
    assert(await focusedId(page) === "doc-hazard-report-0", "the keyboard did not reach the hazard report");
    await shots(page, "documents");
  } finally {
    await context.close();
  }
});

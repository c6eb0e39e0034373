// The guided flow in Chromium, by keyboard alone (Tab, Shift+Tab, arrows, Space, Enter), as a
// keyboard user would: three stories from the issue, checked through the exposed view model
// against what the core says, with screenshots at 100 and 300 percent text and in high
// contrast. Also: drafts survive a reload, "Clear my answers" wipes them, and nothing is fetched
// after the first load. Its keyboard helpers and answerToResult serve hazard.test.mjs too.
import path from "node:path";
import { test, openApp, assert, sleep, artifactsDir, darkPixelsByRow, drawn, focusAndFind, settle, focusedId, view, tabTo } from "./harness.mjs";

// hazard.test.mjs takes the keyboard helpers from here with answerToResult.
export { focusedId, view, tabTo };

// Chooses a radio option the keyboard way: Tab into the group, arrows to the option.
async function chooseRadio(page, field, value) {
  const v = await view(page);
  const f = v.fields.find((x) => x.id === field);
  assert(f, "no field " + field + " on " + v.page);
  const first = field + "." + f.options[0].value;
  await tabTo(page, f.value ? field + "." + f.value : first);
  const target = field + "." + value;
  for (let i = 0; i < f.options.length + 1 && await focusedId(page) !== target; i++) await page.keyboard.press("ArrowDown");
  assert(await focusedId(page) === target, "arrows did not reach " + target);
  await page.keyboard.press("Space");
  const now = await view(page);
  assert(now.fields.find((x) => x.id === field).value === value, field + " is not " + value);
}

async function tick(page, id) {
  await tabTo(page, id);
  await page.keyboard.press("Space");
}

export async function typeInto(page, id, text) {
  await tabTo(page, id);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

// Continue: Tab to the button and press Enter; expects to land on page `next`.
export async function continueTo(page, next) {
  const before = (await view(page)).page;
  await tabTo(page, "button-0");
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => window.redress.view().page === n, next, { timeout: 5000 }).catch(async () => {
    const v = await view(page);
    throw new Error(`from ${before} expected ${next}, got ${v.page}: ${JSON.stringify(v.errors)}`);
  });
  // The new page's heading has focus, and the tab title names the page.
  assert(await focusedId(page) === "page-heading", "focus is not on the heading of " + next);
  assert(await page.title() === (await view(page)).title, "title does not follow the page");
}

async function typeDate(page, field, iso) {
  const [y, m, d] = iso.split("-").map(Number);
  await typeInto(page, field + ".day", String(d));
  await typeInto(page, field + ".month", String(m));
  await typeInto(page, field + ".year", String(y));
}

export async function localToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  });
}

function isoMinus(today, months, days) {
  const d = new Date(Date.UTC(today[0], today[1] - 1 - months, today[2] - days));
  return d.toISOString().slice(0, 10);
}

// From the first page to the result page, with the keyboard. `s.hazard` (with `s.risk`, whether
// someone could be hurt soon, "no" unless given; `s.danger`, the kind of danger in an emergency;
// `s.reported`, the day the landlord was told, none if not given), `s.event`, `s.circumstances`
// and `s.look(pageId)` (called on the hazard pages before they are answered) are for
// hazard.test.mjs and danger.test.mjs; the stories here answer "No" and "None of these".
export async function answerToResult(page, s) {
  await tabTo(page, "button-0");  // "Start now"
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "who");
  await chooseRadio(page, "representative.kind", s.who);
  if (s.who !== "none") {
    await continueTo(page, "representative");
    await typeInto(page, "representative.name", s.repName);
    await continueTo(page, "consent");
    await chooseRadio(page, "representative.consent", s.consent);
  }
  await continueTo(page, "landlord");
  await chooseRadio(page, "landlord", s.landlord);
  await continueTo(page, "role");
  await chooseRadio(page, "complainant.role", "tenant");
  await continueTo(page, "category");
  await chooseRadio(page, "issue.category", "repairs");
  await continueTo(page, "hazard");
  if (s.look) await s.look("hazard");
  await chooseRadio(page, "issue.hazard", s.hazard || "none");
  if (s.hazard) {
    // Damp and mould, or another hazard: could someone be hurt soon? (Something dangerous is an emergency already.)
    if (s.hazard === "damp-mould" || s.hazard === "other") {
      await continueTo(page, "hazard-risk");
      if (s.look) await s.look("hazard-risk");
      await chooseRadio(page, "issue.hazard_risk", s.risk || "no");
    }
    // An emergency other than damp and mould: what kind of danger, so the first call fits it.
    if (s.hazard === "emergency" || (s.hazard === "other" && s.risk === "yes")) {
      await continueTo(page, "danger");
      if (s.look) await s.look("danger");
      await chooseRadio(page, "issue.danger", s.danger);
    }
    await continueTo(page, "hazard-reported");
    if (s.look) await s.look("hazard-reported");
    if (s.reported) {
      await typeDate(page, "issue.hazard_reported", s.reported);
      await continueTo(page, "hazard-investigated");  // already reported: has it been looked into, or made safe?
    }
  }
  await continueTo(page, "first-request");
  await chooseRadio(page, "issue.first_request", "no");
  await continueTo(page, "event-date");
  await typeDate(page, "issue.event_date", s.event);
  await continueTo(page, "ongoing");
  await chooseRadio(page, "issue.ongoing", "yes");
  // Still happening, so it is in time whenever it was found out or last raised: neither is asked.
  await continueTo(page, "circumstances");
  for (const c of s.circumstances || ["none"]) await tick(page, "circumstances." + c);
  await continueTo(page, "legal-action");
  await chooseRadio(page, "issue.legal_proceedings", "none");
  await continueTo(page, "previous-complaint");
  await chooseRadio(page, "issue.previously_complained", "no");
  await continueTo(page, "progress");
  await chooseRadio(page, "progress", "not-yet");
  await continueTo(page, "result");
}

async function answerToDocuments(page, summary) {
  await continueTo(page, "your-details");
  await typeInto(page, "complainant.name", "Sam Taylor");
  await continueTo(page, "complaint-details");
  await typeInto(page, "issue.summary", summary);
  await typeInto(page, "issue.outcome_sought", "Fix it within 20 working days.");
  await continueTo(page, "adjustments");
  await continueTo(page, "check");
  await continueTo(page, "documents");
}

// Every reason on the result page carries its clause.
function checkFindingsCited(v) {
  const findings = v.content.filter((b) => b.type === "finding");
  assert(findings.length > 0, "no findings on the result page");
  for (const f of findings) assert(f.cite, "a finding without a clause: " + f.text);
}

async function shot(page, name) {
  await sleep(300);  // settle frames
  await page.screenshot({ path: path.join(artifactsDir, name) });
}

// Requests after the first load: none but the policies and the law (the catalogue file, fetched
// on the first action: the first page needs none of it), once, as a plain GET that carries
// nothing the reader typed.
function watchRequests(page, baseUrl) {
  const late = [];
  let loaded = false;
  page.on("request", (r) => {
    if (!loaded) return;
    if (r.method() === "GET" && r.url() === baseUrl + "catalogue.txt" && !r.postData() && !late.catalogue) late.catalogue = true;
    else late.push(r.method() + " " + r.url());
  });
  return { start() { loaded = true; }, late };
}

test("a Halton tenant in time, by keyboard, gets a stage 1 complaint (100%, 300%, high contrast)", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  const requests = watchRequests(page, baseUrl);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  requests.start();
  const today = await localToday(page);
  await answerToResult(page, { who: "none", landlord: "halton-housing", event: isoMinus(today, 1, 0) });
  let v = await view(page);
  assert(v.heading === "Halton Housing should treat this as a complaint.", "headline: " + v.heading);
  checkFindingsCited(v);
  assert(v.content.some((b) => b.type === "timeline" && b.rows.length > 0), "no timeline of dates");
  await shot(page, "halton-result-100.png");

  // 300 percent text and high contrast, chosen from the settings bar by keyboard.
  await tabTo(page, "setting-text-size-300%");
  await page.keyboard.press("Enter");
  assert((await page.evaluate(() => window.redress.settings().textScale)) === 3, "text size did not change");
  await shot(page, "halton-result-300.png");
  await tabTo(page, "setting-text-size-100%");
  await page.keyboard.press("Enter");
  await tabTo(page, "setting-contrast-high");
  await page.keyboard.press("Enter");
  assert(await page.evaluate(() => document.documentElement.dataset.contrast) === "high", "contrast did not change");
  await shot(page, "halton-result-high-contrast.png");
  await tabTo(page, "setting-contrast-standard");
  await page.keyboard.press("Enter");

  const bengali = "\u0986\u09ae\u09be\u09b0 \u09ac\u09be\u09a1\u09bc\u09bf\u09a4\u09c7 \u099b\u09be\u09a6 \u09ad\u09be\u0999\u09be";
  await answerToDocuments(page, "The roof leaks. " + bengali);
  v = await view(page);
  assert(v.documents.length >= 1 && v.documents[0].kind === "stage1", "documents: " + v.documents.map((d) => d.kind));
  assert(v.documents[0].text.includes(bengali), "the Bengali text did not reach the letter");
  assert(v.documents[0].text.includes("Halton Housing"), "the letter does not name the landlord");
  // The advice for whoever sends it stands under "Before you send", in both hosts, never in the letter.
  const before = await page.locator("#doc-stage1-before").textContent();
  assert(before === "Before you send", "no \"Before you send\" over the advice: " + before);
  const advice = await page.locator("#doc-stage1-before ~ ul li").allTextContents();
  assert(advice.length > 0 && advice.join("\n") === v.documents[0].how_to_send.join("\n"), "the advice under it: " + advice);
  assert(advice.every((line) => !v.documents[0].text.includes(line)), "advice is printed in the letter");
  const box = (await drawn(page))["doc-stage1-before"];
  assert(box && box.h > 0, "the canvas does not draw \"Before you send\"");
  await shot(page, "halton-documents-100.png");
  assert(requests.late.length === 0, "requests after the first load: " + requests.late.join(", "));
  assert(requests.late.catalogue, "the policies and the law were not fetched after the first load");
});

test("a Together Housing repair ten months old shows the policy's six months and the Code's twelve", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  const today = await localToday(page);
  await answerToResult(page, { who: "none", landlord: "together-housing", event: isoMinus(today, 10, 0) });
  const v = await view(page);
  const text = v.content.map((b) => b.text).join("\n");
  assert(text.includes("policy gives 6 months to complain"), "the policy's six months are not shown");
  assert(text.includes("Code gives 12 months"), "the Code's twelve months are not shown");
  checkFindingsCited(v);
  await shot(page, "together-result-100.png");
});

test("an MP acting for a Kirklees tenant gets the consent declaration", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  const today = await localToday(page);
  await answerToResult(page, { who: "mp", repName: "Jo Member MP", consent: "none",
                               landlord: "kirklees-homes-neighbourhoods", event: isoMinus(today, 2, 0) });
  checkFindingsCited(await view(page));
  await answerToDocuments(page, "Damp in the children's bedroom.");
  const v = await view(page);
  const kinds = v.documents.map((d) => d.kind);
  assert(kinds.includes("consent"), "no consent declaration: " + kinds);
  const consent = v.documents.find((d) => d.kind === "consent");
  assert(consent.text.includes("Jo Member MP"), "the consent declaration does not name the MP");
  await shot(page, "kirklees-mp-documents-100.png");
});

test("errors: the summary takes focus, the title says Error, and the answer is kept", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  await tabTo(page, "button-0");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "who");
  await tabTo(page, "button-0");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().errors.length === 1);
  assert(await focusedId(page) === "error-summary", "the error summary does not have focus");
  assert((await page.title()).startsWith("Error: "), "title: " + await page.title());
  // The error links to the field.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert((await focusedId(page)).startsWith("representative.kind"), "the error link did not move focus to the field");
});

test("the policies and the law come after the first frame; when they cannot, a notice offers Try again and the action waits", async ({ context, baseUrl, watch, problems }) => {
  let blocked = true;
  await context.route("**/catalogue.txt", (route) => (blocked ? route.abort() : route.continue()));
  const fetched = [];  // the page's own requests for it (not the service worker's install)
  context.on("request", (r) => { if (!r.serviceWorker() && r.url().endsWith("/catalogue.txt")) fetched.push(r.url()); });
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  await sleep(500);
  assert(fetched.length === 0, "the first page fetched the policies and the law before the reader acted");
  await tabTo(page, "button-0");  // "Start now"
  await page.keyboard.press("Enter");
  await page.waitForSelector("#catalogue-notice [role=alert]", { timeout: 10000 });
  const said = await page.locator("#catalogue-notice [role=alert]").textContent();
  assert(said.includes("could not load") && said.includes("try again"), "the notice says: " + said);
  assert(await focusedId(page) === "catalogue-retry", "Try again does not have focus: " + await focusedId(page));
  assert((await view(page)).page === "start", "the page moved without the policies");
  await shot(page, "catalogue-notice.png");
  blocked = false;
  await page.keyboard.press("Enter");  // Try again: the held "Start now" is then sent
  await page.waitForFunction(() => window.redress.view().page === "who", null, { timeout: 10000 });
  assert(await page.locator("#catalogue-notice").count() === 0, "the notice stayed after the load");
  assert(fetched.length === 2, "expected one failed and one good fetch, got " + fetched.length);
  // The blocked fetch was this test's doing: Chromium reports it (and, when the service worker
  // answered the page, that worker's failed fetch) as console errors.
  const expected = (p) => p.includes("catalogue.txt") || p.startsWith("console error: Failed to load resource: net::ERR_FAILED") ||
                          p.startsWith("console error: TypeError: Failed to fetch");
  const others = problems.filter((p) => !expected(p));
  problems.length = 0;
  problems.push(...others);
});

test("a reload restores the draft; Clear my answers asks first, stands apart from Continue, and only Yes clears", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  // The first action waits for the policies and the law (web/app/catalogue.js): so does this.
  await page.evaluate(async () => {
    await window.redress.dispatch({ type: "continue" });
    window.redress.dispatch({ type: "answer", field: "representative.kind", value: "friend" });
    window.redress.dispatch({ type: "continue" });
    window.redress.dispatch({ type: "answer", field: "representative.name", value: "Jo Friend" });
  });
  assert((await view(page)).page === "representative", "did not reach the representative page");
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  let v = await view(page);
  assert(v.page === "representative", "the reload lost the page: " + v.page);
  assert(await page.evaluate(() => localStorage.getItem("redress-draft")) === null, "saved to localStorage without consent");
  // Apart from Continue: well below it, never a thumb's slip away.
  await settle(page);
  const boxes = await drawn(page);
  const gap = boxes["button-1"].y - (boxes["button-0"].y + boxes["button-0"].h);
  assert(gap >= 40, `Clear my answers is ${Math.round(gap)} px below Continue`);
  // One press asks; the answers are all still there.
  await tabTo(page, "button-1");  // "Clear my answers"
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "clear");
  assert((await page.evaluate(() => sessionStorage.getItem("redress-draft")) || "").includes("Jo Friend"), "one press of Clear my answers lost the answers");
  await tabTo(page, "button-0");  // "No, keep my answers"
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "representative");
  v = await view(page);
  assert(v.fields[0].value === "Jo Friend", "keeping the answers lost one: " + JSON.stringify(v.fields[0].value));
  await tabTo(page, "button-1");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "clear");
  await tabTo(page, "button-1");  // "Yes, clear my answers"
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "start");
  assert(await page.evaluate(() => sessionStorage.getItem("redress-draft")) === null, "the draft survived Yes, clear my answers");
});

test("text size rebuilds the font atlas at each size, and 300 percent draws larger text", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  // Larger text covers more rows of the screen with dark pixels.
  const darkRowCount = async () => (await darkPixelsByRow(page)).filter((n) => n > 0).length;
  await sleep(300);
  const small = await darkRowCount();
  await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
  await sleep(400);
  const large = await darkRowCount();
  assert(large > small * 1.5, `300% text should fill more rows: ${small} then ${large}`);
});

// 300 percent text on a phone 390 CSS px wide: every control the canvas draws on the first two
// pages lies across the screen, not partly off it (the page's margins and the scrollbar had
// grown with the text and left words too long for what was left; now labels wrap instead).
test("at 300 percent on a 390 px phone, every drawn control fits across the screen", async ({ browser, baseUrl, watch }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 2, hasTouch: true });
  try {
    const page = await openApp(context, baseUrl, watch);
    await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
    await page.evaluate(() => { window.redress.changeSetting("text-size", "3"); window.redress.changeSetting("panel", "open"); });
    const checkPage = async (ids) => {
      for (const id of ids) {
        const r = await focusAndFind(page, id);
        assert(r.x >= 0 && r.x + r.w <= 390, `${id} is drawn at ${Math.round(r.x)}..${Math.round(r.x + r.w)} px, off a 390 px screen`);
      }
    };
    const start = await view(page);
    const settings = await page.evaluate(() => [...document.querySelectorAll("#settings button, #settings input")].map((e) => e.id).filter(Boolean));
    assert(settings.length >= 8, "the settings bar has " + settings.length + " controls");
    await checkPage([...settings, ...start.buttons.map((b) => b.id)]);
    await page.evaluate(() => window.redress.dispatch({ type: "continue" }));
    await page.waitForFunction(() => window.redress.view().page === "who");
    const who = await view(page);
    await checkPage([...who.fields[0].options.map((o) => who.fields[0].id + "." + o.value), ...who.buttons.map((b) => b.id)]);
    await page.screenshot({ path: path.join(artifactsDir, "phone-300-percent.png") });
  } finally {
    await context.close();
  }
});

// A touch screen: a tap acts on what the finger touched (Emscripten's GLFW alone pressed where
// the last tap had been, so a second tap undid the first), and a one-finger drag scrolls.
test("on a touch screen, each tap acts where the finger is, and a drag scrolls the page", async ({ browser, baseUrl, watch }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const page = await openApp(context, baseUrl, watch);
    await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
    const rectOf = (id) => focusAndFind(page, id);
    await page.evaluate(() => window.redress.changeSetting("panel", "open"));  // closed by default on a phone
    const remember = await rectOf("setting-remember"), high = await rectOf("setting-contrast-high");
    const settings = () => page.evaluate(() => window.redress.settings());
    await page.touchscreen.tap(remember.x + remember.w / 2, remember.y + remember.h / 2);
    await page.waitForFunction(() => window.redress.settings().remember, null, { timeout: 3000 }).catch(() => {
      throw new Error("a tap on Remember did not tick it");
    });
    await page.touchscreen.tap(high.x + high.w / 2, high.y + high.h / 2);
    await page.waitForFunction(() => window.redress.settings().highContrast, null, { timeout: 3000 }).catch(() => {
      throw new Error("a tap on High contrast did not choose it");
    });
    assert((await settings()).remember, "the second tap undid the first");

    // A drag: the focused control is reported where it is drawn, 200 CSS px higher after it.
    const before = await rectOf("setting-text-size-100%");
    const cdp = await context.newCDPSession(page);
    const touch = (type, y) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x: 200, y }] });
    await touch("touchStart", 600);
    for (let y = 580; y >= 400; y -= 20) await touch("touchMove", y);
    await touch("touchEnd", 400);
    await page.waitForFunction((y) => Math.abs(window.redress.layout()["setting-text-size-100%"][1] - (y - 200)) < 2, before.y, { timeout: 3000 }).catch(async () => {
      throw new Error(`the drag did not scroll 200 px: ${before.y} then ${(await drawn(page))["setting-text-size-100%"].y}`);
    });
    assert(!(await settings()).dyslexicFont && (await settings()).textScale === 1, "the drag pressed something");
  } finally {
    await context.close();
  }
});

// The other way round: a click on the canvas sends the same action as the control it drew, and
// DOM focus follows it, so a screen reader and the keyboard carry on from where the pointer was.
test("a pointer click on a drawn radio chooses it, and DOM focus moves to its twin", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  await page.evaluate(() => window.redress.dispatch({ type: "continue" }));
  await page.waitForFunction(() => window.redress.view().page === "who");
  // Where ImGui draws the option: focus it once by keyboard to learn its place, then leave it.
  const id = "representative.kind.friend";
  const r = await focusAndFind(page, id);
  await page.evaluate(() => document.getElementById("page-heading").focus());
  await sleep(200);
  assert((await view(page)).fields[0].value === "", "chosen before the click");
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.redress.view().fields[0].value === "friend", null, { timeout: 3000 }).catch(() => {
    throw new Error("the click at " + JSON.stringify(r) + " did not choose the option");
  });
  assert(await focusedId(page) === id, "DOM focus did not follow the click: " + await focusedId(page));
  assert(await page.evaluate((i) => document.getElementById(i).checked, id), "the HTML radio is not checked");
  // And the keyboard carries on from there: the arrow moves to the next option.
  await page.keyboard.press("ArrowDown");
  assert((await view(page)).fields[0].value === "advocate", "the arrow key did not carry on from the clicked option");
});

// The dyslexia-friendly font is fetched only when chosen, then the atlas is rebuilt with it: the
// page looks different, and choosing Standard again brings the first look back.
test("the dyslexia-friendly font loads when chosen and redraws the page in it", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
  const fontRequests = [];
  page.on("request", (r) => { if (r.url().includes("dyslexic")) fontRequests.push(r.url()); });
  await tabTo(page, "setting-font-standard");  // the same focus ring in both pictures
  await sleep(300);
  const before = await page.screenshot();
  await tabTo(page, "setting-font-dyslexic");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.module.dyslexicLoaded === true, null, { timeout: 10000 });
  await sleep(300);
  const after = await page.screenshot();
  assert(fontRequests.length === 1 && fontRequests[0].endsWith("/fonts/redress-dyslexic.otc"),
         "expected the one OpenDyslexic collection, got " + fontRequests.join(", "));
  assert(!before.equals(after), "the page looks the same in the dyslexia-friendly font");
  assert(await page.evaluate(() => document.documentElement.dataset.font) === "dyslexic", "the page is not marked dyslexic");
  await shot(page, "start-dyslexic-font.png");
  // Back one control (Tab all the way round would pass the footer, which scrolls the page).
  await page.keyboard.press("Shift+Tab");
  assert(await focusedId(page) === "setting-font-standard", "Shift+Tab did not go back to Standard");
  await page.keyboard.press("Enter");
  await sleep(300);
  assert((await page.screenshot()).equals(before), "Standard did not bring the first look back");
});

// A dyslexia-friendly font file that is not a font collection (a broken download, a proxy's error
// page) is refused by the app, which keeps drawing in the standard font; the page only warns.
// Without the service worker, whose integrity check would refuse the file before the app sees it
// (tests/browser/offline.test.mjs).
test("a dyslexia-friendly font that is not a font is refused and the standard font stays", async ({ browser, baseUrl, watch }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: "block" });
  try {
    await context.route("**/fonts/redress-dyslexic.otc", (route) =>
      route.fulfill({ status: 200, contentType: "font/collection", body: "<html>not a font</html>" }));
    const page = await openApp(context, baseUrl, watch);
    await page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
    const warnings = [];
    page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
    await tabTo(page, "setting-font-standard");
    await sleep(300);
    const before = await page.screenshot();
    await tabTo(page, "setting-font-dyslexic");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 50 && !warnings.some((w) => w.includes("not a font collection")); i++) await sleep(100);
    assert(warnings.some((w) => w.includes("dyslexia-friendly font could not load") && w.includes("not a font collection")),
           "expected a warning that the font could not load, got: " + warnings.join(" | "));
    assert(await page.evaluate(() => window.redress.module.dyslexicLoaded !== true), "the broken font was taken");
    await page.keyboard.press("Shift+Tab");  // back one: round by Tab would pass the footer and scroll
    assert(await focusedId(page) === "setting-font-standard", "Shift+Tab did not go back to Standard");
    await sleep(300);
    assert((await page.screenshot()).equals(before), "the page no longer draws in the standard font");
  } finally {
    await context.close();
  }
});

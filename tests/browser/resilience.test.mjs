// Never a blank page (issue 29): what happens when something goes wrong. The WebGL context lost
// and given back; start-up without WebGL's names or with a canvas that throws; notices that take
// their own space, can be closed and are no Tab stop while empty; the display settings kept for
// the tab across reloads, and storage that keeps nothing said out loud; presses made while the
// policies could not load not replayed, and a failed retry that says so; and the smaller items
// (decorative glyphs out of names, buttons' edges in forced colours, a new page read once, no
// word broken mid-word in the HTML view at 300 percent on a phone when it fits on a line).
import path from "node:path";
import { test, openApp, assert, sleep, artifactsDir, darkPixelsByRow, settle, focusedId, view, tabTo, focusAndFind } from "./harness.mjs";

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.redressReady === "1", null, { timeout: 30000 });
const shot = (page, name) => page.screenshot({ path: path.join(artifactsDir, name) });
const rootData = (page, key) => page.evaluate((k) => document.documentElement.dataset[k], key);
// Dark pixels on the screen: a blank (white) page has almost none.
const inked = async (page) => (await darkPixelsByRow(page)).reduce((a, b) => a + b, 0);

// The blocked catalogue's fetches are the test's doing: Chromium reports them as console errors.
function dropBlockedFetches(problems) {
  const expected = (p) => p.includes("catalogue.txt") || p.startsWith("console error: Failed to load resource: net::ERR_FAILED") ||
                          p.startsWith("console error: TypeError: Failed to fetch");
  const others = problems.filter((p) => !expected(p));
  problems.length = 0;
  problems.push(...others);
}

// The app's first page in a page whose scripts first run `init` (a function's source).
async function openWith(context, baseUrl, watch, init) {
  const page = await context.newPage();
  watch(page);
  await page.addInitScript(init);
  await page.goto(baseUrl, { waitUntil: "load" });
  await ready(page);
  return page;
}

// ---- 1. Context loss ----------------------------------------------------------------------
test("WebGL context lost: the HTML view at once, a notice read out, focus and answers kept; given back, the canvas is offered again", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.evaluate(async () => {
    await window.redress.dispatch({ type: "continue" });
    window.redress.dispatch({ type: "answer", field: "representative.kind", value: "friend" });
  });
  await focusAndFind(page, "representative.kind.friend");
  await page.evaluate(() => {
    window.lostContext = document.getElementById("redress-canvas").getContext("webgl2").getExtension("WEBGL_lose_context");
    window.lostContext.loseContext();
  });
  await page.waitForFunction(() => document.documentElement.dataset.view === "html", null, { timeout: 5000 });
  const said = await page.locator("#graphics-notice [role=alert]").textContent();
  assert(said.includes("plain web page") && said.includes("answers are kept"), "the notice says: " + said);
  assert(await focusedId(page) === "representative.kind.friend", "focus moved to " + await focusedId(page));
  const v = await view(page);
  assert(v.page === "who" && v.fields[0].value === "friend", "the answers were lost: " + v.page);
  assert(await page.locator("#representative\\.kind\\.friend").isVisible(), "the focused control is not shown");
  assert(await inked(page) > 2000, "the page is blank after the context was lost");
  await shot(page, "context-lost.png");

  await page.evaluate(() => window.lostContext.restoreContext());
  await page.waitForSelector("#graphics-usual", { timeout: 5000 });
  assert(await rootData(page, "view") === "html", "the view changed under the reader");
  const framesBefore = await page.evaluate(() => window.redress.frameCount());
  await page.click("#graphics-usual");
  await page.waitForFunction(() => document.documentElement.dataset.view === "canvas", null, { timeout: 5000 });
  await settle(page);
  assert(await page.evaluate(() => window.redress.frameCount()) > framesBefore, "nothing was drawn after the context came back");
  assert(await page.locator("#graphics-notice").count() === 0, "the notice stayed");
  // The canvas draws the page again: the focused option's drawn box is where the layer says.
  const box = await focusAndFind(page, "representative.kind.friend");
  assert(box.w > 0 && box.h > 0, "the option is not drawn again");
  assert(await inked(page) > 2000, "the canvas is blank after the context came back");
  await shot(page, "context-restored.png");
});

// ---- 2. No blank page at start-up ------------------------------------------------------------
test("start-up without WebGLRenderingContext (as WebKit without WebGL names it) still draws the page", async ({ context, baseUrl, watch }) => {
  const page = await openWith(context, baseUrl, watch, () => { delete window.WebGLRenderingContext; });
  await page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
  assert(await page.locator("#page-heading").count() === 1, "no page");
  assert(await inked(page) > 2000, "a blank page");
});

test("start-up with WebGL off as WebKit has it (no WebGL names, no context): the HTML view, and the flow goes on", async ({ context, baseUrl, watch }) => {
  const page = await openWith(context, baseUrl, watch, () => {
    delete window.WebGLRenderingContext;
    delete window.WebGL2RenderingContext;
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, attrs) { return /webgl/.test(kind) ? null : get.call(this, kind, attrs); };
  });
  assert(await rootData(page, "view") === "html", "the HTML view did not take over");
  assert(await page.locator("#page-heading").isVisible(), "the heading is not shown");
  assert(await inked(page) > 2000, "a blank page");
  await shot(page, "webgl-off-webkit-like.png");
  await tabTo(page, "button-0");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.redress.view().page === "who", null, { timeout: 10000 });
});

test("a canvas that throws at start-up leaves the HTML view, not a blank page", async ({ context, baseUrl, watch, problems }) => {
  const page = await openWith(context, baseUrl, watch, () => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, attrs) {
      if (/webgl/.test(kind)) throw new Error("no graphics here");
      return get.call(this, kind, attrs);
    };
  });
  assert(await rootData(page, "view") === "html", "the HTML view did not take over");
  assert(await page.locator("#page-heading").isVisible(), "the heading is not shown");
  assert(await inked(page) > 2000, "a blank page");
  assert(problems.length === 0, problems.join("; "));
});

test("a start-up failure after the page is drawn shows a plain message with what to do", async ({ context, baseUrl, watch, problems }) => {
  const page = await context.newPage();
  watch(page);
  // The wizard refuses to start (an impossible date): the error comes after the module is made.
  await page.addInitScript(() => { window.redress = { today: "1999-13-40" }; });
  await page.goto(baseUrl, { waitUntil: "load" });
  await page.waitForSelector("#status.error", { timeout: 30000 });
  const text = await page.locator("#status").textContent();
  assert(text.includes("could not start") && text.includes("Reload the page"), "the message: " + text);
  assert(await page.locator("#status").isVisible(), "the message is not shown");
  assert(await rootData(page, "view") === "html", "the message is under the canvas");
  const others = problems.filter((p) => !p.startsWith("console error: Error: today"));
  problems.length = 0;
  problems.push(...others);
});

// ---- 3. Notices take their own space ---------------------------------------------------------
test("no empty notice is a Tab stop: Tab goes from the skip link to the settings", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await sleep(500);  // the service worker is registered after the first frame
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const stops = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => { const a = document.activeElement; return a.id || a.className || a.tagName; }));
  }
  assert(stops[0] === "skip-link" && stops[1] === "settings-toggle", "the first Tab stops: " + stops.join(", "));
});

test("the could-not-load notice takes its own space at 390x844 and 300 percent, and can be closed", async ({ context, baseUrl, watch, problems }) => {
  await context.route("**/catalogue.txt", (route) => route.abort());
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
  await settle(page);
  await page.evaluate(() => document.getElementById("button-0").focus());
  await page.keyboard.press("Enter");  // Start now
  await page.waitForSelector("#catalogue-notice", { timeout: 10000 });
  await settle(page);
  const top = await page.evaluate(() => document.getElementById("catalogue-notice").getBoundingClientRect().top);
  const canvas = await page.evaluate(() => document.getElementById("redress-canvas").getBoundingClientRect().bottom);
  assert(Math.abs(canvas - top) < 2, `the canvas ends at ${canvas}, the notice starts at ${top}`);
  await page.keyboard.press("Shift+Tab");  // back from Try again to the page
  const start = await focusAndFind(page, "button-0");
  assert(start.y + start.h <= top + 1, `Start now (${start.y}+${start.h}) is under the notice (${top})`);
  await shot(page, "catalogue-notice-390-300.png");
  // The HTML view: the page scrolls clear of it.
  await page.evaluate(() => window.redress.changeSetting("view", "html"));
  await page.evaluate(() => { document.getElementById("page-heading").focus(); window.scrollTo(0, 0); document.getElementById("button-0").focus(); });
  const html = await page.evaluate(() => document.getElementById("button-0").getBoundingClientRect().bottom);
  assert(html <= top + 1, `in the HTML view Start now ends at ${html}, under the notice at ${top}`);
  // Closed by its Close button; focus goes back where it was.
  await page.evaluate(() => document.getElementById("catalogue-retry").focus());
  await page.keyboard.press("Tab");
  assert(await focusedId(page) === "catalogue-notice-close", "no Close after Try again: " + await focusedId(page));
  await page.keyboard.press("Enter");
  assert(await page.locator("#catalogue-notice").count() === 0, "Close did not close the notice");
  assert(await focusedId(page) === "button-0", "focus went to " + await focusedId(page));
  await page.evaluate(() => window.redress.changeSetting("view", "canvas"));
  await sleep(200);
  assert(await page.evaluate(() => document.getElementById("redress-canvas").getBoundingClientRect().bottom) === 844,
         "the canvas did not get its space back");
  dropBlockedFetches(problems);
});

// ---- 4. Display settings across reloads; storage that keeps nothing ---------------------------
test("text size, contrast and view are kept for the tab across a reload, without Remember", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.evaluate(() => {
    window.redress.changeSetting("text-size", "2");
    window.redress.changeSetting("contrast", "high");
    window.redress.changeSetting("view", "html");
  });
  await page.reload();
  await ready(page);
  const s = await page.evaluate(() => window.redress.settings());
  assert(s.textScale === 2 && s.highContrast && s.view === "html" && !s.remember, "after a reload: " + JSON.stringify(s));
  assert(await page.evaluate(() => localStorage.getItem("redress-settings")) === null, "kept on the device without Remember");
});

for (const [how, init] of [
  ["full", () => { Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); }; }],
  ["blocked", () => {
    for (const name of ["localStorage", "sessionStorage"])
      Object.defineProperty(window, name, { get() { throw new DOMException("blocked", "SecurityError"); } });
  }],
]) {
  test(`storage ${how}: a warning read out at once, and Remember says why it is off`, async ({ context, baseUrl, watch }) => {
    const page = await openWith(context, baseUrl, watch, init);
    const said = await page.locator("#storage-notice [role=alert]").textContent();
    assert(said.includes("not letting Redress keep") && said.includes("reloading"), "the warning: " + said);
    await page.evaluate(() => window.redress.changeSetting("panel", "open"));
    await page.evaluate(() => window.redress.changeSetting("remember", "yes"));
    const box = await page.evaluate(() => {
      const b = document.getElementById("setting-remember");
      return { checked: b.checked, disabled: b.disabled, why: (document.getElementById(b.getAttribute("aria-describedby")) || {}).textContent };
    });
    assert(!box.checked && box.disabled && /not letting/.test(box.why || ""), "Remember: " + JSON.stringify(box));
    await shot(page, "storage-" + how + ".png");
  });
}

// ---- 5. Presses while the policies could not load -------------------------------------------
test("presses made while the policies could not load are not replayed; a failed retry says so", async ({ context, baseUrl, watch, problems }) => {
  let blocked = true;
  await context.route("**/catalogue.txt", (route) => (blocked ? route.abort() : route.continue()));
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await tabTo(page, "button-0");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#catalogue-notice [role=alert]", { timeout: 10000 });
  const first = await page.locator("#catalogue-notice [role=alert]").textContent();
  // The reader presses Start now twice more, on the canvas and in the layer.
  await page.evaluate(() => window.redress.onCanvasAction('{"type":"continue"}', "button-0"));
  await page.evaluate(() => document.getElementById("button-0").click());
  await page.waitForFunction((t) => document.querySelector("#catalogue-notice [role=alert]").textContent !== t, first, { timeout: 10000 });
  // Try again, still offline: it says so.
  await page.evaluate(() => document.getElementById("catalogue-retry").focus());
  const before = await page.locator("#catalogue-notice [role=alert]").textContent();
  await page.keyboard.press("Enter");
  await page.waitForFunction((t) => { const n = document.querySelector("#catalogue-notice [role=alert]"); return n && n.textContent !== t; },
                             before, { timeout: 10000 });
  const again = await page.locator("#catalogue-notice [role=alert]").textContent();
  assert(/still/i.test(again), "a failed retry says: " + again);
  blocked = false;
  await page.evaluate(() => document.getElementById("catalogue-retry").click());
  await page.waitForFunction(() => window.redress.view().page === "who", null, { timeout: 10000 });
  await sleep(500);
  const v = await view(page);
  assert(v.page === "who" && v.errors.length === 0, "after the load: " + v.page + ", errors " + JSON.stringify(v.errors));
  dropBlockedFetches(problems);
});

// ---- 6. Smaller items -------------------------------------------------------------------------
test("decorative marks are not read in buttons' names; buttons have an edge in forced colours; a new page is read once", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  const toggle = await page.getByRole("button", { name: "Text size and display", exact: true }).count();
  assert(toggle === 1, "the settings button's name has more than its words");
  await page.evaluate(() => window.redress.changeSetting("panel", "open"));
  assert(await page.getByRole("button", { name: "100%", exact: true }).count() === 1, "the chosen text size's name has the tick");
  await page.emulateMedia({ forcedColors: "active" });
  await page.evaluate(() => window.redress.changeSetting("view", "html"));
  const edge = await page.evaluate(() => getComputedStyle(document.getElementById("button-0")).borderTopWidth);
  assert(parseFloat(edge) >= 1, "Start now has no edge in forced colours: " + edge);
  await page.emulateMedia({ forcedColors: "none" });
  // A new page: its heading takes focus (and is read); the live region does not say it again.
  await page.evaluate(() => document.getElementById("button-0").click());
  await page.waitForFunction(() => window.redress.view().page === "who", null, { timeout: 10000 });
  await sleep(300);
  const heading = (await view(page)).heading;
  const announced = await page.evaluate(() => document.getElementById("announcer").textContent);
  assert(!announced.includes(heading), "the new page was announced as well as focused: " + announced);
});

// Words the HTML view breaks across lines although they would fit on one line of the page's
// column: "Continue" in a button whose padding grew with the text, a hint indented by 3 rem.
async function brokenWords(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.getElementById("layer"), NodeFilter.SHOW_TEXT);
    const probe = document.createElement("span");
    probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el.offsetParent && getComputedStyle(el).position !== "fixed") continue;
      const re = /\S+/g; let m;
      while ((m = re.exec(n.data))) {
        const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
        if (tops.size < 2) continue;
        const cs = getComputedStyle(el);
        probe.style.font = cs.font; probe.style.letterSpacing = cs.letterSpacing;
        probe.textContent = m[0];
        el.appendChild(probe);
        const word = probe.getBoundingClientRect().width;
        probe.remove();
        const box = document.getElementById("main").clientWidth;
        if (word <= box) out.push(`${m[0]} (${Math.round(word)} px in ${Math.round(box)} px, ${el.tagName.toLowerCase()}.${el.className})`);
      }
    }
    return out;
  });
}

test("the HTML view at 390 px and 300 percent breaks no word that fits on a line of the column", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => { window.redress.changeSetting("view", "html"); window.redress.changeSetting("text-size", "3"); });
  const broken = [];
  for (let step = 0; step < 6; step++) {
    await sleep(200);
    const v = await view(page);
    for (const w of await brokenWords(page)) broken.push(v.page + ": " + w);
    const f = v.fields[0];
    await page.evaluate(async (f) => {
      if (f && f.options && f.options.length) await window.redress.dispatch({ type: "answer", field: f.id, value: f.options[0].value });
      await window.redress.dispatch({ type: "continue" });
    }, f);
  }
  assert(broken.length === 0, "broken mid-word: " + broken.join("; "));
});

test("a case file too big to use is said on screen as well as read out", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  const chooser = page.waitForEvent("filechooser");
  await page.evaluate(() => window.redress.dispatch({ type: "import" }));
  await (await chooser).setFiles({ name: "case.json", mimeType: "application/json", buffer: Buffer.alloc(8 * 1024 * 1024 + 1, 32) });
  await page.waitForSelector("#import-notice [role=alert]", { timeout: 5000 });
  assert(await page.locator("#import-notice").isVisible(), "the message is not on screen");
});

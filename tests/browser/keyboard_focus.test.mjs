// Beyond axe (issue 22), with real key presses, emulated forced colours and screenshots:
// - on the canvas, the keys a browser scrolls a page with scroll the drawn page, the wheel
//   scrolls the way the browser does, and the focused control is always brought into view;
// - the HTML view's text fields keep the width CSS gives them (the canvas writes nothing on them);
// - focus shows in every theme: in high contrast a focused Continue differs from an unfocused one,
//   and in forced colours every focused control keeps a real outline, and chosen settings show
//   more than colour;
// - Escape leaves focus where it was; the error summary is an alert, announced once, in view.
import path from "node:path";
import { test, openApp, assert, artifactsDir, settle, focusedId, view, tabTo, drawn } from "./harness.mjs";
import { STORIES, walk } from "./stories.mjs";

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
const layout = drawn;

async function toPage(page, id) {
  await walk(page, STORIES[0], async (v) => { if (v.page === id) throw Object.assign(new Error("there"), { there: true }); })
    .catch((e) => { if (!e.there) throw e; });
  assert((await view(page)).page === id, "did not reach " + id);
  await settle(page);
}

async function inContext(browser, options, fn) {
  const context = await browser.newContext(options);
  try { await fn(context); } finally { await context.close(); }
}

test("on the canvas, PageDown, Space, End, Home and the arrows scroll the result page, and the wheel scrolls down", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await toPage(page, "result");
  assert(await focusedId(page) === "page-heading", "the heading does not have focus");
  const before = await page.screenshot();
  await page.keyboard.press("PageDown");
  await settle(page);
  assert(!(await page.screenshot()).equals(before), "PageDown did not move the page");
  const y = async () => (await layout(page))["page-heading"].y;
  let at = await y();
  await page.keyboard.press("Home");
  await settle(page);
  const top = await y();
  const height = page.viewportSize().height;
  assert(Math.abs((top - at) - height * 0.875) < 2, `PageDown moved the page by ${top - at} px, not ${height * 0.875}`);
  // Every piece of the page's reading content comes into view as the reader keeps scrolling.
  const seen = new Set();
  await page.keyboard.press("Home");
  await settle(page);
  for (let i = 0; i < 40; i++) {
    for (const [id, r] of Object.entries(await layout(page))) if (r.y >= 0 && r.y + r.h <= height) seen.add(id);
    const last = await y();
    await page.keyboard.press("Space");
    await settle(page);
    if (await y() === last) break;
  }
  const content = Object.keys(await layout(page)).filter((id) => id.startsWith("block-"));
  const unseen = content.filter((id) => !seen.has(id));
  assert(content.length > 5 && unseen.length === 0, "never scrolled into view: " + unseen.join(", "));
  await page.keyboard.press("Home");
  await settle(page);
  assert(await y() === top, "Home did not go back to the top: " + await y());
  at = await y();
  await page.keyboard.press("ArrowDown");
  await settle(page);
  assert(Math.abs((at - await y()) - 40) < 2, "ArrowDown did not scroll 40 px");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await settle(page);
  const last = (await layout(page))["button-0"];
  assert(last.y + last.h <= height, "End did not show the last button");
  await page.keyboard.press("Shift+Space");
  await settle(page);
  assert((await layout(page))["button-0"].y > height, "Shift+Space did not scroll up");
  await page.keyboard.press("Home");
  await settle(page);
  // The wheel: down moves the page's content up, by the browser's amount.
  at = await y();
  await page.mouse.move(500, 400);
  await page.mouse.wheel(0, 300);
  await settle(page);
  assert(Math.abs((at - await y()) - 300) < 2, `a 300 px downward wheel moved the heading from ${at} to ${await y()}`);
});

// Tab from the heading to the end of a long page on a phone at 300 percent: each control in turn
// is drawn inside the screen (or, when taller than it, from its top).
test("at 300 percent on a phone, each control Tab reaches on the result page is brought into view", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true }, async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
    await toPage(page, "result");
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      await settle(page);
      const id = await focusedId(page);
      const r = (await layout(page))[id];
      assert(r, "no drawn box for the focused #" + id);
      const inside = r.y >= -1 && (r.y + r.h <= 845 || r.y < 40);
      assert(inside, `#${id} is drawn at y ${r.y}..${r.y + r.h}, off a 844 px screen`);
      if (id === "button-1") break;
    }
  });
});

// The HTML view is laid out by CSS alone: a focused field keeps its width.
for (const [name, options] of [["320 CSS px", { viewport: { width: 320, height: 640 } }],
  ["200 percent zoom", { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
  ["400 percent zoom", { viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 }]]) {
  test(`in the HTML view at ${name}, a focused text field is as wide as its label column`, async ({ browser, baseUrl, watch }) => {
    await inContext(browser, options, async (context) => {
      const page = await openApp(context, baseUrl, watch);
      await ready(page);
      await page.evaluate(() => window.redress.changeSetting("view", "html"));
      await toPage(page, "event-date");
      const widths = async (id, column) => page.evaluate(([i, c]) => {
        const input = document.getElementById(i);
        return { input: input.getBoundingClientRect().width, column: input.closest(c).getBoundingClientRect().width,
                 style: input.getAttribute("style") || "" };
      }, [id, column]);
      await tabTo(page, "issue.event_date.year");
      await settle(page);
      let w = await widths("issue.event_date.year", ".date-item");
      assert(w.input >= w.column - 1 && !w.style, `the focused Year box is ${w.input} px in a ${w.column} px column (style "${w.style}")`);
      await toPage(page, "your-details");
      await tabTo(page, "complainant.name");
      await settle(page);
      w = await widths("complainant.name", ".field");
      assert(w.input >= w.column - 1 && !w.style, `the focused name box is ${w.input} px in a ${w.column} px column (style "${w.style}")`);
    });
  });
}

// Pixels just outside `r` (CSS px) that differ between two screenshots, as a share of that band.
async function bandChange(page, a, b, r, band = 4) {
  return page.evaluate(async ([pa, pb, r, band]) => {
    const decode = async (png) => {
      const img = new Image();
      img.src = "data:image/png;base64," + png;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height);
    };
    const [ia, ib] = [await decode(pa), await decode(pb)];
    const scale = ia.width / window.innerWidth;
    let total = 0, changed = 0;
    for (let y = Math.floor((r.y - band) * scale); y < (r.y + r.h + band) * scale; y++) {
      for (let x = Math.floor((r.x - band) * scale); x < (r.x + r.w + band) * scale; x++) {
        const inside = x >= r.x * scale && x < (r.x + r.w) * scale && y >= r.y * scale && y < (r.y + r.h) * scale;
        if (inside || x < 0 || y < 0 || x >= ia.width || y >= ia.height) continue;
        const i = (y * ia.width + x) * 4;
        total++;
        if (Math.abs(ia.data[i] - ib.data[i]) + Math.abs(ia.data[i + 1] - ib.data[i + 1]) + Math.abs(ia.data[i + 2] - ib.data[i + 2]) > 60) changed++;
      }
    }
    return changed / Math.max(1, total);
  }, [a.toString("base64"), b.toString("base64"), r, band]);
}

test("in high contrast, a focused Continue differs visibly from an unfocused one, in both views", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.evaluate(() => { window.redress.changeSetting("contrast", "high"); window.redress.changeSetting("panel", "closed"); });
  await toPage(page, "landlord");
  for (const mode of ["canvas", "html"]) {
    await page.evaluate((m) => window.redress.changeSetting("view", m), mode);
    await page.evaluate(() => document.getElementById("page-heading").focus());
    await settle(page);
    const r = await page.evaluate(() => {
      const b = document.getElementById("button-0").getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    });
    const unfocused = await page.screenshot();
    await tabTo(page, "button-0");
    await settle(page);
    const focused = await page.screenshot();
    await page.screenshot({ path: path.join(artifactsDir, `focus-high-contrast-${mode}.png`) });
    const share = await bandChange(page, unfocused, focused, r);
    assert(share > 0.5, `${mode}: only ${Math.round(share * 100)}% of the band around the focused Continue ${JSON.stringify(r)} changed`);
    // "Clear my answers" keeps its own fill when focused: it never looks like Continue.
    await tabTo(page, "button-1");
    await settle(page);
    const c = await page.evaluate(() => document.getElementById("button-1").getBoundingClientRect().toJSON());
    const shot = await page.screenshot({ clip: { x: c.x + c.width / 2 - 2, y: c.y + 4, width: 4, height: 4 } });
    const centre = await page.evaluate(async (png) => {
      const img = new Image();
      img.src = "data:image/png;base64," + png;
      await img.decode();
      const cv = new OffscreenCanvas(img.width, img.height);
      cv.getContext("2d").drawImage(img, 0, 0);
      return Array.from(cv.getContext("2d").getImageData(0, 0, 1, 1).data.slice(0, 3));
    }, shot.toString("base64"));
    assert(!(centre[0] > 200 && centre[1] > 200 && centre[2] < 80), `${mode}: the focused Clear my answers is filled yellow, like Continue: ${centre}`);
  }
});

// A letter's preview takes focus (to be read by a screen reader, or scrolled with the keys): on
// the canvas its focus ring shows, as every control's does.
test("on the canvas, a focused letter preview shows its focus ring and is brought into view", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await toPage(page, "documents");
  const id = (await view(page)).documents[0].kind;
  await tabTo(page, `doc-${id}-preview`);
  await settle(page);
  const r = (await layout(page))[`doc-${id}-preview`];
  assert(r.y >= 0 && r.y < page.viewportSize().height, "the focused preview is not on the screen: " + JSON.stringify(r));
  const focused = await page.screenshot();
  await page.evaluate(() => document.activeElement.blur());
  await settle(page);
  const share = await bandChange(page, await page.screenshot(), focused, r);
  assert(share > 0.5, `only ${Math.round(share * 100)}% of the band around the focused preview changed`);
});

test("in forced colours, every focused control keeps an outline, and chosen settings show a tick", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await page.emulateMedia({ forcedColors: "active" });
  await page.evaluate(() => { window.redress.changeSetting("view", "html"); window.redress.changeSetting("panel", "open"); });
  const checked = [];
  const tabAll = async () => {
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const here = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        const n = document.activeElement;
        if (!n || n === document.body) return null;
        const s = getComputedStyle(n);
        return { id: n.id || n.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (!f || here.has(f.id)) break;
      here.add(f.id);
      checked.push(f);
      assert(f.outline !== "none" && f.width > 0, `#${f.id} has no outline when focused in forced colours (${f.outline} ${f.width})`);
    }
  };
  for (const id of ["start", "who", "event-date", "result", "documents"]) {
    await toPage(page, id);
    await tabAll();
  }
  assert(checked.length > 20, "only " + checked.length + " controls checked");
  const ticks = await page.evaluate(() => [...document.querySelectorAll(".setting")].map((b) =>
    [b.getAttribute("aria-pressed"), getComputedStyle(b, "::before").content]));
  for (const [pressed, content] of ticks)
    assert((pressed === "true") === (content !== "none" && content !== "normal"), `a setting pressed=${pressed} shows ${content}`);
});

test("Escape leaves focus where it was, in a text box and on a radio, in canvas mode", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await toPage(page, "who");
  await tabTo(page, "representative.kind.none");
  await page.keyboard.press("Escape");
  assert(await focusedId(page) === "representative.kind.none", "Escape moved focus off the radio to " + (await focusedId(page) || "the body"));
  await toPage(page, "event-date");
  await tabTo(page, "issue.event_date.month");
  await page.keyboard.type("4");
  await page.keyboard.press("Escape");
  assert(await focusedId(page) === "issue.event_date.month", "Escape moved focus off the text box to " + (await focusedId(page) || "the body"));
});

test("the error summary is an alert, announced once, and brought into view on a small screen", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, { viewport: { width: 320, height: 256 } }, async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await toPage(page, "who");
    await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
    await tabTo(page, "button-0");
    await page.evaluate(() => { document.getElementById("announcer").textContent = ""; });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.redress.view().errors.length === 1);
    await page.waitForTimeout(200);  // the announcer fills a moment after it is emptied
    await settle(page);
    assert(await focusedId(page) === "error-summary", "the error summary does not have focus");
    assert(await page.locator("#error-summary [role=alert]").count() === 1, "the error summary has no alert role");
    const announced = await page.evaluate(() => document.getElementById("announcer").textContent);
    assert(!announced.includes("problem"), "the errors were announced a second time: " + announced);
    const r = (await layout(page))["error-summary"];
    assert(r && r.y >= 0 && r.y < 256 / 2, "the error summary is not in view: " + JSON.stringify(r));
    await page.screenshot({ path: path.join(artifactsDir, "error-summary-320x256-300.png") });
  });
});

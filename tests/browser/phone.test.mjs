// On a phone and at large text (issue 18), in Chromium at 390x844 and 320x640 CSS px (and 1280x900):
// - every page of the three stories opens with its heading in view and the settings closed, in
//   canvas mode and the HTML view, at 100 and 300 percent, by keyboard, pointer and touch;
// - the semantic layer lies over the pixels: each twin's box is the rectangle the app drew it in
//   (window.redress.layout()), and the heading's box is where its pixels are;
// - lines break at spaces, a word only when it is longer than the line, with a hyphen;
// - nothing drawn is off the screen or on top of another control;
// - the settings open and close from one button, remembered with the other settings.
// Screenshots of every page at 390 px, 100 and 300 percent, both views, go to build/test-artifacts.
import path from "node:path";
import { test, openApp, assert, artifactsDir, settle, focusedId, tabTo, drawn, wrapLog, textWidth } from "./harness.mjs";
import { STORIES, walk } from "./stories.mjs";

const PHONE = { deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.redressReady === "1");
const layout = drawn;

async function inContext(browser, options, fn) {
  const context = await browser.newContext(options);
  try { await fn(context); } finally { await context.close(); }
}

// The h1 when a page opens: all of it on the screen, or, taller than the screen, its top.
async function headingInView(page, where) {
  const r = await page.evaluate(() => {
    const b = document.querySelector("h1").getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, height: b.height, screen: window.innerHeight };
  });
  const inside = r.top >= -1 && (r.bottom <= r.screen + 1 || (r.height > r.screen && r.top <= 32));
  assert(inside, `${where}: the h1 is at ${Math.round(r.top)}..${Math.round(r.bottom)} on a ${r.screen} px screen`);
}

// Every twin lies over the rectangle its drawing was reported in (within 4 CSS px), and every
// element of the layer that says something has a drawing.
async function twinsOverDrawings(page, where) {
  const problems = await page.evaluate(() => {
    const found = [];
    for (const [id, [x, y, w, h]] of Object.entries(window.redress.layout())) {
      const d = { x, y, w, h };
      const node = document.getElementById(id);
      if (!node) { found.push(`${id} is drawn but has no twin`); continue; }
      const b = node.getBoundingClientRect();
      if (Math.max(Math.abs(b.x - d.x), Math.abs(b.y - d.y), Math.abs(b.width - d.w), Math.abs(b.height - d.h)) > 4)
        found.push(`${id}: twin at ${[b.x, b.y, b.width, b.height].map(Math.round)}, drawn at ${[d.x, d.y, d.w, d.h].map(Math.round)}`);
    }
    const speaking = "#layer :is(h1, h2, p, a, button, label, legend, li, dt, dd, pre, blockquote, input, textarea, .hint, .inset, .choice-divider, .setting-label)";
    for (const node of document.querySelectorAll(speaking)) {
      if (node.closest(".visually-hidden, .placed:not(#error-summary), [hidden], #status") && !node.classList.contains("placed")) continue;
      if (node.classList.contains("placed") || node.querySelector(".placed") || !node.textContent.trim() && node.tagName !== "INPUT") continue;
      found.push(`#${node.id || node.tagName.toLowerCase()} ("${node.textContent.trim().slice(0, 30)}") has no drawing under it`);
    }
    return found;
  });
  assert(problems.length === 0, where + ":\n    " + problems.slice(0, 8).join("\n    "));
}

// The heading's drawn rectangle is where its pixels are: the text-coloured pixels in its columns,
// from a little above it to a little below, all lie within it.
async function headingPixels(page, png, where) {
  const r = (await layout(page))["page-heading"];
  const rows = await page.evaluate(async ([png, r]) => {
    const img = new Image();
    img.src = "data:image/png;base64," + png;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const s = img.width / window.innerWidth;
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const dark = [];
    for (let y = Math.max(0, Math.floor((r.y - 16) * s)); y < Math.min(img.height, (r.y + r.h + 16) * s); y++) {
      for (let x = Math.floor(r.x * s); x < Math.min(img.width, (r.x + r.w) * s); x++) {
        const i = (y * img.width + x) * 4;
        if (data[i] < 40 && data[i + 1] < 40 && data[i + 2] < 40) { dark.push(y / s); break; }
      }
    }
    return dark;
  }, [png.toString("base64"), r]);
  assert(rows.length > 0, `${where}: no heading pixels in its drawn rectangle ${JSON.stringify(r)}`);
  const outside = rows.filter((y) => y < r.y - 4 || y > r.y + r.h + 4);
  assert(outside.length === 0, `${where}: heading pixels at y ${outside[0]} outside its drawn rectangle ${Math.round(r.y)}..${Math.round(r.y + r.h)}`);
}

for (const [width, height] of [[390, 844], [320, 640]]) {
  for (const scale of ["1", "3"]) {
    for (const mode of ["canvas", "html"]) {
      const name = `${width}x${height}, ${Number(scale) * 100} percent, ${mode === "canvas" ? "canvas" : "HTML view"}`;
      test(`on a phone (${name}), every page of the three stories opens with its heading in view and the settings closed`, async ({ browser, baseUrl, watch }) => {
        for (const story of STORIES) {
          await inContext(browser, Object.assign({ viewport: { width, height } }, PHONE), async (context) => {
            const page = await openApp(context, baseUrl, watch);
            await ready(page);
            assert(await page.evaluate(() => document.getElementById("settings-toggle").getAttribute("aria-expanded")) === "false",
                   "the settings are open by default on a phone");
            // The reader's settings, remembered: the first page then opens with them, as it would on a later visit.
            await page.evaluate(([s, m]) => {
              window.redress.changeSetting("remember", "yes");
              window.redress.changeSetting("text-size", s);
              window.redress.changeSetting("view", m);
            }, [scale, mode]);
            await page.reload();
            await ready(page);
            let n = 0;
            await walk(page, story, async (v) => {
              await settle(page);
              const where = `${story.name}, page ${v.page}`;
              if (v.page !== "start") assert(await focusedId(page) === "page-heading", where + ": the heading does not have focus");
              await headingInView(page, where);
              const png = await page.screenshot();
              if (width === 390)
                await page.screenshot({ path: path.join(artifactsDir, `phone-390-${Number(scale) * 100}-${mode}-${story.name}-${String(n).padStart(2, "0")}-${v.page}.png`) });
              n++;
              if (mode === "canvas") {
                await twinsOverDrawings(page, where);
                await headingPixels(page, png, where);
              }
            });
          });
        }
      });
    }
  }
}

// The same page opened each way a reader opens it; Back returns to the top too.
test("at 300 percent on a phone, a page opened by keyboard, pointer or touch, or by Back, opens at its top", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, Object.assign({ viewport: { width: 390, height: 844 } }, PHONE), async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await page.evaluate(() => window.redress.changeSetting("text-size", "3"));
    const opened = async (id, how) => {
      await page.waitForFunction((i) => window.redress.view().page === i, id, { timeout: 5000 });
      await settle(page);
      await headingInView(page, `${id} opened by ${how}`);
      const l = await layout(page);
      // At its top: the page's first line is showing, unless the heading needs the room, and
      // then scrolled no further than it needs.
      const h = l["page-heading"];
      assert(l["site-name"].y >= 0 || h.y <= 32 || h.y + h.h >= 844 - 40, `${id} opened by ${how} is not at its top`);
    };
    // Where to press `id`: on the screen, scrolled to with Page Down as a reader would if it is
    // below (End would pass it: the footer of the site's own pages comes after the buttons).
    const reach = async (id) => {
      let r = (await layout(page))[id];
      for (let i = 0; i < 10 && r.y + r.h > 844; i++) {
        await page.keyboard.press("PageDown");
        await settle(page);
        r = (await layout(page))[id];
      }
      assert(r.y >= 0 && r.y + r.h <= 844, `#${id} is not on the screen to press: ${JSON.stringify(r)}`);
      return { x: r.x + r.w / 2, y: r.y + Math.min(r.h / 2, 20) };
    };
    await tabTo(page, "button-0");
    await page.keyboard.press("Enter");
    await opened("who", "keyboard");
    await tabTo(page, "back");
    await page.keyboard.press("Enter");
    await opened("start", "Back, by keyboard");
    let at = await reach("button-0");
    await page.mouse.click(at.x, at.y);
    await opened("who", "pointer");
    await page.evaluate(() => window.redress.dispatch({ type: "answer", field: "representative.kind", value: "none" }));
    at = await reach("button-0");
    await page.touchscreen.tap(at.x, at.y);
    await opened("landlord", "touch");
    at = await reach("back");
    await page.touchscreen.tap(at.x, at.y);
    await opened("who", "Back, by touch");
  });
});

// What a phone screen reader finds under a finger (explore by touch) and where a magnifier that
// follows focus looks: the element the browser finds at a point of the drawn control, through the
// invisible layer (pointer-events: none is the canvas's, not assistive technology's), is its twin.
test("exploring by touch finds, under the finger, the twin of what is drawn there", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, Object.assign({ viewport: { width: 390, height: 844 } }, PHONE), async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await page.evaluate(() => window.redress.dispatch({ type: "continue" }));
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.getDocument", { depth: 0 });
    const under = async (x, y) => {
      const { backendNodeId } = await cdp.send("DOM.getNodeForLocation", { x: Math.round(x), y: Math.round(y), ignorePointerEventsNone: true });
      const { object } = await cdp.send("DOM.resolveNode", { backendNodeId });
      const { result } = await cdp.send("Runtime.callFunctionOn", { objectId: object.objectId, returnByValue: true,
        functionDeclaration: "function () { const n = this.nodeType === 3 ? this.parentElement : this; return n.id || n.tagName; }" });
      return result.value;
    };
    const boxes = await layout(page);
    const checked = [];
    for (const id of ["page-heading", "representative.kind.none-label", "representative.kind.friend-label", "back", "settings-toggle"]) {
      const r = boxes[id];
      assert(r && r.y >= 0 && r.y + r.h <= 844, `#${id} is not on the screen: ${JSON.stringify(r)}`);
      const found = await under(r.x + Math.min(r.w / 2, 20), r.y + r.h / 2);
      assert(found === id, `under the finger at #${id}'s drawing is #${found}`);
      checked.push(id);
    }
    // The radio's mark, left of its label: the radio itself.
    const mark = boxes["representative.kind.friend"];
    assert(await under(mark.x + 5, mark.y + mark.h / 2) === "representative.kind.friend", "the radio's mark does not find the radio");
  });
});

// Lines break at spaces; a word is cut only when it alone is wider than the line, with a hyphen.
test("at 300 percent on a 390 px phone, no word is broken inside itself unless longer than the line", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, Object.assign({ viewport: { width: 390, height: 844 } }, PHONE), async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await page.evaluate(() => { window.redress.changeSetting("text-size", "3"); window.redress.changeSetting("panel", "open"); });
    let texts = 0;
    const problems = [];
    await walk(page, STORIES[2], async (v) => {
      for (const entry of await wrapLog(page)) {
        texts++;
        let rest = entry.text;
        entry.lines.forEach(([line, hyphen], i) => {
          const at = rest.indexOf(line);
          const before = rest.slice(0, at);
          rest = rest.slice(at + line.length);
          if (i > 0 && at > 0 && before.trim() !== "") problems.push(`${v.page}: a line lost text: "${before}"`);
          const next = entry.lines[i + 1];
          if (!next) return;
          const brokeAtSpace = /^[ \n]/.test(rest) || line.endsWith("-") && !hyphen;
          if (!brokeAtSpace && !hyphen) problems.push(`${v.page}: "${line}" / "${next[0]}" broken inside a word without a hyphen`);
          if (hyphen) entry.cut = (entry.cut || []).concat([[line, rest]]);
        });
        for (const [line, rest] of entry.cut || []) {
          const word = line.split(" ").pop() + rest.split(/[ \n]/)[0];
          const wide = await textWidth(page, word, entry.font);
          if (wide <= entry.width) problems.push(`${v.page}: "${word}" (${Math.round(wide)} px) was broken in a ${entry.width} px line`);
        }
      }
    });
    assert(texts > 100, "only " + texts + " texts were wrapped");
    assert(problems.length === 0, problems.slice(0, 10).join("\n    "));
  });
});

// Controls drawn on the screen and apart, at every text size, on phones and a desktop.
for (const [width, height, scales] of [[320, 640, ["1", "1.5", "2", "3"]], [390, 844, ["1", "1.5", "2", "3"]], [1280, 900, ["1", "3"]]]) {
  test(`at ${width}x${height}, at ${scales.map((s) => s * 100).join(", ")} percent, nothing drawn is off the screen or on another control`, async ({ browser, baseUrl, watch }) => {
    await inContext(browser, { viewport: { width, height }, deviceScaleFactor: width < 1000 ? 2 : 1 }, async (context) => {
      const page = await openApp(context, baseUrl, watch);
      await ready(page);
      await page.evaluate(() => window.redress.changeSetting("panel", "open"));
      for (const scale of scales) {
        await page.evaluate((s) => window.redress.changeSetting("text-size", s), scale);
        await page.evaluate(() => window.redress.dispatch({ type: "start-again" }));
        await walk(page, STORIES[2], async (v) => {
          await settle(page);
          const problems = await page.evaluate((w) => {
            const found = [];
            const boxes = Object.entries(window.redress.layout()).map(([id, [x, y, w, h, font]]) => [id, { x, y, w, h, font }]);
            const panels = /^(error-summary|doc-.*-preview)$/;
            for (const [id, b] of boxes) {
              if (b.x < -0.5 || b.x + b.w > w + 0.5) found.push(`${id} at x ${Math.round(b.x)}..${Math.round(b.x + b.w)}`);
              if (b.w < 1 || b.h < 1) found.push(`${id} is ${b.w}x${b.h}`);
            }
            const controls = boxes.filter(([id, b]) => b.font < 0 && !panels.test(id) && !id.endsWith("-label"));
            for (let i = 0; i < controls.length; i++)
              for (let j = i + 1; j < controls.length; j++) {
                const [a, b] = [controls[i][1], controls[j][1]];
                if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5)
                  found.push(`${controls[i][0]} and ${controls[j][0]} overlap`);
              }
            return found;
          }, width);
          assert(problems.length === 0, `${v.page} at ${scale * 100}%: ` + problems.slice(0, 6).join("; "));
        });
        await page.evaluate(() => window.redress.changeSetting("panel", "closed"));
      }
    });
  });
}

test("the settings open and close from one button, by keyboard and touch, remembered with the others; closed on a phone, open on a wide screen", async ({ browser, baseUrl, watch }) => {
  await inContext(browser, Object.assign({ viewport: { width: 390, height: 844 }, colorScheme: "dark" }, PHONE), async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    const state = () => page.evaluate(() => ({
      expanded: document.getElementById("settings-toggle").getAttribute("aria-expanded"),
      hidden: document.getElementById("settings").hidden,
      drawn: !!window.redress.layout()["setting-text-size-100%"],
      contrast: document.documentElement.dataset.contrast,
    }));
    await settle(page);
    let s = await state();
    assert(s.expanded === "false" && s.hidden && !s.drawn, "the settings are open on a phone: " + JSON.stringify(s));
    assert(s.contrast === "high", "a dark colour scheme no longer gives high contrast on the first visit");
    await tabTo(page, "settings-toggle");
    await page.keyboard.press("Enter");
    await settle(page);
    s = await state();
    assert(s.expanded === "true" && !s.hidden && s.drawn, "Enter did not open the settings: " + JSON.stringify(s));
    assert(await focusedId(page) === "settings-toggle", "focus left the settings button");
    await page.keyboard.press("Space");
    await settle(page);
    assert((await state()).expanded === "false", "Space did not close the settings");
    const toggle = (await layout(page))["settings-toggle"];
    await page.touchscreen.tap(toggle.x + toggle.w / 2, toggle.y + toggle.h / 2);
    await settle(page);
    assert((await state()).drawn, "a tap did not open the settings");
    await page.screenshot({ path: path.join(artifactsDir, "settings-open-390-high-contrast.png") });
    const remember = (await layout(page))["setting-remember"];
    await page.touchscreen.tap(remember.x + remember.w / 2, remember.y + remember.h / 2);
    await page.waitForFunction(() => window.redress.settings().remember);
    await page.reload();
    await ready(page);
    await settle(page);
    assert((await state()).expanded === "true", "the open settings were not remembered");
  });
  await inContext(browser, { viewport: { width: 1280, height: 900 } }, async (context) => {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    assert(await page.evaluate(() => document.getElementById("settings-toggle").getAttribute("aria-expanded")) === "true",
           "the settings are closed on a wide screen");
    await page.evaluate(() => window.redress.dispatch({ type: "continue" }));
    await settle(page);
    await headingInView(page, "who, 1280x900 with the settings open");
    await page.screenshot({ path: path.join(artifactsDir, "settings-open-1280.png") });
  });
});

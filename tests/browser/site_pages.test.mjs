// The pages a public service carries (issue 33): the footer on every page in both views, at
// 390x844 and 1280x900, 100 and 300 percent text, with screenshots; its links followed by keyboard,
// by a pointer and a tap on the canvas and by assistive technology; each page opens, has one h1, passes axe,
// reflows at 320 px and prints; and the privacy page's "Delete everything this site keeps on this
// device" asks first, then leaves no storage, cache, database or service worker.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { test, openApp, assert, sleep, settle, tabTo, drawn, artifactsDir } from "./harness.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const FOOTER = ["footer-advice", "footer-sources", "footer-privacy", "footer-accessibility"];
const PAGES = ["advice.html", "sources.html", "privacy.html", "accessibility.html"];
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.redressReady === "1", null, { timeout: 30000 });

async function axe(page, where) {
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  const problems = result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  assert(problems.length === 0, `axe on ${where}:\n    ` + problems.join("\n    "));
}

// Scrolls the page to its end, as a reader would with End (the canvas) or the browser (the HTML view).
async function toEnd(page) {
  await page.evaluate(() => document.getElementById("main").focus());
  await page.keyboard.press("End");
  await page.evaluate(() => { window.scrollTo(0, document.documentElement.scrollHeight); document.activeElement.blur(); });
  await settle(page);
}

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`the footer at ${width}x${height}, 100 and 300 percent, canvas and HTML view`, async ({ browser, baseUrl, watch, problems }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    try {
      const page = await openApp(context, baseUrl, watch);
      await ready(page);
      for (const view of ["canvas", "html"]) {
        for (const scale of ["1", "3"]) {
          await page.evaluate(([v, s]) => { window.redress.changeSetting("view", v); window.redress.changeSetting("text-size", s); }, [view, scale]);
          await settle(page);
          await toEnd(page);
          const where = `${view} view, ${width} px, text ${scale}00%`;
          let boxes = view === "canvas" ? await drawn(page) : {};
          for (const id of FOOTER) {
            // At 300 percent on a phone the footer is taller than the screen: a link below or above
            // it is brought into view by focusing it, as Tab would.
            const measure = () => page.evaluate((i) => {
              const b = document.getElementById(i).getBoundingClientRect();
              return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, w: innerWidth, h: innerHeight,
                       href: document.getElementById(i).getAttribute("href") };
            }, id);
            let r = await measure();
            const box0 = boxes[id];
            const onScreen = view === "canvas" ? box0 && box0.y >= 0 && box0.y + box0.h <= height + 1 : r.top >= -1 && r.bottom <= r.h + 1;
            if (!onScreen) {
              await page.evaluate((i) => document.getElementById(i).focus(), id);
              await settle(page);
              if (view === "canvas") boxes = await drawn(page);
              r = await measure();
            }
            assert(r.href && r.href.endsWith(".html"), `${id} has no page to go to (${where})`);
            if (process.env.REDRESS_DEBUG) console.log(where, id, JSON.stringify(r), JSON.stringify(boxes[id]));
            if (view === "canvas") {
              const box = boxes[id];
              assert(box, `${id} is not drawn on the canvas (${where})`);
              assert(box.y >= 0 && box.y + box.h <= height + 1 && box.x >= 0 && box.x + box.w <= width + 1,
                     `${id} is drawn off the screen (${where}): ${JSON.stringify(box)}`);
              assert(Math.abs(r.top - box.y) <= 4 && Math.abs(r.left - box.x) <= 4, `${id}'s twin is not over its drawing (${where})`);
            } else {
              assert(r.top >= -1 && r.bottom <= r.h + 1 && r.right <= r.w + 1, `${id} is not on the screen (${where}): ${JSON.stringify(r)}`);
            }
          }
          await toEnd(page);
          await page.screenshot({ path: path.join(artifactsDir, `footer-${view}-${width}-${scale}00.png`) });
        }
      }
      if (problems.length) throw new Error(problems.join("; "));
    } finally {
      await context.close();
    }
  });
}

test("a footer link opens its page by keyboard, by a pointer on the canvas, and as assistive technology does", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  // Keyboard: Tab reaches the link (the canvas draws its focus ring and brings it into view), Enter follows it.
  await tabTo(page, "footer-privacy");
  await settle(page);
  const box = (await drawn(page))["footer-privacy"];
  assert(box && box.y >= 0 && box.y + box.h <= 768, "the focused footer link is not brought into view: " + JSON.stringify(box));
  await Promise.all([page.waitForURL(/privacy\.html$/), page.keyboard.press("Enter")]);
  assert(await page.locator("h1").textContent() === "Privacy", "Enter did not open the privacy page");
  // A pointer on the canvas: the drawn link, clicked where it is drawn.
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
  await ready(page);
  await toEnd(page);
  const advice = (await drawn(page))["footer-advice"];
  assert(advice, "the advice link is not drawn");
  await Promise.all([page.waitForURL(/advice\.html$/), page.mouse.click(advice.x + advice.w / 2, advice.y + advice.h / 2)]);
  assert(await page.locator("h1").textContent() === "Get free advice", "a click on the drawn link did not open the advice page");
  // Assistive technology: the link by its role and name (a screen reader's default action is a click on it).
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
  await Promise.all([page.waitForURL(/accessibility\.html$/),
                     page.getByRole("link", { name: "Accessibility statement" }).evaluate((a) => a.click())]);
  assert((await page.locator("h1").textContent()).startsWith("Accessibility statement"), "the statement did not open");
});

test("on a phone, a tap on a drawn footer link opens its page", async ({ browser, baseUrl, watch, problems }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const page = await openApp(context, baseUrl, watch);
    await ready(page);
    await toEnd(page);
    const box = (await drawn(page))["footer-sources"];
    assert(box && box.y >= 0 && box.y + box.h <= 844, "the sources link is not drawn on the screen at the page's end: " + JSON.stringify(box));
    await Promise.all([page.waitForURL(/sources\.html$/), page.touchscreen.tap(box.x + box.w / 2, box.y + box.h / 2)]);
    assert(await page.locator("h1").textContent() === "Where the rules come from", "a tap did not open the sources page");
    if (problems.length) throw new Error(problems.join("; "));
  } finally {
    await context.close();
  }
});

for (const name of PAGES) {
  test(`${name} opens with one h1, passes axe, reflows at 320 px and 300 percent, and prints`, async ({ browser, baseUrl, watch, problems }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      watch(page);
      const response = await page.goto(new URL(name, baseUrl).href, { waitUntil: "load" });
      assert(response.ok(), `${name}: HTTP ${response.status()}`);
      assert(await page.locator("h1").count() === 1, `${name} has not one h1`);
      assert(await page.locator("footer a").count() === 4, `${name} has not the footer's four links`);
      await axe(page, name);
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert(await sideways() <= 0, `${name} scrolls sideways at 320 px`);
      // The reader's own settings, as the app keeps them with "Remember on this device": 300 percent, high contrast.
      await page.evaluate(() => localStorage.setItem("redress-settings", JSON.stringify({ textScale: 3, highContrast: true, remember: true })));
      await page.reload({ waitUntil: "load" });
      assert(await page.evaluate(() => document.documentElement.dataset.contrast) === "high", `${name} did not follow high contrast`);
      assert(await sideways() <= 0, `${name} scrolls sideways at 320 px and 300 percent`);
      await axe(page, name + " in high contrast at 300 percent");
      await page.screenshot({ path: path.join(artifactsDir, `site-page-320-300-${name.replace(".html", "")}.png`) });
      await page.evaluate(() => localStorage.clear());
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload({ waitUntil: "load" });
      await page.screenshot({ path: path.join(artifactsDir, `site-page-1280-${name.replace(".html", "")}.png`) });
      // Printed: the heading and text, without the footer's links or buttons.
      await page.emulateMedia({ media: "print" });
      const printed = await page.evaluate(() => ({
        h1: document.querySelector("h1").checkVisibility() && document.querySelector("main").checkVisibility(),
        footer: getComputedStyle(document.querySelector("footer")).display,
      }));
      assert(printed.h1 && printed.footer === "none", `${name} does not print cleanly: ${JSON.stringify(printed)}`);
      const pdf = await page.pdf({ format: "A4" });
      assert(pdf.length > 5000, `${name} printed nothing (${pdf.length} bytes)`);
      if (problems.length) throw new Error(problems.join("; "));
    } finally {
      await context.close();
    }
  });
}

test("delete everything asks first, then leaves no storage, cache, database or service worker", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  // Something in each store: answers for the tab and, remembered, on the device; the worker's
  // cache; and a database, as the diary will keep.
  await page.evaluate(async () => {
    window.redress.changeSetting("remember", "yes");
    await window.redress.dispatch({ type: "continue" });
  });
  await page.waitForFunction(() => sessionStorage.length > 0 && localStorage.length > 0, null, { timeout: 30000 });
  await page.waitForFunction(async () => !!navigator.serviceWorker.controller && (await caches.keys()).length > 0, null, { timeout: 30000 });
  await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open("redress-diary", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("entries", { autoIncrement: true });
    open.onsuccess = () => {
      const tx = open.result.transaction("entries", "readwrite");
      tx.objectStore("entries").add({ text: "The landlord came round." });
      tx.oncomplete = () => { open.result.close(); done(); };
    };
    open.onerror = () => fail(open.error);
  }));
  const kept = () => page.evaluate(async () => ({
    session: sessionStorage.length, local: localStorage.length, caches: (await caches.keys()).length,
    databases: (await indexedDB.databases()).length, workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  await Promise.all([page.waitForURL(/privacy\.html$/), page.locator("#footer-privacy").evaluate((a) => a.click())]);
  const before = await kept();
  assert(before.session && before.local && before.caches && before.databases && before.workers,
         "expected something in every store before deleting: " + JSON.stringify(before));
  // It asks first: the button only asks; "No" keeps everything.
  await page.getByRole("button", { name: "Delete everything this site keeps on this device" }).click();
  assert(await page.evaluate(() => document.activeElement.id) === "delete-question", "the question does not take focus");
  assert(JSON.stringify(await kept()) === JSON.stringify(before), "the first press deleted something");
  await page.getByRole("button", { name: "No, keep everything" }).click();
  assert(JSON.stringify(await kept()) === JSON.stringify(before), "No deleted something");
  assert(await page.locator("#delete-confirm").isHidden(), "the question stays after No");
  await page.getByRole("button", { name: "Delete everything this site keeps on this device" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.deleted === "1", null, { timeout: 10000 });
  await sleep(200);
  const after = await kept();
  assert(Object.values(after).every((n) => n === 0), "something is left after deleting everything: " + JSON.stringify(after));
  assert((await page.locator("#delete-done").textContent()).startsWith("Everything Redress kept on this device has been deleted"),
         "no message that it is done");
  assert(await page.evaluate(() => document.activeElement.id) === "delete-done", "focus did not move to the message");
  await page.screenshot({ path: path.join(artifactsDir, "privacy-deleted.png") });
});

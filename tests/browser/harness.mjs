// A minimal test harness for the browser tests: Debian's Chromium driven by playwright-core.
// Each test gets a fresh page; any console error, page error or failed request fails it.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

export const artifactsDir = path.resolve(process.env.REDRESS_ARTIFACTS || "build/test-artifacts");

// Flags verified on this machine kind (docs/build.md): the closed network refuses Chromium's own
// background connections, and software WebGL (SwiftShader) stands in for a GPU.
const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
];

// Debian's Chromium with the flags above, and any more a test needs (such as no WebGL).
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.REDRESS_CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS.concat(extraArgs),
  });
}

const tests = [];
export function test(name, fn) { tests.push({ name, fn }); }

export async function run(baseUrl) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const browser = await launch();
  let passed = 0, failed = 0;
  // REDRESS_TEST_FILTER=words runs only the tests whose names contain them (while working on one).
  const only = process.env.REDRESS_TEST_FILTER;
  for (const t of tests.filter((x) => !only || x.name.includes(only))) {
    const problems = [];
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const watch = (page) => {
      page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
      page.on("pageerror", (e) => problems.push("page error: " + e.message));
      page.on("requestfailed", (r) => problems.push("request failed: " + r.url() + " " + (r.failure()?.errorText || "")));
      page.on("response", (r) => { if (r.status() >= 400) problems.push("HTTP " + r.status() + ": " + r.url()); });
    };
    try {
      await t.fn({ browser, context, baseUrl, watch, problems });
      if (problems.length) throw new Error(problems.join("; "));
      passed++;
      console.log("ok - " + t.name);
    } catch (error) {
      failed++;
      console.log("not ok - " + t.name + "\n  " + String(error && error.stack || error).split("\n").slice(0, 6).join("\n  "));
    } finally {
      await context.close();
    }
  }
  await browser.close();
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

// Opens the app and waits for its first frame.
export async function openApp(context, baseUrl, watch) {
  const page = await context.newPage();
  watch(page);
  await page.goto(baseUrl, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
  return page;
}

export function assert(condition, message) { if (!condition) throw new Error(message); }
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// What is on screen, as the reader sees it: a screenshot decoded in the page (a WebGL canvas
// read back directly may come out blank, as its buffer is not kept after drawing). Returns, for
// each row of pixels, how many are dark, in the left 80 percent (clear of the scrollbar).
export async function darkPixelsByRow(page) {
  const png = (await page.screenshot()).toString("base64");
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = "data:image/png;base64," + png;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const rows = [];
    for (let y = 0; y < img.height; y++) {
      let n = 0;
      for (let x = 0; x < img.width * 0.8; x++) {
        const i = (y * img.width + x) * 4;
        if (data[i] < 100 && data[i + 1] < 100 && data[i + 2] < 100) n++;
      }
      rows.push(n);
    }
    return rows;
  }, png);
}

// Waits until the app has drawn its last settle frame (nothing left to draw).
export async function settle(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    await sleep(120);
    const n = await page.evaluate(() => window.redress.frameCount());
    if (n === last) return;
    last = n;
  }
}

export const focusedId = (page) => page.evaluate(() => (document.activeElement && document.activeElement.id) || "");
export const view = (page) => page.evaluate(() => window.redress.view());

// Presses Tab until the control `id` has focus.
export async function tabTo(page, id, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await focusedId(page) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached #" + id + " (on " + (await view(page)).page + ")");
}

// Where the app drew each thing that has an HTML twin, by id: {x, y, w, h, font} in CSS px (font
// -1 for a control, else 0 body, 1 bold, 2 heading). Used inside the page as window.redressDrawn().
export async function drawn(page) {
  return page.evaluate(() => {
    const boxes = {};
    for (const [id, [x, y, w, h, font]] of Object.entries(window.redress.layout())) boxes[id] = { x, y, w, h, font };
    return boxes;
  });
}

// Focuses the control `id` as assistive technology does and returns where it is drawn once the
// app has brought it into view.
export async function focusAndFind(page, id) {
  await page.evaluate((i) => document.getElementById(i).focus(), id);
  await settle(page);
  const box = (await drawn(page))[id];
  if (!box) throw new Error("#" + id + " is not drawn");
  return Object.assign({ id }, box);
}

// Every text the app wraps in its next frame, with its lines: [{text, font, width, lines: [[line,
// hyphen]]}] (src/wasm/bridge.cpp, redress_record_wraps); and a text's width on one line.
export async function wrapLog(page) {
  await page.evaluate(() => window.redress.module._redress_record_wraps());
  await settle(page);
  return page.evaluate(() => JSON.parse(window.redress.module.UTF8ToString(window.redress.module._redress_wrap_log()) || "[]"));
}
export async function textWidth(page, text, font) {
  return page.evaluate(([t, f]) => {
    const m = window.redress.module;
    const bytes = new TextEncoder().encode(t);
    const p = m._malloc(bytes.length + 1);
    m.HEAPU8.set(bytes, p);
    m.HEAPU8[p + bytes.length] = 0;
    try { return m._redress_text_width(p, f); } finally { m._free(p); }
  }, [text, font]);
}

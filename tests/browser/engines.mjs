// The main story and the resilience checks in the other two engines (issue 29): Firefox ESR
// (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi) and WebKitGTK, Safari's
// engine (Debian's WebKitWebDriver and its MiniBrowser, driven by selenium-webdriver). Both need
// a display: tests/run.py runs this under xvfb-run, where Mesa's software rasteriser gives them
// WebGL2 (headless Firefox has none). Chromium's far longer suite is run.mjs.
//
//   xvfb-run -a node tests/browser/engines.mjs URL [firefox|webkit]
//
// Each check is written once against a small driver (open, run a function in the page, press a
// key, screenshot, reload) that each engine's client provides. Prints "ok - ..." per check and
// "browser: N passed, M failed" last, as run.mjs does.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { Builder, Key } from "selenium-webdriver";
import { artifactsDir, assert, sleep } from "./harness.mjs";

const FIREFOX = process.env.REDRESS_FIREFOX || "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.REDRESS_WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.REDRESS_MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// ---- The two drivers ----------------------------------------------------------------------------
// page.run(fn, arg) runs `fn(arg)` in the page (fn may be async) and returns its JSON value.

async function firefox(options = {}) {
  const browser = await puppeteer.launch({
    browser: "firefox", executablePath: FIREFOX, headless: false, protocol: "webDriverBiDi",
    extraPrefsFirefox: { "webgl.force-enabled": !options.noWebgl, "webgl.disabled": !!options.noWebgl },
  });
  const page = (await browser.pages())[0] || await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  await page.setViewport({ width: 1024, height: 768 });
  return {
    name: "firefox", problems,
    open: (url) => page.goto(url, { waitUntil: "load" }),
    reload: () => page.reload({ waitUntil: "load" }),
    run: (fn, arg) => page.evaluate(fn, arg),
    press: (key) => page.keyboard.press(key),
    clickAt: (x, y) => page.mouse.click(x, y),
    size: (width, height) => page.setViewport({ width, height }),
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

async function webkit(options = {}) {
  const port = await freePort();
  // Its own profile, so no service worker or storage is left from another check's session.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "redress-webkit-"));
  const env = { ...process.env, XDG_DATA_HOME: path.join(home, "data"), XDG_CACHE_HOME: path.join(home, "cache"),
                XDG_CONFIG_HOME: path.join(home, "config") };
  const server = spawn(WEBKIT_DRIVER, ["--port=" + port], { stdio: "ignore", env });
  const stop = () => { server.kill(); fs.rmSync(home, { recursive: true, force: true }); };
  for (let i = 0; i < 50; i++) {
    const up = await new Promise((resolve) => { const c = net.connect(port, "127.0.0.1", () => { c.end(); resolve(true); }).on("error", () => resolve(false)); });
    if (up) break;
    await sleep(100);
  }
  const args = ["--automation"].concat(options.noWebgl ? ["--enable-webgl=false"] : []);
  let driver;
  try {
    driver = await new Builder().usingServer("http://127.0.0.1:" + port)
      .withCapabilities({ browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args } }).build();
  } catch (error) {
    stop();
    throw error;
  }
  await driver.manage().window().setRect({ width: 1024, height: 768 });
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE };
  return {
    name: "webkit", problems: [],
    open: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    run: (fn, arg) => driver.executeAsyncScript(
      "const done = arguments[arguments.length - 1];" +
      "Promise.resolve((" + fn.toString() + ")(arguments[0])).then((v) => done(v === undefined ? null : v), (e) => done({ __error: String(e) }));",
      arg === undefined ? null : arg).then((v) => { if (v && v.__error) throw new Error(v.__error); return v; }),
    press: (key) => driver.actions().sendKeys(keys[key]).perform(),
    clickAt: (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: "viewport" }).click().perform(),
    // The window is the viewport plus MiniBrowser's own bar: sized until the viewport is right.
    size: async (width, height) => {
      for (let i = 0; i < 3; i++) {
        const inner = await driver.executeScript("return [innerWidth, innerHeight]");
        const rect = await driver.manage().window().getRect();
        if (inner[0] === width && inner[1] === height) return;
        await driver.manage().window().setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
      }
    },
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), "base64")),
    close: async () => { try { await driver.quit(); } finally { stop(); } },
  };
}

// ---- Helpers in the page ------------------------------------------------------------------------
async function waitFor(page, fn, arg, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.run(fn, arg)) return;
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await sleep(150);
  }
}
const ready = (page) => waitFor(page, () => document.documentElement.dataset.redressReady === "1" &&
                                            document.documentElement.dataset.redressFirstFrame === "1", null, "the first frame");
const pageIs = (page, name) => waitFor(page, (n) => window.redress.view().page === n, name, "page " + name, 10000);
const focused = (page) => page.run(() => (document.activeElement && document.activeElement.id) || "");
// Dark pixels drawn in the visible page, counted by the page itself from a screenshot file's bytes.
async function inked(page, file) {
  await page.screenshot(file);
  const png = fs.readFileSync(file).toString("base64");
  return page.run(async (data) => {
    const img = new Image();
    img.src = "data:image/png;base64," + data;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 100 && px[i + 1] < 100 && px[i + 2] < 100) n++;
    return n;
  }, png);
}

async function tabTo(page, id, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await focused(page) === id) return;
    await page.press("Tab");
  }
  throw new Error("Tab never reached #" + id);
}

// Presses the control `id` with the pointer where it is seen: drawn on the canvas, or in the HTML
// view. (Real keys reach the page in both engines, so Tab moves focus; but Firefox under a bare X
// server, with no window manager to give its window focus, does not press a button on Enter.)
async function press(page, id) {
  const [x, y] = await page.run((i) => {
    if (document.documentElement.dataset.view === "canvas") {
      const b = window.redress.layout()[i];
      return [b[0] + b[2] / 2, b[1] + b[3] / 2];
    }
    const r = document.getElementById(i).getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }, id);
  await page.clickAt(x, y);
}

// The path from "Who is filling this in?" to the documents, through the app's one dispatch.
async function answerToDocuments(page, summary) {
  return page.run(async (text) => {
    const now = new Date();
    const event = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 2, Math.min(now.getDate(), 28)));
    const steps = [
      [["representative.kind", "none"]], [["landlord", "halton-housing"]], [["complainant.role", "tenant"]],
      [["issue.category", "repairs"]], [["issue.hazard", "none"]], [["issue.first_request", "no"]],
      [["issue.event_date.day", String(event.getUTCDate())], ["issue.event_date.month", String(event.getUTCMonth() + 1)],
       ["issue.event_date.year", String(event.getUTCFullYear())]],
      [["issue.ongoing", "yes"]], [], [], [["circumstances", "none", true]], [["issue.legal_proceedings", "none"]],
      [["issue.previously_complained", "no"]], [["progress", "not-yet"]], [],
      [["complainant.name", "Sam Taylor"]], [["issue.summary", text], ["issue.outcome_sought", "Fix it."]], [], [],
    ];
    for (const answers of steps) {
      for (const [field, value, checked] of answers)
        await window.redress.dispatch(checked ? { type: "toggle", field, value, checked } : { type: "answer", field, value });
      const r = await window.redress.dispatch({ type: "continue" });
      if (!r.ok) return "refused on " + window.redress.view().page + ": " + r.error;
    }
    const v = window.redress.view();
    return v.page === "documents" && v.documents[0].text.includes(text) ? "documents" : "ended on " + v.page;
  }, summary);
}

// ---- The checks ---------------------------------------------------------------------------------
const checks = [];
const check = (name, fn, options) => checks.push({ name, fn, options });

check("the main story: Start now reached by Tab and pressed, the flow to the documents, the letter", async (page, url, shot) => {
  await page.open(url);
  await ready(page);
  assert(await page.run(() => document.documentElement.dataset.view) === "canvas", "not drawn on the canvas");
  assert(await inked(page, shot("first-page.png")) > 2000, "a blank first page");
  await tabTo(page, "button-0");
  await sleep(300);
  await press(page, "button-0");
  await pageIs(page, "who");
  assert(await focused(page) === "page-heading", "the new page's heading does not have focus: " + await focused(page));
  const result = await answerToDocuments(page, "The kitchen ceiling leaks.");
  assert(result === "documents", result);
  // A first visit has no older version: nothing offers a new one (WebKit's worker claimed the
  // page before it said "installed", and the page offered a reload).
  assert(await page.run(() => !document.getElementById("update-notice")), "a first visit offered a new version");
  await page.screenshot(shot("documents.png"));
});

check("WebGL context lost: the HTML view with a notice, focus kept; given back, the canvas is offered again", async (page, url, shot) => {
  await page.open(url);
  await ready(page);
  await tabTo(page, "button-0");
  await page.run(() => {
    window.lost = document.getElementById("redress-canvas").getContext("webgl2").getExtension("WEBGL_lose_context");
    window.lost.loseContext();
  });
  await waitFor(page, () => document.documentElement.dataset.view === "html", null, "the HTML view");
  const said = await page.run(() => document.querySelector("#graphics-notice [role=alert]").textContent);
  assert(said.includes("plain web page"), "the notice: " + said);
  assert(await focused(page) === "button-0", "focus moved to " + await focused(page));
  await sleep(1000);  // (WebKit paints the new view a moment later)
  assert(await inked(page, shot("context-lost.png")) > 2000, "blank after the loss");
  await page.run(() => window.lost.restoreContext());
  await waitFor(page, () => !!document.getElementById("graphics-usual"), null, "the offer of the usual view", 10000);
  await page.run(() => document.getElementById("graphics-usual").click());
  await waitFor(page, () => document.documentElement.dataset.view === "canvas", null, "the canvas again");
  await sleep(1000);
  assert(await inked(page, shot("context-restored.png")) > 2000, "the canvas is blank after the context came back");
});

check("text size, contrast and view are kept for the tab across a reload", async (page, url) => {
  await page.open(url);
  await ready(page);
  await page.run(() => { window.redress.changeSetting("text-size", "2"); window.redress.changeSetting("contrast", "high"); });
  await page.reload();
  await ready(page);
  const s = await page.run(() => window.redress.settings());
  assert(s.textScale === 2 && s.highContrast && !s.remember, "after a reload: " + JSON.stringify(s));
});

// WebKit only here: Firefox under a bare X server, whose window never has the system's focus,
// moves focus without firing focus events, so the app is never told what has focus (Chromium's
// suite runs the same check at 390x844).
check("the could-not-load notice on a phone-sized window at 300 percent leaves the focused Start now in view, and closes", async (page, url, shot) => {
  await page.open(url);
  await ready(page);
  await page.size(390, 844);
  // The catalogue's fetch fails, as offline: the notice comes up over nothing.
  await page.run(() => {
    const real = window.fetch;
    window.fetch = (u, o) => String(u).includes("catalogue.txt") ? Promise.reject(new TypeError("offline")) : real(u, o);
    window.redress.changeSetting("text-size", "3");
  });
  await tabTo(page, "button-0");
  await waitFor(page, () => { const b = window.redress.layout()["button-0"]; return b && b[1] + b[3] <= innerHeight; }, null, "Start now in view");
  await press(page, "button-0");
  await waitFor(page, () => !!document.getElementById("catalogue-notice"), null, "the notice", 10000);
  await page.run(() => document.getElementById("button-0").focus());  // as a screen reader moves it
  // Drawn clear of the notice within a few frames (software WebGL is slow at 300 percent).
  await waitFor(page, () => {
    const b = window.redress.layout()["button-0"];
    return b && b[1] + b[3] <= document.querySelector(".notices").getBoundingClientRect().top + 1;
  }, null, "Start now clear of the notice", 5000).catch(() => {});
  const where = await page.run(() => {
    const top = document.querySelector(".notices").getBoundingClientRect().top;
    const box = window.redress.layout()["button-0"];
    return { top, bottom: box ? box[1] + box[3] : 1e9, canvas: document.getElementById("redress-canvas").getBoundingClientRect().bottom };
  });
  await page.screenshot(shot("catalogue-notice-390-300.png"));
  assert(Math.abs(where.canvas - where.top) < 2 && where.bottom <= where.top + 1, "the notice covers Start now: " + JSON.stringify(where));
  await page.run(() => document.getElementById("catalogue-notice-close").click());
  assert(await page.run(() => !document.getElementById("catalogue-notice")), "Close did not close it");
}, { engines: ["webkit"] });

check("WebGL turned off: the HTML view is the page, never a blank one, and the flow goes on", async (page, url, shot) => {
  await page.open(url);
  await ready(page);
  assert(await page.run(() => document.documentElement.dataset.view) === "html", "the HTML view did not take over");
  await sleep(1000);  // (WebKit paints the new view a moment later)
  assert(await inked(page, shot("webgl-off.png")) > 2000, "a blank page");
  await tabTo(page, "button-0");
  await press(page, "button-0");
  await pageIs(page, "who");
}, { noWebgl: true });

// ---- Running ------------------------------------------------------------------------------------
const [url, ...engines] = process.argv.slice(2);
if (!url) {
  console.error("usage: xvfb-run -a node tests/browser/engines.mjs http://127.0.0.1:PORT/ [firefox|webkit]");
  process.exit(2);
}
fs.mkdirSync(artifactsDir, { recursive: true });
const only = process.env.REDRESS_TEST_FILTER;
let passed = 0, failed = 0;
for (const [engine, start] of [["firefox", firefox], ["webkit", webkit]]) {
  if (engines.length && !engines.includes(engine)) continue;
  for (const c of checks.filter((x) => (!only || x.name.includes(only)) && (!x.options || !x.options.engines || x.options.engines.includes(engine)))) {
    const name = engine + ": " + c.name;
    const shot = (file) => path.join(artifactsDir, engine + "-" + file);
    let page = null;
    try {
      page = await start(c.options);
      await c.fn(page, url, shot);
      if (page.problems.length) throw new Error(page.problems.join("; "));
      passed++;
      console.log("ok - " + name);
    } catch (error) {
      failed++;
      console.log("not ok - " + name + "\n  " + String(error && error.stack || error).split("\n").slice(0, 4).join("\n  "));
    } finally {
      if (page) await page.close().catch(() => {});
    }
  }
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

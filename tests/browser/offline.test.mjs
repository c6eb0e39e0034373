// Offline use and new versions (web/sw.js, web/offline.js): after one visit the app opens and
// runs with no network; the worker's cache holds the build's own files and nothing the reader
// typed; the dyslexia-friendly font is kept once asked for; and a second build takes over only
// after the reader accepts "A new version is ready", never mixing two builds in one page.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, openApp, assert, sleep, artifactsDir, focusAndFind } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const firstFrame = (page) => page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.redressReady === "1", null, { timeout: 30000 });
// Waits until the service worker is active and this page's next load will be answered by it.
const workerActive = (page) => page.evaluate(async () => {
  const worker = (await navigator.serviceWorker.ready).active;
  if (worker.state !== "activated")
    await new Promise((resolve) => worker.addEventListener("statechange", () => { if (worker.state === "activated") resolve(); }));
  return worker.state;
});

const noticeShown = (page) => page.evaluate(() => !!document.getElementById("update-notice"));

// The build's lists, as written into the served sw.js.
async function buildLists(page, baseUrl) {
  const text = await (await page.request.get(baseUrl + "sw.js")).text();
  const m = text.match(/BUILD=\n(\{.*\})\n/);
  assert(m, "sw.js has no BUILD line");
  return JSON.parse(m[1]);
}

// Every request the context makes, page and service worker alike.
function recordRequests(context) {
  const seen = [];
  context.on("request", (r) => seen.push(r.url()));
  return seen;
}

// (The first action waits for the policies and the law: the result may be a promise.)
const act = (page, action) => page.evaluate(async (a) => {
  const result = await window.redress.dispatch(a);
  if (!result.ok) throw new Error(JSON.stringify(a) + ": " + result.error);
  return window.redress.view().page;
}, action);

// The path from the first page to the documents, through the app's one dispatch (the layer's
// and the canvas's way in), with `summary` typed as the complaint.
async function answerToDocuments(page, summary) {
  const today = await page.evaluate(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; });
  const event = new Date(Date.UTC(today[0], today[1] - 2, today[2]));
  const steps = [
    [], [["representative.kind", "none"]], [["landlord", "halton-housing"]], [["complainant.role", "tenant"]],
    [["issue.category", "repairs"]], [["issue.hazard", "none"]], [["issue.first_request", "no"]],
    [["issue.event_date.day", String(event.getUTCDate())], ["issue.event_date.month", String(event.getUTCMonth() + 1)],
     ["issue.event_date.year", String(event.getUTCFullYear())]],
    [["issue.ongoing", "yes"]], [], [], [["circumstances", "none", true]], [["issue.legal_proceedings", "none"]],
    [["issue.previously_complained", "no"]], [["progress", "not-yet"]], [],
    [["complainant.name", "Sam Taylor"]], [["issue.summary", summary], ["issue.outcome_sought", "Fix it."]], [], [],
  ];
  let page_ = "";
  for (const answers of steps) {
    for (const [field, value, checked] of answers)
      await act(page, checked ? { type: "toggle", field, value, checked } : { type: "answer", field, value });
    page_ = await act(page, { type: "continue" });
  }
  return page_;
}

test("after one visit, offline: a reload reaches the first frame and the flow reaches the documents", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  assert(await workerActive(page) === "activated", "the service worker did not activate");
  await context.setOffline(true);
  const requests = recordRequests(context);
  await page.reload();
  await firstFrame(page);
  await ready(page);
  assert(await page.evaluate(() => !!navigator.serviceWorker.controller), "the offline page is not controlled by the worker");
  const last = await answerToDocuments(page, "The kitchen ceiling leaks.");
  assert(last === "documents", "offline, the flow ended on " + last);
  const v = await page.evaluate(() => window.redress.view());
  assert(v.documents.length >= 1 && v.documents[0].text.includes("kitchen ceiling"), "no letter offline");
  assert(await noticeShown(page) === false,
         "offline, the page offered a new version");
  // Everything came from the worker's cache: nothing reached (or tried to reach) the network.
  const responses = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert(responses.length >= 5, "expected the app's files among the offline page's resources");
  await page.screenshot({ path: path.join(artifactsDir, "offline-documents.png") });
  assert(requests.every((url) => url.startsWith(baseUrl)), "requests elsewhere: " + requests.join(", "));
  await context.setOffline(false);
});

test("the cache holds only the build's files: nothing typed, no downloads, no query strings", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await workerActive(page);
  await page.reload();  // now controlled: every fetch passes through the worker
  await firstFrame(page);
  await ready(page);
  const secret = "Zebra-" + Date.now() + " my neighbour's flat";
  assert(await answerToDocuments(page, secret) === "documents", "did not reach the documents");
  // A download (a blob: URL) and a request with a query string go past the worker, unkept.
  const download = page.waitForEvent("download");
  await page.evaluate(() => window.redress.dispatch({ type: "export", kind: window.redress.view().documents[0].kind, format: "text" }));
  await (await download).path();
  const query = await page.evaluate(() => fetch("app.js?" + encodeURIComponent("Zebra")).then((r) => r.status));
  assert(query === 200, "app.js with a query string: " + query);
  const build = await buildLists(page, baseUrl);
  const allowed = new Set(Object.keys(build.files).map((p) => new URL(p, baseUrl).href));
  const kept = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        out.push({ name, url: request.url, body: new TextDecoder("latin1").decode(body) });
      }
    }
    return out;
  });
  assert(kept.length > 0, "nothing in the cache");
  assert(new Set(kept.map((k) => k.name)).size === 1 && kept[0].name === "redress-" + build.version,
         "caches: " + [...new Set(kept.map((k) => k.name))].join(", "));
  for (const k of kept) {
    assert(allowed.has(k.url), "the cache holds " + k.url + ", which is not one of the build's files");
    assert(!k.body.includes("Zebra"), k.url + " in the cache holds what the reader typed");
  }
  const precache = Object.keys(build.files).filter((p) => !build.lazy.includes(p));
  for (const p of precache) assert(kept.some((k) => k.url === new URL(p, baseUrl).href), p + " was not kept");
});

test("on the first visit the worker takes charge; the dyslexia-friendly font is kept once asked for, and works offline", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await workerActive(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
  const keptFont = () => page.evaluate(async () => {
    for (const name of await caches.keys())
      if (await (await caches.open(name)).match("fonts/redress-dyslexic.otc")) return true;
    return false;
  });
  assert(!(await keptFont()), "the dyslexia-friendly font was kept before anyone asked for it");
  await page.evaluate(() => window.redress.changeSetting("font", "dyslexic"));
  await page.waitForFunction(() => window.redress.module.dyslexicLoaded === true, null, { timeout: 10000 });
  for (let i = 0; i < 50 && !(await keptFont()); i++) await sleep(100);
  assert(await keptFont(), "the dyslexia-friendly font was not kept");
  assert(!(await noticeShown(page)), "the first visit offered a new version");
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.evaluate(() => window.redress.changeSetting("font", "dyslexic"));
  await page.waitForFunction(() => window.redress.module.dyslexicLoaded === true, null, { timeout: 10000 });
  await context.setOffline(false);
});

test("a file whose bytes are not the build's is refused by the worker and not kept", async ({ context, baseUrl, watch, problems }) => {
  const page = await openApp(context, baseUrl, watch);
  await ready(page);
  await workerActive(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
  await context.route("**/fonts/redress-dyslexic.otc", (route) =>
    route.fulfill({ status: 200, contentType: "font/collection", body: "<html>a proxy's error page</html>" }));
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.evaluate(() => window.redress.changeSetting("font", "dyslexic"));
  for (let i = 0; i < 50 && !warnings.some((w) => w.includes("dyslexia-friendly font could not load")); i++) await sleep(100);
  assert(warnings.some((w) => w.includes("dyslexia-friendly font could not load")), "no warning: " + warnings.join(" | "));
  assert(await page.evaluate(() => window.redress.module.dyslexicLoaded !== true), "the broken font was taken");
  const kept = await page.evaluate(async () => {
    for (const name of await caches.keys())
      if (await (await caches.open(name)).match("fonts/redress-dyslexic.otc")) return true;
    return false;
  });
  assert(!kept, "the worker kept a file that is not the build's");
  // The refused fetch is the browser's own failed request and its console line: expected here.
  const expected = (p) => p.includes("redress-dyslexic.otc net::ERR_FAILED") || p === "console error: Failed to load resource: net::ERR_FAILED";
  assert(problems.some(expected), "the refusal was not a failed request: " + problems.join("; "));
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
});

// ---- A second build ------------------------------------------------------------------------
// Serves a copy of the build with serve.py, so the test can make a second build of it.
async function serveCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-upgrade-"));
  fs.cpSync(path.join(root, "build", "wasm", "web"), dir, { recursive: true });
  const server = spawn("python3", [path.join(root, "serve.py"), "--no-build", "--port", "0", "--root", dir],
                       { env: { ...process.env, REDRESS_QUIET: "1" }, stdio: ["ignore", "pipe", "ignore"] });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => { const m = String(d).match(/(http:\/\/\S+\/)/); if (m) resolve(m[1]); });
    server.on("exit", (code) => reject(new Error("serve.py exited " + code)));
  });
  return { dir, url, stop() { server.kill("SIGINT"); fs.rmSync(dir, { recursive: true, force: true }); } };
}

// What a rebuild does when the style sheet changes: the new file, its compressed copies, and a
// service worker with the new version (the build's own scripts).
function secondBuild(dir) {
  fs.appendFileSync(path.join(dir, "style.css"), ":root{--redress-build:2}\n");
  const run = (args) => {
    const r = spawnSync("python3", args, { encoding: "utf8" });
    assert(r.status === 0, args[0] + " failed: " + r.stderr);
  };
  run([path.join(root, "cmake", "precompress.py"), path.join(dir, "style.css")]);
  const sw = fs.readFileSync(path.join(dir, "sw.js"), "utf8");
  const build = JSON.parse(sw.match(/BUILD=\n(\{.*\})\n/)[1]);
  const precache = Object.keys(build.files).filter((p) => !build.lazy.includes(p));
  run([path.join(root, "cmake", "make_service_worker.py"), path.join(root, "web", "sw.js"), path.join(dir, "sw.js"), dir,
       "--precache", ...precache, "--lazy", ...build.lazy]);
  run([path.join(root, "cmake", "precompress.py"), path.join(dir, "sw.js")]);
  return build.version;
}

const buildMark = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--redress-build").trim());

test("a second build takes over only after the reader accepts the reload prompt, with no mixed versions", async ({ browser, watch, problems }) => {
  const server = await serveCopy();
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await openApp(context, server.url, watch);
    await workerActive(page);
    await page.reload();
    await firstFrame(page);
    const firstVersion = (await page.evaluate(() => caches.keys()))[0];
    assert(!(await noticeShown(page)), "a prompt with no new version");

    const oldVersion = secondBuild(server.dir);
    assert(firstVersion === "redress-" + oldVersion, "the cache " + firstVersion + " is not the first build's");
    // The next visit finds the new worker; it installs and waits, and the page says so.
    await page.reload();
    await firstFrame(page);
    await page.waitForSelector("#update-notice", { timeout: 15000 });
    const waiting = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r.waiting, active: r.active.scriptURL, controlled: !!navigator.serviceWorker.controller };
    });
    assert(waiting.waiting && waiting.controlled, "the new worker is not waiting: " + JSON.stringify(waiting));
    assert(await buildMark(page) === "", "the page runs on the second build's style sheet before the reader accepted");
    const text = await page.evaluate(() => document.querySelector("#update-notice p").textContent);
    assert(text.startsWith("A new version is ready"), "prompt: " + text);
    // Reloading by hand keeps the first build: still one version.
    await page.reload();
    await firstFrame(page);
    assert(await buildMark(page) === "", "a plain reload mixed in the second build");
    await page.waitForSelector("#update-notice", { timeout: 15000 });

    // The prompt in both views, on a phone and a laptop, at 100 and 300 percent text (and in
    // high contrast): visible above the canvas, clear of the heading, reached by the keyboard
    // right after the skip link.
    for (const [width, height] of [[390, 844], [1280, 900]]) {
      await page.setViewportSize({ width, height });
      for (const view of ["canvas", "html"]) {
        for (const scale of ["1", "3"]) {
          await page.evaluate(([v, t]) => { window.redress.changeSetting("view", v); window.redress.changeSetting("text-size", t); }, [view, scale]);
          await sleep(400);
          const box = await page.evaluate(() => {
            const h = document.getElementById("page-heading");
            if (document.documentElement.dataset.view === "html") h.scrollIntoView({ block: "start" });
            const r = document.getElementById("update-notice").getBoundingClientRect();
            const heading = h.getBoundingClientRect();
            const onHeading = document.elementFromPoint(heading.left + 5, heading.top + Math.min(heading.height, 40) / 2);
            const atTop = document.elementFromPoint(r.left + r.width / 2, r.top + 8);
            return { top: r.top, bottom: r.bottom, height: r.height, headingClear: !!onHeading && h.contains(onHeading),
                     onTop: !!atTop && document.getElementById("update-notice").contains(atTop),
                     opacity: getComputedStyle(document.getElementById("update-reload")).opacity };
          });
          const where = `${view} view at ${width}x${height}, ${scale}00%`;
          assert(box.onTop && box.opacity === "1", "the prompt is not visible on top in the " + where);
          assert(Math.round(box.bottom) === height && box.top > height * 0.35, "the prompt is not at the bottom in the " + where + ": " + JSON.stringify(box));
          if (view === "html") assert(box.headingClear, "the prompt covers the heading in the " + where);
          // It takes its own space: the canvas ends where it starts, and a focused control is above it.
          const start = await page.evaluate(() => {
            document.getElementById("page-heading").focus();
            window.scrollTo(0, 0);
            document.getElementById("button-0").focus();
            return document.getElementById("button-0").getBoundingClientRect().bottom;
          });
          if (view === "canvas") {
            const canvasBottom = await page.evaluate(() => document.getElementById("redress-canvas").getBoundingClientRect().bottom);
            assert(Math.abs(canvasBottom - box.top) < 2, `the canvas ends at ${canvasBottom}, under the prompt at ${box.top}, in the ` + where);
            const drawn = await focusAndFind(page, "button-0");
            assert(drawn.y + drawn.h <= box.top + 1, "the prompt covers the focused Start now in the " + where);
          } else {
            assert(start <= box.top + 1, "the prompt covers the focused Start now in the " + where);
          }
          await page.screenshot({ path: path.join(artifactsDir, `update-prompt-${view}-${width}-${scale}00.png`) });
        }
      }
    }
    // Focus was on Start now above: a reload starts keyboard navigation from the top again (and
    // keeps the display settings, which are kept for the tab).
    await page.reload();
    await firstFrame(page);
    await page.waitForSelector("#update-notice", { timeout: 15000 });
    await page.evaluate(() => { window.redress.changeSetting("contrast", "high"); window.redress.changeSetting("view", "canvas"); });
    await sleep(400);
    await page.screenshot({ path: path.join(artifactsDir, "update-prompt-canvas-1280-300-high-contrast.png") });
    await page.evaluate(() => { window.redress.changeSetting("contrast", "standard"); window.redress.changeSetting("text-size", "1"); });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert(await page.evaluate(() => document.activeElement.id) === "update-reload", "Tab, Tab does not reach Reload");

    // The reader accepts, by keyboard: the page reloads once, on the second build only.
    const navigated = page.waitForNavigation();
    await page.keyboard.press("Enter");
    await navigated;
    await firstFrame(page);
    assert(await buildMark(page) === "2", "after Reload the page is not on the second build");
    const keys = await page.evaluate(() => caches.keys());
    assert(keys.length === 1 && keys[0] !== firstVersion, "caches after the update: " + keys.join(", "));
    assert(!(await noticeShown(page)), "the prompt is still shown after the update");
    assert(problems.length === 0, problems.join("; "));
  } finally {
    await context.close();
    server.stop();
  }
});

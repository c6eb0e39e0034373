// The portal's first load against a bare Dear ImGui GLFW/WebGL2 page built with the same flags
// (bench/bare_imgui), measured in the same run in Debian's Chromium:
//   - total gzip bytes of everything the first load fetches (target: at most 2x the bare page),
//   - time from navigation to the first frame, median of 7 interleaved runs (target: 1.3x),
//     after a first run per page that gathers the bytes and the idle frames: reading every
//     response body through the DevTools protocol slowed the page it was timing, and the page
//     with more files (Redress) the more,
//   - frames drawn over 5 idle seconds (target: 0),
// and the app as deployed: Debian's nginx with deploy/nginx.conf (tools/nginx_server.py):
//   - the bytes a first visit transfers, with brotli and with gzip only: the Content-Length of
//     each encoded response, from nginx's access log, the service worker's install included,
//   - time to first frame on a repeat visit, answered by the service worker, against a first
//     visit in the same run (target: at most half), on the loopback network and on a phone's
//     (Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down).
//
//     cmake --build --preset wasm && node bench/page_load.mjs
//
// Prints figures and ratios; it asserts nothing (tests assert behaviour, not timings).
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import os from "node:os";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pages = {
  redress: { dir: path.join(root, "build", "wasm", "web"), frames: "window.redress && window.redress.frameCount()" },
  bare: { dir: path.join(root, "build", "wasm", "bench", "bare"), frames: "window.bareFrameCount && window.bareFrameCount()" },
};
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
                ".ttf": "font/ttf", ".otf": "font/otf", ".ttc": "font/collection", ".otc": "font/collection", ".json": "application/json" };

// A static server for one directory (no compression: the benchmark gzips each body itself).
function serve(dir) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(dir, name === "/" ? "index.html" : name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Opens `url` in `page`; returns the time from navigation to the first frame, in ms.
async function loadToFirstFrame(page, url) {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.dataset.redressFirstFrame === "1" && !window.firstFrameAt) window.firstFrameAt = performance.now();
    }).observe(document, { attributes: true, childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.firstFrameAt, null, { timeout: 60000 });
  return page.evaluate(() => window.firstFrameAt);
}

// One load of `url`. `gather`: also the gzip bytes of every response and the frames drawn over
// 5 idle seconds (not timed runs: reading the bodies slows the page).
async function measure(browser, url, framesExpr, gather) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const bodies = new Map();  // one body per URL: the service worker's install fetches files again
  page.on("pageerror", (e) => console.error(url + ": " + e.message));
  page.on("console", (m) => { if (m.type() === "error") console.error(url + ": " + m.text()); });
  // The page's responses and the service worker's script (registered after the first frame),
  // from the context; not the worker's install, which fetches the files again after the first
  // frame (revalidated: the nginx figures below count what it really transfers).
  if (gather) context.on("response", async (r) => {
    if (bodies.has(r.url()) || (r.request().serviceWorker() && !r.url().endsWith("/sw.js"))) return;
    bodies.set(r.url(), null);
    try { bodies.set(r.url(), await r.body()); } catch (e) { /* redirects have none */ }
  });
  const firstFrame = await loadToFirstFrame(page, url);
  let idle = null;
  if (gather) {
    await page.waitForTimeout(1000);  // settle frames
    const before = await page.evaluate(framesExpr);
    await page.waitForTimeout(5000);
    idle = (await page.evaluate(framesExpr)) - before;
  }
  const gzip = [...bodies.values()].reduce((sum, b) => sum + (b ? zlib.gzipSync(b, { level: 9 }).length : 0), 0);
  await context.close();
  return { firstFrame, gzip, idle };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.REDRESS_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking"],
});
const servers = {};
for (const [name, p] of Object.entries(pages)) {
  if (!fs.existsSync(path.join(p.dir, "index.html"))) { console.error("missing " + p.dir + ": build the wasm preset first"); process.exit(2); }
  servers[name] = await serve(p.dir);
}
const url = (name) => `http://127.0.0.1:${servers[name].address().port}/`;
const gathered = {};
for (const name of ["redress", "bare"]) gathered[name] = await measure(browser, url(name), pages[name].frames, true);
const results = { redress: [], bare: [] };
for (let run = 0; run < 7; run++) {
  for (const name of run % 2 ? ["bare", "redress"] : ["redress", "bare"])
    results[name].push(await measure(browser, url(name), pages[name].frames, false));
}
for (const s of Object.values(servers)) s.close();

const summary = {};
for (const name of Object.keys(results)) {
  summary[name] = {
    gzip: gathered[name].gzip,
    firstFrame: median(results[name].map((r) => r.firstFrame)),
    idle: gathered[name].idle,
  };
}
const r = summary.redress, b = summary.bare;
// Three decimals: at 2.00 the rounding would hide which side of the target the page is on.
const gzipRatio = r.gzip / b.gzip;
console.log(`first load, gzip bytes:   redress ${r.gzip}   bare ${b.gzip}   ratio ${gzipRatio.toFixed(3)} (target <= 2: ${gzipRatio <= 2 ? "met" : "not met"})`);
console.log(`navigation to first frame: redress ${r.firstFrame.toFixed(0)} ms   bare ${b.firstFrame.toFixed(0)} ms   ratio ${(r.firstFrame / b.firstFrame).toFixed(2)} (target <= 1.3)`);
console.log(`frames over 5 idle seconds: redress ${r.idle}   bare ${b.idle} (target: redress 0)`);

// ---- As deployed: nginx with deploy/nginx.conf --------------------------------------------
const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "redress-bench-")), "access.log");
const nginx = spawn("python3", [path.join(root, "tools", "nginx_server.py"), "--access-log", log], { stdio: ["ignore", "pipe", "inherit"] });
const nginxUrl = await new Promise((resolve, reject) => {
  nginx.stdout.on("data", (d) => { const m = String(d).match(/(http:\/\/\S+\/)/); if (m) resolve(m[1]); });
  nginx.on("exit", (code) => reject(new Error("tools/nginx_server.py exited " + code)));
});
// Lighthouse's mobile throttling ("slow 4G").
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function timedVisit(context, network) {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("nginx: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") console.error("nginx: " + m.text()); });
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
  }
  const at = await loadToFirstFrame(page, nginxUrl);
  const fromWorker = await page.evaluate(() => !!navigator.serviceWorker.controller);
  return { page, at, fromWorker };
}

// Waits until the page's service worker has installed everything and taken charge.
const workerActivated = (page) => page.evaluate(async () => {
  const worker = (await navigator.serviceWorker.ready).active;
  if (worker.state !== "activated")
    await new Promise((resolve) => worker.addEventListener("statechange", () => { if (worker.state === "activated") resolve(); }));
});

// nginx's log lines from `offset`: path, status, body bytes, encoding.
function logLines(offset) {
  return fs.readFileSync(log, "utf8").slice(offset).trim().split("\n").filter(Boolean).map((line) => {
    const [uri, status, bytes, encoding] = line.split(" ");
    return { uri, status: Number(status), bytes: Number(bytes), encoding: encoding.replace(/"/g, "") };
  });
}

// One first visit's transfer, until the service worker has installed: the page's own requests,
// then the worker's script and its install (revalidations of the files, index.html, the manifest).
async function firstVisitBytes(acceptEncoding) {
  const offset = fs.statSync(log).size;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 },
                                              extraHTTPHeaders: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} });
  const { page } = await timedVisit(context, null);
  await workerActivated(page);
  await context.close();
  const lines = logLines(offset);
  const split = lines.findIndex((l) => l.uri === "/sw.js");
  const sum = (ls) => ls.reduce((a, l) => a + l.bytes, 0);
  // Chromium fetches the worker's script without the context's extra headers (it asks for br):
  // counted at its .gz size, as a gzip-only browser would get it.
  let substituted = 0;
  if (acceptEncoding && !acceptEncoding.includes("br")) {
    for (const l of lines) if (l.encoding === "br") {
      l.bytes = fs.statSync(path.join(pages.redress.dir, l.uri.slice(1) + ".gz")).size;
      substituted++;
    }
  }
  return { page: sum(lines.slice(0, split)), worker: sum(lines.slice(split)), requests: lines.length,
           encodings: [...new Set(lines.map((l) => l.encoding))].join("/"), substituted };
}

const br = await firstVisitBytes(null);
const gz = await firstVisitBytes("gzip, deflate");
const fmt = (x) => x.page + x.worker + " B (page " + x.page + " + service worker " + x.worker + ", " + x.requests + " requests)";
console.log(`first visit through nginx, bytes transferred: br ${fmt(br)}`);
console.log(`                                            gzip ${fmt(gz)}${gz.substituted ? " (sw.js at its .gz size)" : ""}`);

// First visit, then (the worker installed) a repeat visit in the same browser profile; medians.
for (const [label, network, runs] of [["loopback", null, 5], ["slow 4G", SLOW_4G, 3]]) {
  const first = [], repeat = [];
  let allFromWorker = true;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const visit = await timedVisit(context, network);
    first.push(visit.at);
    await workerActivated(visit.page);
    await visit.page.close();
    const again = await timedVisit(context, network);
    repeat.push(again.at);
    allFromWorker = allFromWorker && again.fromWorker;
    await context.close();
  }
  const ratio = median(repeat) / median(first);
  console.log(`repeat visit from the service worker, ${label}: first frame ${median(repeat).toFixed(0)} ms   first visit ${median(first).toFixed(0)} ms   ` +
              `ratio ${ratio.toFixed(2)} (target <= 0.5: ${ratio <= 0.5 ? "met" : "not met"})${allFromWorker ? "" : " (a repeat visit was not served by the worker)"}`);
}
await browser.close();
nginx.kill("SIGINT");
fs.rmSync(path.dirname(log), { recursive: true, force: true });

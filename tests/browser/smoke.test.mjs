// The pipeline end to end: the page loads from the server (serve.py, and nginx in a second run),
// the app draws its first frame with the real font, the canvas follows the viewport and
// devicePixelRatio, and idle pages draw nothing.
import path from "node:path";
import { test, openApp, assert, sleep, artifactsDir, darkPixelsByRow } from "./harness.mjs";

const frames = (page) => page.evaluate(() => window.redress.frameCount());

test("first frame is drawn and the canvas is not blank", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  assert(await frames(page) >= 1, "no frame counted");
  const shot = path.join(artifactsDir, "first-page.png");
  await page.screenshot({ path: shot });
  // Dark text pixels on the white page show the font rendered (decoded from the screenshot:
  // a WebGL canvas read back directly can come out blank and pass for text).
  const rows = (await darkPixelsByRow(page)).slice(0, 400);
  const dark = rows.reduce((a, b) => a + b, 0);
  const width = (await page.viewportSize()).width;
  assert(dark < rows.length * width * 0.8 / 2, "the screen is mostly dark: nothing drawn?");
  assert(dark > 200, "expected dark text pixels in the top of the page, found " + dark);
});

test("the canvas is sized in device pixels and follows a resize", async ({ browser, baseUrl, watch, problems }) => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  try {
    const page = await openApp(context, baseUrl, watch);
    const size = () => page.evaluate(() => {
      const c = document.getElementById("redress-canvas");
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
    });
    let s = await size();
    assert(s.dpr === 2 && s.w === 1600 && s.h === 1200, "expected 1600x1200 at dpr 2, got " + JSON.stringify(s));
    const before = await frames(page);
    await page.setViewportSize({ width: 500, height: 400 });
    await page.waitForFunction(() => document.getElementById("redress-canvas").width === 1000);
    await sleep(300);
    s = await size();
    assert(s.w === 1000 && s.h === 800, "canvas did not follow the resize: " + JSON.stringify(s));
    assert(await frames(page) > before, "no frame drawn after the resize");
  } finally {
    await context.close();
  }
});

test("idle pages draw no frames; input draws a few", async ({ context, baseUrl, watch }) => {
  const page = await openApp(context, baseUrl, watch);
  await sleep(500);  // settle frames
  const settled = await frames(page);
  await sleep(2000);
  const idle = await frames(page);
  assert(idle === settled, `drew ${idle - settled} frames while idle`);
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await sleep(300);
  const afterInput = await frames(page);
  assert(afterInput > idle, "no frame drawn after mouse input");
  assert(afterInput - idle <= 12, `drew ${afterInput - idle} frames for two mouse moves`);
});

// Run against serve.py and against nginx with deploy/nginx.conf (tests/run.py): both serve by
// deploy/headers.json, so the same checks hold for both.
test("the server sends the types, a strict CSP, each file's cache rule and its precompressed copy", async ({ context, baseUrl }) => {
  const page = await context.newPage();
  const response = await page.goto(baseUrl);
  const headers = response.headers();
  assert(headers["cache-control"] === "no-store", "index.html cache-control: " + headers["cache-control"]);
  const csp = headers["content-security-policy"] || "";
  assert(csp.includes("default-src 'self'") && csp.includes("'wasm-unsafe-eval'") && !csp.includes("unsafe-inline"),
         "unexpected CSP: " + csp);
  const get = async (name, encoding) => {
    const r = await page.request.get(baseUrl + name, { headers: { "Accept-Encoding": encoding } });
    assert(r.status() === 200, name + ": HTTP " + r.status());
    return r.headers();
  };
  const wasm = await get("redress_app.wasm", "br, gzip");
  assert(wasm["content-type"] === "application/wasm", "wasm served as " + wasm["content-type"]);
  assert(wasm["content-encoding"] === "br" && /accept-encoding/i.test(wasm["vary"] || ""),
         "wasm with br accepted: content-encoding " + wasm["content-encoding"] + ", vary " + wasm["vary"]);
  const gz = await get("app.js", "gzip");
  assert(gz["content-encoding"] === "gzip" && gz["content-type"] === "text/javascript; charset=utf-8",
         "app.js with gzip accepted: " + gz["content-encoding"] + ", " + gz["content-type"]);
  const plain = await get("app.js", "identity");
  assert(!plain["content-encoding"] && /accept-encoding/i.test(plain["vary"] || ""), "app.js uncompressed: " + JSON.stringify(plain));
  assert(plain["cache-control"] === "no-cache", "app.js cache-control: " + plain["cache-control"]);
  assert((await get("fonts/redress-ui.ttc", "br"))["content-type"] === "font/collection", "the font's type");
  const sw = await get("sw.js", "br");
  assert(sw["cache-control"] === "no-store", "sw.js cache-control: " + sw["cache-control"]);
  const manifest = await get("manifest.webmanifest", "br");
  assert(manifest["content-type"] === "application/manifest+json; charset=utf-8", "manifest served as " + manifest["content-type"]);
  const icons = JSON.parse(await (await page.request.get(baseUrl + "manifest.webmanifest")).text()).icons;
  assert(icons.length === 2, "expected two icons in the manifest");
  const icon = await get(icons[0].src, "br, gzip");
  assert(icon["content-type"] === "image/png" && icon["cache-control"] === "public, max-age=31536000, immutable",
         "hashed icon: " + icon["content-type"] + ", " + icon["cache-control"]);
  const listing = await page.request.get(baseUrl + "fonts/");
  assert(listing.status() === 404, "directory listing should be refused, got " + listing.status());
  const escape = await page.request.get(baseUrl + "../../../CMakeLists.txt");
  assert(escape.status() === 404, "path outside the web root should not be served, got " + escape.status());
  await page.waitForFunction(() => document.documentElement.dataset.redressFirstFrame === "1", null, { timeout: 30000 });
});

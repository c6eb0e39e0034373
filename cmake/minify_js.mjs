// Copies one of web/'s scripts into the build minified: comments and spaces out, local names
// shortened (terser, pinned in package-lock.json).
//
//     node cmake/minify_js.mjs IN OUT
//
// Every byte of the page's own scripts is in each first load (bench/page_load.mjs); the source
// keeps its comments and names for the next reader. Top-level names are left alone, because the
// scripts share them (html_layer.js defines what app.js calls), as are property names, which the
// tests and the wasm module's imports read.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error("usage: node cmake/minify_js.mjs IN OUT");
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let terser;
try {
  terser = createRequire(join(root, "package.json"))("terser");
} catch (e) {
  console.error("minify_js: terser is not installed; run tools/setup.sh (it runs npm ci)");
  process.exit(1);
}
const result = await terser.minify(readFileSync(source, "utf8"), {
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,  // local names only: toplevel stays false
  format: { comments: false },
});
writeFileSync(target, result.code + "\n");

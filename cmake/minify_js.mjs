// Minifies web/'s scripts into one file in the build: comments and spaces out, local names
// shortened (terser, pinned in package-lock.json).
//
//     node cmake/minify_js.mjs OUT IN...
//
// Every byte of the page's own scripts is in each first load (bench/page_load.mjs), and one file
// compresses better than several; the sources keep their comments and names for the next reader.
// The inputs run in the order given, as separate <script> tags would. Top-level names are left
// alone, because the scripts share them (html_layer.js defines what app.js calls), as are property
// names, which the tests and the wasm module's imports read.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [target, ...sources] = process.argv.slice(2);
if (!target || sources.length === 0) {
  console.error("usage: node cmake/minify_js.mjs OUT IN...");
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
const code = Object.fromEntries(sources.map((file) => [file, readFileSync(file, "utf8")]));
const result = await terser.minify(code, {
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,  // local names only: toplevel stays false
  format: { comments: false },
});
writeFileSync(target, result.code + "\n");

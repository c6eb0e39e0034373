// Runs the *.test.mjs in this folder against a running server:
//   node tests/browser/run.mjs URL              # every test file
//   node tests/browser/run.mjs URL smoke.test.mjs  # only these (tests/run.py: the nginx run)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "./harness.mjs";

const [baseUrl, ...only] = process.argv.slice(2);
if (!baseUrl) {
  console.error("usage: node tests/browser/run.mjs http://127.0.0.1:PORT/ [NAME.test.mjs...]");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const files = fs.readdirSync(here).filter((f) => f.endsWith(".test.mjs")).sort();
for (const name of only) {
  if (!files.includes(name)) {
    console.error("run.mjs: no test file " + name + " in " + here);
    process.exit(2);
  }
}
for (const file of only.length ? only : files)
  await import(pathToFileURL(path.join(here, file)).href);
process.exit((await run(baseUrl)) ? 0 : 1);

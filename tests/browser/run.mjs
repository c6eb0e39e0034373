// Runs every *.test.mjs in this folder against a running server: node tests/browser/run.mjs URL
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "./harness.mjs";

const baseUrl = process.argv[2];
if (!baseUrl) {
  console.error("usage: node tests/browser/run.mjs http://127.0.0.1:PORT/");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
for (const file of fs.readdirSync(here).filter((f) => f.endsWith(".test.mjs")).sort())
  await import(pathToFileURL(path.join(here, file)).href);
process.exit((await run(baseUrl)) ? 0 : 1);

#!/usr/bin/env node
// The browser-weight check (issue 17): bundles an app that calls `compute`, `catalogue` and `validate`
// from the built packages with esbuild (minified, browser platform, nothing external, so any Node-only
// import fails the build) and fails when the gzip size passes the budget in .ci/bundle-size.json:
// the ceiling of 120 KB, and the committed baseline plus 5 % (a regression shows at once).
//   node .ci/bundle-size.mjs            check (after `pnpm build`)
//   node .ci/bundle-size.mjs --update   write the measured size as the new baseline
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUDGET_FILE = `${ROOT}.ci/bundle-size.json`;
const esbuild = createRequire(`${ROOT}package.json`)("esbuild");

const app = `
import { catalogue, compute, primaryCareWithin14Days, validate } from "@virta/indicators";
export async function run(rows) {
  const result = await compute(primaryCareWithin14Days, { data: { health_care_visit: rows }, period: "2024" });
  return [result.rows, catalogue.list().length, validate("health_care_visit", rows).summary];
}`;

const built = await esbuild.build({
  stdin: { contents: app, resolveDir: `${ROOT}packages/indicators`, loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "error",
});
const code = built.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;

// Where the bytes come from (minified, before gzip), by package.
const byPackage = new Map();
for (const [path, { bytesInOutput }] of Object.entries(Object.values(built.metafile.outputs)[0].inputs)) {
  const modules = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  const name = modules ?? /packages\/([^/]+)/.exec(path)?.[1] ?? path;
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`browser bundle of compute + catalogue + validate: ${kb(code.length)} minified, ${kb(gzip)} gzip`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(20)} ${kb(bytes).padStart(9)}`);
}

const budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
if (process.argv.includes("--update")) {
  budget.baselineGzipBytes = gzip;
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`baseline written: ${gzip} B gzip`);
} else {
  const allowed = Math.min(budget.ceilingGzipBytes, Math.round(budget.baselineGzipBytes * 1.05));
  if (gzip > allowed) {
    console.error(
      `FAIL: ${gzip} B gzip is over the budget of ${allowed} B (ceiling ${budget.ceilingGzipBytes} B, ` +
        `baseline ${budget.baselineGzipBytes} B + 5 %). Find what grew above; if the growth is wanted and ` +
        "still under the ceiling, run `node .ci/bundle-size.mjs --update` and commit .ci/bundle-size.json.",
    );
    process.exitCode = 1;
  } else {
    console.log(`ok: ${gzip} B gzip within ${allowed} B`);
  }
}

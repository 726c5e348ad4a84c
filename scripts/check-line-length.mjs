#!/usr/bin/env node
/**
 * Style check: no line over 120 characters and no file over 400 lines (issue 13) in tracked source files:
 * TypeScript and JavaScript (.ts/.mts/.cts/.js/.mjs/.cjs) and shell scripts (.sh, .ci/run). Data and generated
 * files (JSON decks, CSV fixtures, expected SQL, pnpm-lock.yaml, Markdown) are not source and are not checked.
 * House rule from the developers' guide; biome's formatter is set to 120 but cannot break long strings, template
 * literals or comments. Prints `file:line: length` for each offending line and `file: N lines` for each long file,
 * and exits 1 when there is any. Paths given as arguments limit the check to files under them.
 *
 * @example
 * ```sh
 * node scripts/check-line-length.mjs docs/site-src packages/indicators/src
 * ```
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const MAX = 120;
const MAX_LINES = 400;
const prefixes = process.argv.slice(2).map((p) => p.replace(/\/$/, ""));
const PATTERNS = ["*.ts", "*.mts", "*.cts", "*.js", "*.mjs", "*.cjs", "*.sh", ".ci/run"];
const files = execFileSync("git", ["ls-files", ...PATTERNS], { encoding: "utf8" })
  .split("\n")
  .filter((file) => file !== "")
  .filter((file) => prefixes.length === 0 || prefixes.some((p) => file === p || file.startsWith(`${p}/`)));

let count = 0;
let long = 0;
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.length > MAX) {
      console.log(`${file}:${index + 1}: ${line.length}`);
      count++;
    }
  });
  const length = lines.at(-1) === "" ? lines.length - 1 : lines.length;
  if (length > MAX_LINES) {
    console.log(`${file}: ${length} lines`);
    long++;
  }
}
if (count > 0) console.error(`${count} line(s) over ${MAX} characters`);
if (long > 0) console.error(`${long} file(s) over ${MAX_LINES} lines`);
if (count > 0 || long > 0) process.exit(1);

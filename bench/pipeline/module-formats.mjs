#!/usr/bin/env node
/**
 * Benchmark (issue 14): read + validate + compute of within_14_days from one file through the built
 * CommonJS entries (`require("@virta/adapters")`, `require("@virta/indicators")`) and through the ES
 * module entries, in fresh processes, alternating, 3 rounds. The two must take about the same time
 * (core-bindings.ts of concepts and adapters); the cells must be equal.
 *
 *   pnpm build && node bench/pipeline/module-formats.mjs bench/data/1e6/health_care_visit.csv
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DAY_COLUMNS = ["birth_date", "contact_date", "need_assessment_date", "visit_date"];

async function once(path, format) {
  const require = createRequire(`${ROOT}packages/cli/package.json`);
  const load = (name) => (format === "cjs" ? require(name) : import(name));
  const { readTable } = await load("@virta/adapters");
  const { compute, DEFINITIONS } = await load("@virta/indicators");
  const started = performance.now();
  const definition = DEFINITIONS.find((d) => d.id === "availability.primary_care.within_14_days");
  const table = await readTable(path, { dayColumns: DAY_COLUMNS });
  const result = await compute(definition, {
    period: "2024",
    by: ["organizer", "age_group"],
    suppress: false,
    data: { health_care_visit: table },
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cells: JSON.stringify(result.rows) };
}

const [path, format] = process.argv.slice(2);
if (format !== undefined) {
  process.stdout.write(JSON.stringify(await once(path, format)));
} else {
  const best = { cjs: Infinity, esm: Infinity };
  const cells = {};
  for (let round = 0; round < 3; round++) {
    for (const name of ["cjs", "esm"]) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), path, name], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
      const run = JSON.parse(child.stdout);
      best[name] = Math.min(best[name], run.seconds);
      cells[name] = run.cells;
    }
  }
  if (cells.cjs !== cells.esm) throw new Error("the CommonJS and ES module results differ");
  console.log(
    `read + validate + compute, best of 3: CommonJS ${best.cjs.toFixed(3)} s, ES modules ` +
      `${best.esm.toFixed(3)} s (CommonJS / ES modules ${(best.cjs / best.esm).toFixed(2)})`,
  );
}

/**
 * A quick CLI (issue 14: "load only what a command needs"): the modules a command loads, recorded by a
 * module-resolution hook (and CommonJS `require`'s resolution) in the built command's process.
 * Computing and validating a CSV on the embedded engine load neither zod (the `/schemas` entries,
 * ≈ 95 ms), nor DuckDB, PostgreSQL's driver, HiGHS, hyparquet or arquero; `--version` and `list` load
 * none of our packages' engines. The executable carries the workspace's packages inside it
 * (`tsup.config.ts`): a command loads its own chunk of `dist/` and none of the packages' folders; these
 * six stay outside it, so the hook sees them by their address.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempFolder, writeInput } from "../test-support/run-cli";
import { INDICATOR, VISIT_COLUMNS, VISIT_ROWS, visitsCsv } from "./fixtures";

/** Modules only some commands need, by a pattern of their resolved address. */
const HEAVY = {
  zod: /\/node_modules\/zod\//,
  duckdb: /\/@duckdb\//,
  pg: /\/node_modules\/pg\//,
  highs: /\/node_modules\/highs\//,
  hyparquet: /\/node_modules\/hyparquet\//,
  arquero: /\/node_modules\/arquero\//,
} as const;

/** Runs `virta ARGS` with a resolve hook that writes every resolved module address to a log file. */
async function loadedModules(args: readonly string[]): Promise<{ code: number; stderr: string; modules: string[] }> {
  const folder = tempFolder("virta-start-up-");
  const log = join(folder, "modules.log");
  const hook = writeInput(
    folder,
    "hook.mjs",
    [
      'import { appendFileSync } from "node:fs";',
      "export async function resolve(specifier, context, next) {",
      "  const resolved = await next(specifier, context);",
      `  appendFileSync(${JSON.stringify(log)}, resolved.url + "\\n");`,
      "  return resolved;",
      "}",
    ].join("\n"),
  );
  // `require` (DuckDB is loaded through it, load-duckdb.ts) resolves outside the ESM hooks: log it too.
  const register = writeInput(
    folder,
    "register.mjs",
    [
      'import { appendFileSync } from "node:fs";',
      'import Module, { register } from "node:module";',
      'import { pathToFileURL } from "node:url";',
      `register(${JSON.stringify(pathToFileURL(hook).href)});`,
      "const resolveFilename = Module._resolveFilename;",
      "Module._resolveFilename = function (...args) {",
      "  const resolved = resolveFilename.apply(this, args);",
      `  appendFileSync(${JSON.stringify(log)}, pathToFileURL(resolved).href + "\\n");`,
      "  return resolved;",
      "};",
    ].join("\n"),
  );
  writeInput(folder, "modules.log", "");
  const run = await runCli(args, folder, { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` });
  return { code: run.code, stderr: run.stderr, modules: readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

function heavyIn(modules: readonly string[]): string[] {
  return Object.entries(HEAVY)
    .filter(([, pattern]) => modules.some((url) => pattern.test(url)))
    .map(([name]) => name);
}

describe("a command loads only what it needs (issue 14: a quick CLI)", () => {
  it("compute on a CSV, embedded engine: none of zod, DuckDB, pg, HiGHS, hyparquet, arquero", async () => {
    const data = writeInput(tempFolder(), "health_care_visit.csv", visitsCsv());
    const run = await loadedModules(["compute", INDICATOR, "--period", "2024", "--by", "organizer", "--data", data]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.modules.some((url) => /\/packages\/cli\/dist\/compute-\w+\.js$/.test(url))).toBe(true);
    expect(run.modules.filter((url) => /\/packages\/(core|concepts|indicators)\//.test(url))).toEqual([]);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it("validate a CSV: none of them either", async () => {
    const data = writeInput(tempFolder(), "health_care_visit.csv", visitsCsv());
    const run = await loadedModules(["validate", "health_care_visit", data]);
    expect(run.code).toBe(1); // the fixture has one rejected row (exit 1: some rows rejected)
    expect(run.modules.some((url) => /\/packages\/cli\/dist\/validate-\w+\.js$/.test(url))).toBe(true);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it("compute with --engine duckdb loads DuckDB, and still not zod", async () => {
    const data = writeInput(tempFolder(), "health_care_visit.csv", visitsCsv());
    const run = await loadedModules(["compute", INDICATOR, "--period", "2024", "--engine", "duckdb", "--data", data]);
    expect(run.code).toBe(0);
    expect(heavyIn(run.modules)).toEqual(["duckdb"]);
  });

  it("diff reads catalogues through @virta/indicators/schemas, so it loads zod (the hook sees it)", async () => {
    const catalogue = join(ROOT, "packages/indicators/catalogue.json");
    const run = await loadedModules(["diff", catalogue, catalogue]);
    expect(run.code).toBe(0);
    expect(heavyIn(run.modules)).toEqual(["zod"]);
  });

  it("a large CSV goes to the worker thread started at launch (the bundle finds its script)", async () => {
    const folder = tempFolder("virta-csv-worker-");
    // More than the reader's 4 MiB threshold (WORKER_MIN_BYTES): the fixture's rows, each copy's ids new.
    const lines = [VISIT_COLUMNS.join(",")];
    for (let copy = 0, size = 0; size < 4.5 * 2 ** 20; copy++)
      for (const [id, ...rest] of VISIT_ROWS) {
        const line = [`${id}x${copy}`, ...rest].join(",");
        lines.push(line);
        size += line.length + 1;
      }
    const data = writeInput(folder, "health_care_visit.csv", `${lines.join("\n")}\n`);
    const log = writeInput(folder, "posted.log", "");
    const register = writeInput(
      folder,
      "register.mjs",
      [
        'import { appendFileSync } from "node:fs";',
        'import { Worker } from "node:worker_threads";',
        "const post = Worker.prototype.postMessage;",
        "Worker.prototype.postMessage = function (message, ...rest) {",
        `  appendFileSync(${JSON.stringify(log)}, JSON.stringify(message) + "\\n");`,
        "  return post.call(this, message, ...rest);",
        "};",
      ].join("\n"),
    );
    const args = ["compute", INDICATOR, "--period", "2024", "--by", "organizer", "--data", data];
    const run = await runCli(args, folder, { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The thread started at launch waits for its file: the reader posts it (a thread it started itself
    // would get it as its workerData, and no thread at all means the executable lost the script).
    expect(readFileSync(log, "utf8")).toContain(JSON.stringify(data));
  });
});

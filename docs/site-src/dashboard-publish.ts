/**
 * The dashboard's published data (issue 18, fine-print F35): the national generator's rows published as
 * `virta publish` does — one publication set per population family and period (fixed-shape tables,
 * national-1 primary and complementary suppression across the set, LP-audited), written by the CLI's
 * own `publicationFiles` into `dashboard/data/PERIOD/` (JSON-stat datasets and a collection per set).
 * Publishing costs about 1–9 s per family and period, so the files are cached by the hash of their
 * inputs (rows, definitions, library version, `updated`, the publishing code) under
 * node_modules/.cache/virta-dashboard/; concurrent builds wait for the one that computes them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { highsSolver } from "@virta/adapters";
import { catalogue, groupFamilies, LIBRARY, publishSet, type PublicationSet } from "@virta/indicators";
import type { DemoData } from "../../packages/cli/src/demo/generate";
import { publicationFiles } from "../../packages/cli/src/commands/publication-files";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE = join(ROOT, "node_modules/.cache/virta-dashboard");
/** The code whose change changes the published files (the cache key reads it). */
const CODE = [
  "packages/indicators/src/publication",
  "packages/indicators/src/compute",
  "packages/core/src/disclosure",
  "packages/adapters/src/disclosure",
  "packages/cli/src/commands/publication-files.ts",
  "docs/site-src/dashboard-publish.ts",
];

/** The folder of one period's publication sets in the site. */
export const periodFolder = (period: string): string => `dashboard/data/${period}`;

/** The publication runs: every family of `ids`, for each of its periods. */
export interface PublishRun {
  ids: string[];
  period: string;
}

function codeText(path: string): string {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return readFileSync(full, "utf8");
  return readdirSync(full)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort()
    .map((name) => readFileSync(join(full, name), "utf8"))
    .join("\n");
}

/** The cache key: a hash of every input of the published files. */
function cacheKey(data: DemoData, runs: readonly PublishRun[], updated: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ library: LIBRARY.version, updated, runs }));
  for (const run of runs) for (const id of run.ids) hash.update(catalogue.entry(id).definition_hash);
  for (const path of CODE) hash.update(codeText(path));
  for (const [concept, rows] of Object.entries(data)) hash.update(`${concept}\n${JSON.stringify(rows)}`);
  return hash.digest("hex").slice(0, 24);
}

/** Publishes every run (site path → text), Finnish labels as `virta publish` writes them by default. */
async function publishAll(data: DemoData, runs: readonly PublishRun[], updated: string): Promise<Map<string, string>> {
  const solver = await highsSolver();
  const files = new Map<string, string>();
  for (const run of runs) {
    const concepts = catalogue.get(run.ids[0]!).concepts;
    const tables = Object.fromEntries(concepts.map((concept) => [concept, data[concept as keyof DemoData]]));
    const set: PublicationSet = await publishSet(run.ids, { data: tables, period: run.period, solver });
    for (const [name, text] of publicationFiles([set], { lang: "fi", updated, csv: false }))
      files.set(`${periodFolder(run.period)}/${name}`, text);
  }
  return files;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The published files of the runs, from the cache when their inputs are unchanged.
 *
 * @example
 * ```ts
 * const files = await publishedFiles(generateNationalData(), runs, "2026-12-04");
 * files.has("dashboard/data/2024-T3/availability.primary_care.within_14_days.organizer.json"); // true
 * ```
 */
export async function publishedFiles(
  data: DemoData,
  runs: readonly PublishRun[],
  updated: string,
  cache = true,
): Promise<Map<string, string>> {
  if (!cache) return publishAll(data, runs, updated);
  const file = join(CACHE, `${cacheKey(data, runs, updated)}.json`);
  const lock = `${file}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (let waited = 0; !existsSync(file); waited += 500) {
    try {
      mkdirSync(lock); // atomic: this build computes, the others wait for the file
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && waited < 600_000 && Date.now() - since < 600_000) await sleep(500);
      else if (since !== undefined) rmSync(lock, { recursive: true, force: true }); // a build that died
      continue;
    }
    try {
      const files = await publishAll(data, runs, updated);
      writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(files)));
      renameSync(`${file}.tmp`, file);
      return files;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

/** The families of the dashboard's indicators (each published as one set per period). */
export const dashboardFamilies = (ids: readonly string[]): string[][] =>
  groupFamilies(ids.map((id) => catalogue.get(id))).map((family) => family.map((definition) => definition.id));

/**
 * The benchmark data of issue 8: deterministic `health_care_visit` rows (1e5, 1e6, 1e7) with matching
 * `social_care_assessment` (one per ten visits) and `population` tables, written once as CSV and
 * Parquet under `bench/data/<size>/` (git-ignored) and reused.
 *
 * Skew is realistic: municipalities (and so organizers, F10) are drawn with Zipf weights over the
 * 2024 classification, ages with a national-like visit profile weighted towards the old, waits from a
 * mixture (most within a week, a long tail). One seeded PRNG (mulberry32) drives everything, so a size
 * and a seed give the same bytes on every machine.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getConcept, municipalityTable } from "@virta/concepts";
import { formatDate, parseDate } from "@virta/core";

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "data");
export const BENCH_SEED = 20_240_101;

/** The generated tables. */
const BENCH_CONCEPTS = ["health_care_visit", "social_care_assessment", "population"] as const;

export type Concept = (typeof BENCH_CONCEPTS)[number];

/** The concept columns of each generated table: the declared field order (F8), never a second list. */
export const COLUMNS = {} as Record<Concept, readonly string[]>;
for (const concept of BENCH_CONCEPTS) COLUMNS[concept] = getConcept(concept).fields.map((field) => field.name);

/**
 * mulberry32: a small, fast, seedable PRNG with values in [0, 1).
 *
 * @example
 * ```ts
 * const next = mulberry32(1); next() === mulberry32(1)(); // true
 * ```
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A sampler over weighted items by a cumulative table (binary search). */
function weighted<T>(items: ReadonlyArray<readonly [T, number]>): (u: number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of items) cumulative.push((total += weight));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]![0];
  };
}

const YEAR_START = parseDate("2024-01-01");
const DAYS: string[] = Array.from({ length: 366 + 400 }, (_, i) => formatDate(YEAR_START - 200 + i));
const day = (d: number): string => DAYS[d - YEAR_START + 200]!;

/** Municipalities of 2024 with Zipf weights (rank^-1.1): a few big cities, a long tail of small ones. */
function municipalitySampler(next: () => number): () => readonly [string, string] {
  const table = [...municipalityTable(2024).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  // Shuffle deterministically so that rank is not code order.
  for (let i = table.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [table[i], table[j]] = [table[j]!, table[i]!];
  }
  const sample = weighted(table.map((entry, rank) => [entry, (rank + 1) ** -1.1] as const));
  return () => sample(next());
}

const VISIT_AGES = weighted([
  [[0, 6], 6],
  [[7, 15], 7],
  [[16, 24], 9],
  [[25, 64], 42],
  [[65, 74], 17],
  [[75, 98], 19],
] as const);

/**
 * Writes the three tables of one size as CSV under `bench/data/<size>/` (unless present) and returns
 * their paths.
 *
 * @example
 * ```ts
 * const files = await generateCsv(100_000); // { health_care_visit: ".../1e5/health_care_visit.csv", … }
 * ```
 */
export async function generateCsv(
  size: number,
  seed = BENCH_SEED,
  dir = join(DATA_DIR, sizeLabel(size)),
): Promise<Record<Concept, string>> {
  mkdirSync(dir, { recursive: true });
  const paths = Object.fromEntries(
    (Object.keys(COLUMNS) as Concept[]).map((concept) => [concept, join(dir, `${concept}.csv`)]),
  ) as Record<Concept, string>;
  if ((Object.values(paths) as string[]).every((path) => existsSync(path))) return paths;
  const next = mulberry32(seed);
  const municipality = municipalitySampler(next);
  await writeLines(paths.health_care_visit, COLUMNS.health_care_visit.join(","), size, (n) =>
    visitLine(n, next, municipality),
  );
  await writeLines(
    paths.social_care_assessment,
    COLUMNS.social_care_assessment.join(","),
    Math.max(1, Math.round(size / 10)),
    (n) => assessmentLine(n, next, municipality),
  );
  const municipalities = [...municipalityTable(2024).entries()];
  await writeLines(paths.population, COLUMNS.population.join(","), municipalities.length * 101 * 2, (n) => {
    const [code, organizer] = municipalities[Math.floor(n / 202)]!;
    const age = Math.floor(n / 2) % 101;
    return `2024,${code},${organizer},${age},${n % 2 === 0 ? "male" : "female"},${Math.floor(next() * 400) + 1}`;
  });
  return paths;
}

/** `1e5`, `1e6`, … for powers of ten, else the number. */
export function sizeLabel(size: number): string {
  const exponent = Math.log10(size);
  return Number.isInteger(exponent) ? `1e${exponent}` : String(size);
}

function person(next: () => number, event: number, ages: readonly [number, number]): { birth: number; sex: string } {
  const age = ages[0] + Math.floor(next() * (ages[1] - ages[0] + 1));
  const birth = event - age * 365 - Math.floor(next() * 365) - 1;
  return { birth, sex: next() < 0.52 ? "female" : "male" };
}

function visitLine(n: number, next: () => number, municipality: () => readonly [string, string]): string {
  const [code, organizer] = municipality();
  const oral = next() < 0.25;
  const urgent = next() < (oral ? 0.1 : 0.25);
  const visit = YEAR_START + Math.floor(next() * 366);
  const u = next();
  const wait = urgent
    ? Math.floor(u * 2)
    : u < 0.8
      ? Math.floor(-6 * Math.log(1 - next())) % 60
      : 14 + Math.floor(next() * 150);
  const assessed = urgent || next() < 0.93;
  const assessment = visit - wait;
  const contact = assessment - Math.floor(next() * 3);
  const p = person(next, visit, VISIT_AGES(next()));
  const group = oral
    ? next() < 0.6
      ? "dentist"
      : "oral_hygienist"
    : next() < 0.4
      ? "doctor"
      : next() < 0.9
        ? "nurse"
        : "other";
  return [
    `v${n}`,
    `c${Math.floor(next() * Math.max(1000, n / 3 + 1))}`,
    formatDate(p.birth),
    p.sex,
    code,
    organizer,
    oral ? "oral_care" : "primary_care",
    group,
    urgent ? "urgent" : "non_urgent",
    next() < 0.3 ? "remote" : "in_person",
    day(contact),
    assessed ? day(assessment) : "",
    day(visit),
  ].join(",");
}

const CLIENT_GROUPS = weighted([
  ["older_people", 5],
  ["disability", 2],
  ["family", 2],
  ["adult", 2],
] as const);

function assessmentLine(n: number, next: () => number, municipality: () => readonly [string, string]): string {
  const [code, organizer] = municipality();
  const group = CLIENT_GROUPS(next());
  const initiated = YEAR_START + Math.floor(next() * 366);
  const p = person(next, initiated, group === "older_people" ? [75, 98] : group === "family" ? [20, 45] : [18, 74]);
  let started = initiated + (next() < 0.85 ? Math.floor(next() * 10) : 10 + Math.floor(next() * 40));
  const weekday = (((started + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  if (weekday >= 5) started += 7 - weekday;
  const completed = started + Math.floor(next() * 40);
  const extracted = YEAR_START + 366 + 31;
  return [
    `a${n}`,
    `s${Math.floor(next() * Math.max(1000, n / 2 + 1))}`,
    formatDate(p.birth),
    p.sex,
    code,
    organizer,
    group,
    next() < 0.05 ? "true" : "false",
    next() < 0.07 ? "true" : "false",
    day(initiated),
    started <= extracted ? day(started) : "",
    started <= extracted && completed <= extracted ? day(completed) : "",
  ].join(",");
}

async function writeLines(path: string, header: string, count: number, line: (n: number) => string): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const write = (text: string): Promise<void> | void => {
    if (!out.write(text)) return new Promise((resolve) => out.once("drain", () => resolve()));
  };
  await write(`${header}\n`);
  let buffer: string[] = [];
  for (let n = 0; n < count; n++) {
    buffer.push(line(n));
    if (buffer.length === 4096) {
      await write(`${buffer.join("\n")}\n`);
      buffer = [];
    }
  }
  if (buffer.length > 0) await write(`${buffer.join("\n")}\n`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(partial, path);
}

/** DuckDB's Node API, resolved through `@virta/adapters` (it is that package's dependency). */
export function duckdb(): typeof import("@duckdb/node-api") {
  const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "../packages/adapters/package.json"));
  return require("@duckdb/node-api");
}

/** Typed CSV reading for DuckDB, per concept (dates as DATE, the rest as text/integers). */
export function duckdbColumns(concept: Concept): string {
  const dates = COLUMNS[concept].filter((column) => column.endsWith("_date"));
  const types = COLUMNS[concept].map((column) => {
    const type = dates.includes(column as never)
      ? "DATE"
      : column === "year" || column === "age" || column === "count"
        ? "BIGINT"
        : column === "urgent" || column === "highest_care_allowance"
          ? "BOOLEAN"
          : "VARCHAR";
    return `'${column}': '${type}'`;
  });
  return `{${types.join(", ")}}`;
}

/**
 * Writes the Parquet copy of each CSV with DuckDB (unless present) and returns the paths.
 *
 * @example
 * ```ts
 * const parquet = await generateParquet(await generateCsv(100_000));
 * ```
 */
export async function generateParquet(csv: Record<Concept, string>): Promise<Record<Concept, string>> {
  const paths = Object.fromEntries(
    Object.entries(csv).map(([concept, path]) => [concept, path.replace(/\.csv$/, ".parquet")]),
  ) as Record<Concept, string>;
  if ((Object.values(paths) as string[]).every((path) => existsSync(path))) return paths;
  const { DuckDBInstance } = duckdb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const concept of Object.keys(csv) as Concept[]) {
      const source = `read_csv('${csv[concept]}', header = true, columns = ${duckdbColumns(concept)})`;
      await connection.run(`COPY (SELECT * FROM ${source}) TO '${paths[concept]}.partial' (FORMAT parquet)`);
      renameSync(`${paths[concept]}.partial`, paths[concept]);
    }
  } finally {
    connection.closeSync();
  }
  return paths;
}

/**
 * Issue 14's targets on files shaped as other generators write them, not only as `bench/generate.ts`
 * does (numbered ids in file order, every row valid, code-ordered columns): the same 2 M visits with
 * UUID visit ids, with client ids of up to 14 bytes that grow longer only after the first rows, in
 * shuffled order, with the municipality and organizer codes as integer columns (as pandas writes whole
 * numbers), with those and the dates as nanosecond timestamps (pandas' datetime64), and the first three
 * at once with 3 % of rows invalid and a fifth of the organizers left
 * for the municipality to give (F10). DuckDB writes each shape from the bench's 2 M-row Parquet file
 * (`bench/data/2000000`, made by `pnpm bench` or here), as Parquet (its defaults) and as CSV, under
 * `bench/data/shapes` (git-ignored), deterministically (no random function: ids and choices are
 * hashes of the row number).
 *
 * Each file is read by whole cold processes in alternating rounds, best wall time kept: `virta compute
 * availability.primary_care.within_14_days --period 2024 --by organizer,age_group` on the embedded
 * engine, and DuckDB's own process (`pipeline/duckdb-process.mjs`: its reader and a hand-written query,
 * which validates nothing and reads neither id). The Parquet and CSV outputs of each shape must be
 * byte-identical.
 *
 *   pnpm build && pnpm bench:shapes             # about four minutes after the data
 *
 * Writes bench/results/shapes.json and prints a Markdown table. Not part of `pnpm bench`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { duckdb, generateCsv, generateParquet } from "./generate";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "packages", "cli", "dist", "virta.cjs");
const DUCKDB = join(ROOT, "bench", "pipeline", "duckdb-process.mjs");
const SHAPES_DIR = join(ROOT, "bench", "data", "shapes");
const ROUNDS = 3;
const COMPUTE = ["compute", "availability.primary_care.within_14_days", "--period", "2024"];
const BY = ["--by", "organizer,age_group"];

/** A UUID-shaped text (8-4-4-4-12 lower-case hex digits) made from the hash of `seed`. */
const uuidSql = (seed: string) =>
  `(SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) ` +
  `|| '-' || substr(h, 21, 12) FROM (SELECT md5(${seed}) AS h))`;
/** A number in [0, 1) from the hash of the row number and `salt`. */
const chance = (salt: string) => `(hash(n, '${salt}') % 1000000) / 1000000.0`;

/** Each shape's SELECT over the bench file's rows `t`, numbered `n` from 0 in file order. */
const SHAPES: Record<string, string> = {
  bench: "SELECT * EXCLUDE (n) FROM t ORDER BY n",
  uuid_visit_ids: `SELECT * EXCLUDE (n) REPLACE (${uuidSql("CAST(n AS VARCHAR)")} AS visit_id) FROM t ORDER BY n`,
  long_client_ids: "SELECT * EXCLUDE (n) REPLACE ('asiakas-' || substr(client_id, 2) AS client_id) FROM t ORDER BY n",
  shuffled: "SELECT * EXCLUDE (n) FROM t ORDER BY hash(n, 'order')",
  // As pandas writes a column of whole numbers: int64 (the CSV has no leading zeros, F3 pads them).
  integer_codes: `SELECT * EXCLUDE (n) REPLACE (CAST(municipality_code AS BIGINT) AS municipality_code,
      CAST(organizer_code AS BIGINT) AS organizer_code) FROM t ORDER BY n`,
  // And its dates as pandas' datetime64[ns] (TIMESTAMP_NS; in the CSV, `2024-10-27 00:00:00`, F4).
  pandas_timestamps: `SELECT * EXCLUDE (n) REPLACE (CAST(municipality_code AS BIGINT) AS municipality_code,
      CAST(organizer_code AS BIGINT) AS organizer_code, CAST(birth_date AS TIMESTAMP_NS) AS birth_date,
      CAST(contact_date AS TIMESTAMP_NS) AS contact_date,
      CAST(need_assessment_date AS TIMESTAMP_NS) AS need_assessment_date,
      CAST(visit_date AS TIMESTAMP_NS) AS visit_date) FROM t ORDER BY n`,
  all_at_once: `SELECT * EXCLUDE (n) REPLACE (
      ${uuidSql("CAST(n AS VARCHAR)")} AS visit_id,
      'asiakas-' || substr(client_id, 2) AS client_id,
      CASE WHEN ${chance("sex")} < 0.01 THEN NULL ELSE sex END AS sex,
      CASE WHEN ${chance("organizer")} < 0.2 THEN NULL ELSE organizer_code END AS organizer_code,
      CASE WHEN ${chance("early")} < 0.02 AND need_assessment_date IS NOT NULL THEN need_assessment_date - 1
           ELSE visit_date END AS visit_date)
    FROM t ORDER BY hash(n, 'order')`,
};

/** Writes each shape as Parquet and CSV (once); returns their paths by shape. */
async function writeShapes(source: string): Promise<Record<string, { parquet: string; csv: string }>> {
  mkdirSync(SHAPES_DIR, { recursive: true });
  const { DuckDBInstance } = duckdb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const files: Record<string, { parquet: string; csv: string }> = {};
  try {
    const rows = `read_parquet('${source}', file_row_number = true)`;
    await connection.run(`CREATE TABLE t AS SELECT * EXCLUDE (file_row_number), file_row_number AS n FROM ${rows}`);
    for (const [shape, select] of Object.entries(SHAPES)) {
      const parquet = join(SHAPES_DIR, `${shape}.parquet`);
      const csv = join(SHAPES_DIR, `${shape}.csv`);
      files[shape] = { parquet, csv };
      if (existsSync(parquet) && existsSync(csv)) continue;
      await connection.run(`COPY (${select}) TO '${parquet}' (FORMAT parquet)`);
      await connection.run(`COPY (SELECT * FROM read_parquet('${parquet}')) TO '${csv}' (HEADER)`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return files;
}

function runOnce(args: string[]): { wall: number; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${args.join(" ")}: exit ${child.status}: ${child.stderr.slice(0, 400)}`);
  return { wall, stdout: child.stdout };
}

if (!existsSync(BIN)) throw new Error(`${BIN} is not built: run pnpm build first`);
const bench = await generateParquet(await generateCsv(2e6));
const files = await writeShapes(bench.health_care_visit);
const figures: Record<string, Record<string, number>> = {};
for (const [shape, { parquet, csv }] of Object.entries(files)) {
  const commands: Record<string, string[]> = {
    virta_parquet: [BIN, ...COMPUTE, ...BY, "--data", parquet],
    duckdb_parquet: [DUCKDB, parquet],
    virta_csv: [BIN, ...COMPUTE, ...BY, "--data", csv],
    duckdb_csv: [DUCKDB, csv],
  };
  const best: Record<string, number> = {};
  const outputs: Record<string, string> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const { wall, stdout } = runOnce(args);
      outputs[name] = stdout;
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, Math.round(wall * 100) / 100);
    }
  }
  if (outputs.virta_parquet !== outputs.virta_csv) throw new Error(`${shape}: the Parquet and CSV outputs differ`);
  figures[shape] = best;
  console.log(`${shape}: ${JSON.stringify(best)}`);
}
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log("\n| shape | virta Parquet | DuckDB Parquet | ratio | virta CSV | DuckDB CSV | ratio |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [shape, f] of Object.entries(figures)) {
  const parquet = `${f.virta_parquet} | ${f.duckdb_parquet} | ${ratio(f.virta_parquet!, f.duckdb_parquet!)}`;
  console.log(`| ${shape} | ${parquet} | ${f.virta_csv} | ${f.duckdb_csv} | ${ratio(f.virta_csv!, f.duckdb_csv!)} |`);
}
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
const result = { date: new Date().toISOString(), rows: 2e6, cpus: cpus().length, node: process.version, figures };
writeFileSync(join(ROOT, "bench", "results", "shapes.json"), `${JSON.stringify(result, null, 2)}\n`);

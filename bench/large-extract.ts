/**
 * Issue 14's analyst with a national extract on a laptop: it must finish, stream and never hold the
 * file in memory. Generates 50 M visits once (`bench/generate.ts`: a 5.7 GB CSV file and the same rows
 * as a 1.1 GB Parquet file under `bench/data/50000000`, git-ignored; about three minutes), then runs each
 * path once as a whole `virta` process and prints its wall seconds and peak resident memory
 * (`pipeline/peak-memory.cjs`): `virta validate` of the CSV file, and `virta compute
 * availability.primary_care.within_14_days --period 2024 --by organizer,age_group` from CSV and Parquet
 * on the embedded engine and with `--engine duckdb`. Every compute output must be byte-identical.
 *
 *   pnpm build && pnpm bench:extract            # 50 M visits (about five minutes after the data)
 *   pnpm bench:extract --rows 1e7               # any size
 *
 * Writes bench/results/extract.json. Not part of `pnpm bench` (the files take 7 GB of disk).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCsv, generateParquet } from "./generate";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "packages", "cli", "dist", "virta.cjs");
const PEAK = join(ROOT, "bench", "pipeline", "peak-memory.cjs");
const COMPUTE = ["compute", "availability.primary_care.within_14_days", "--period", "2024"];
const BY = ["--by", "organizer,age_group"];

/** One path's wall seconds and peak resident memory (MiB), and its stdout. */
interface Run {
  wall_s: number;
  peak_mib: number;
  stdout: string;
}

function rowsArgument(argv: string[]): number {
  const at = argv.indexOf("--rows");
  const rows = at < 0 ? 5e7 : Number(argv[at + 1]);
  if (!Number.isInteger(rows) || rows < 1) throw new Error("--rows takes a whole number such as 1e7");
  return rows;
}

/** Runs `virta` with `args` as one process; its peak memory is the largest line `peak-memory.cjs` printed. */
function runVirta(args: string[]): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--require", PEAK, BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const peaks = [...child.stderr.matchAll(/virta-bench-peak-rss-kib (\d+)/g)].map((match) => Number(match[1]));
  if (child.status !== 0 && child.status !== 1) throw new Error(`virta ${args.join(" ")}: exit ${child.status}`);
  return { wall_s: Math.round(wall * 10) / 10, peak_mib: Math.round(Math.max(...peaks) / 1024), stdout: child.stdout };
}

if (!existsSync(BIN)) throw new Error(`${BIN} is not built: run pnpm build first`);
const rows = rowsArgument(process.argv.slice(2));
const files = await generateCsv(rows);
const csv = files.health_care_visit;
const parquet = (await generateParquet(files)).health_care_visit;
const paths: Record<string, string[]> = {
  validate_csv: ["validate", "health_care_visit", csv],
  compute_csv: [...COMPUTE, ...BY, "--data", csv],
  compute_parquet: [...COMPUTE, ...BY, "--data", parquet],
  compute_duckdb_engine_csv: [...COMPUTE, ...BY, "--engine", "duckdb", "--data", csv],
  compute_duckdb_engine_parquet: [...COMPUTE, ...BY, "--engine", "duckdb", "--data", parquet],
};
const figures: Record<string, Omit<Run, "stdout">> = {};
let reference: string | undefined;
for (const [name, args] of Object.entries(paths)) {
  const { stdout, ...figure } = runVirta(args);
  if (name.startsWith("compute")) {
    reference ??= stdout;
    if (stdout !== reference) throw new Error(`${name}: the output differs from compute_csv's`);
  }
  figures[name] = figure;
  console.log(`${name}: ${figure.wall_s} s, peak ${figure.peak_mib} MiB`);
}
const machine = { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version };
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
const result = { date: new Date().toISOString(), rows, machine, figures };
writeFileSync(join(ROOT, "bench", "results", "extract.json"), `${JSON.stringify(result, null, 2)}\n`);

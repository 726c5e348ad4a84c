/**
 * Whole cold processes (issues 13 and 14): `virta validate` and `virta compute` as a user runs them (one
 * fresh Node process each, reading the file), against DuckDB's own process reading the same file with a
 * hand-written query for the same cells (`duckdb-process.mjs`). The commands run in `ROUNDS` alternating
 * rounds, so that a change of load touches all of them; each keeps its best (least disturbed) wall time
 * with that run's CPU seconds. Every compute output must be byte-identical to the CSV one, and DuckDB's
 * cells must equal virta's, before a time counts.
 *
 * Needs the built CLI (`pnpm build`); without it the measurement is skipped with a printed reason.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "packages", "cli", "dist", "virta.cjs");
const DUCKDB = join(ROOT, "bench", "pipeline", "duckdb-process.mjs");
const ROUNDS = 3;
const COMPUTE = [
  "compute",
  "availability.primary_care.within_14_days",
  "--period",
  "2024",
  "--by",
  "organizer,age_group",
];

/** A command's best wall time and the CPU seconds (user + system) of that run. */
export interface ProcessFigure {
  wall_s: number;
  cpu_s: number;
}

/** CPU seconds of this process's finished children (Linux `/proc/self/stat`: cutime + cstime, in ticks of 1/100 s). */
function childrenCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function runOnce(args: string[]): { wall: number; cpu: number; stdout: string } {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${args.join(" ")}: exit ${child.status}: ${child.stderr.slice(0, 400)}`);
  return { wall, cpu: childrenCpuSeconds() - cpuBefore, stdout: child.stdout };
}

/** Numerator and denominator per organizer|age group, from virta's JSON or DuckDB's printed rows. */
function cellsOf(stdout: string, fromDuckDb: boolean): string {
  const cells: string[] = fromDuckDb
    ? (JSON.parse(stdout) as Array<[string, string, number, number]>).map(([o, a, n, d]) => `${o}|${a}|${n}|${d}`)
    : (JSON.parse(stdout).rows as Array<Record<string, unknown>>)
        .filter((row) => row.denominator !== null && Number(row.denominator) > 0)
        .map((row) => `${row.organizer}|${row.age_group}|${row.numerator}|${row.denominator}`);
  return cells.sort().join("\n");
}

/**
 * Times the cold processes on one size's files: `virta validate` (CSV), `virta compute` from CSV and
 * Parquet on the embedded engine and with `--engine duckdb`, and DuckDB's own process on both files.
 * Returns `null` (after printing why) when the CLI is not built.
 *
 * @example
 * ```ts
 * const csv = "bench/data/1e6/health_care_visit.csv";
 * const figures = coldProcesses({ csv, parquet: csv.replace(".csv", ".parquet") });
 * figures?.compute_csv.wall_s; // 1.0
 * ```
 */
export function coldProcesses(files: { csv: string; parquet: string }): Record<string, ProcessFigure> | null {
  if (!existsSync(BIN)) {
    console.log(`cold processes skipped: ${BIN} is not built (run pnpm build first)`);
    return null;
  }
  const commands: Record<string, string[]> = {
    validate_csv: [BIN, "validate", "health_care_visit", files.csv],
    compute_csv: [BIN, ...COMPUTE, "--data", files.csv],
    compute_parquet: [BIN, ...COMPUTE, "--data", files.parquet],
    compute_duckdb_engine_csv: [BIN, ...COMPUTE, "--engine", "duckdb", "--data", files.csv],
    compute_duckdb_engine_parquet: [BIN, ...COMPUTE, "--engine", "duckdb", "--data", files.parquet],
    duckdb_own_csv: [DUCKDB, files.csv],
    duckdb_own_parquet: [DUCKDB, files.parquet],
  };
  const best: Record<string, ProcessFigure> = {};
  const outputs: Record<string, string> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const run = runOnce(args);
      outputs[name] = run.stdout;
      if (!best[name] || run.wall < best[name]!.wall_s)
        best[name] = { wall_s: Math.round(run.wall * 100) / 100, cpu_s: Math.round(run.cpu * 100) / 100 };
    }
  }
  for (const name of ["compute_parquet", "compute_duckdb_engine_csv", "compute_duckdb_engine_parquet"])
    if (outputs[name] !== outputs.compute_csv) throw new Error(`cold processes: ${name} differs from compute_csv`);
  const virtaCells = cellsOf(outputs.compute_csv!, false);
  for (const name of ["duckdb_own_csv", "duckdb_own_parquet"])
    if (cellsOf(outputs[name]!, true) !== virtaCells) throw new Error(`cold processes: ${name}'s cells differ`);
  return best;
}

/**
 * The Markdown of a benchmark run (bench/results/latest.md, issue 8): the table per size, the per-share
 * table against the hand-written loops, the whole cold processes (issues 13 and 14) and the notes.
 */
import type { IndicatorFigures } from "./per-indicator";
import type { ProcessFigure } from "./pipeline/processes";

/** Seconds for `rows` rows as microseconds per row (issue 14: the cost per row should stay flat with size). */
const perRow = (secondsTaken: number, rows: number): string => ((secondsTaken / rows) * 1e6).toFixed(2);

/** The cold-process table: best wall (CPU) seconds per command, rows/s of `virta validate`, and the ratios. */
function processTable(results: Array<Record<string, any>>): string[] {
  const sized = results.filter((r) => r.cold_processes);
  if (sized.length === 0) return [];
  const cell = (f: ProcessFigure) => `${f.wall_s.toFixed(2)} (${f.cpu_s.toFixed(2)})`;
  const ratio = (a: ProcessFigure, b: ProcessFigure) => (a.wall_s / b.wall_s).toFixed(2);
  return [
    "Whole cold processes (`node packages/cli/dist/virta.cjs …`, one fresh process per run, best wall seconds of 3 " +
      "alternating rounds, CPU seconds of that run in parentheses; compute = within_14_days by organizer,age_group; " +
      "DuckDB own = `bench/pipeline/duckdb-process.mjs`, DuckDB's reader and a hand-written query for the " +
      "same cells, " +
      "which validates nothing):",
    "",
    "| visits | `virta validate` CSV | validate rows/s | compute CSV | DuckDB own CSV | CSV ratio | " +
      "compute Parquet | " +
      "DuckDB own Parquet | Parquet ratio | `--engine duckdb` CSV | `--engine duckdb` Parquet | `--engine duckdb` " +
      "Parquet ratio |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...sized.map((r) => {
      const p = r.cold_processes as Record<string, ProcessFigure>;
      return (
        `| ${r.label} | ${cell(p.validate_csv!)} | ` +
        `${Math.round(r.rows / p.validate_csv!.wall_s).toLocaleString("en")} | ` +
        `${cell(p.compute_csv!)} | ${cell(p.duckdb_own_csv!)} | ${ratio(p.compute_csv!, p.duckdb_own_csv!)} | ` +
        `${cell(p.compute_parquet!)} | ${cell(p.duckdb_own_parquet!)} | ` +
        `${ratio(p.compute_parquet!, p.duckdb_own_parquet!)} | ${cell(p.compute_duckdb_engine_csv!)} | ` +
        `${cell(p.compute_duckdb_engine_parquet!)} | ` +
        `${ratio(p.compute_duckdb_engine_parquet!, p.duckdb_own_parquet!)} |`
      );
    }),
  ];
}

/** The Markdown of a run; `coldOnly` adds rows to the cold-process table only (issue 14's 2 M-row file). */
export function markdown(
  results: Array<Record<string, any>>,
  host: Record<string, unknown>,
  coldOnly: Array<Record<string, any>> = [],
): string {
  const lines = [
    `# Benchmark results (issue 8)`,
    "",
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memory_gb} GB, Node ${host.node}. Generated ` +
      `${new Date().toISOString().slice(0, 10)}.`,
    "",
    "| visits | CSV read+validate rows/s (streamed) | validate alone rows/s | catalogue in memory s | " +
      "catalogue DuckDB s | mem/DuckDB | " +
      "mem/hand CPU per share (7 d / 14 d / 3 m) | 3 shares mem s | 3 shares one-pass hand s | mem/one-pass | " +
      "e2e CSV mem s | e2e Parquet mem s | e2e CSV DuckDB s | e2e Parquet DuckDB s | " +
      "e2e CSV mem/DuckDB | e2e Parquet mem/DuckDB | e2e CSV `--engine duckdb` s | e2e Parquet `--engine duckdb` s | " +
      "heap B/row columnar | heap B/row streaming | peak RSS MB | e2e µs/row CSV / Parquet |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const perShare: string[] = [];
  for (const r of results) {
    const c = r.compute_in_memory;
    const e = r.end_to_end_within_14_days;
    lines.push(
      `| ${r.label} | ${r.csv_read_validate.rows_per_second.toLocaleString("en")} | ` +
        `${r.validate_alone.rows_per_second.toLocaleString("en")} | ${c.catalogue.memory_s} | ` +
        `${c.catalogue.duckdb_s} | ${c.ratio_memory_to_duckdb} | ` +
        `${c.per_indicator.map((f: IndicatorFigures) => f.cpu_ratio.toFixed(2)).join(" / ")} | ` +
        `${c.three_shares.memory_best_s} | ${c.three_shares.hand_written_one_pass_s} | ` +
        `${c.ratio_three_memory_to_one_pass_hand_written} | ${e.memory_csv_s} | ` +
        `${e.memory_parquet_s} | ${e.duckdb_csv_s} | ${e.duckdb_parquet_s} | ` +
        `${r.ratio_e2e_csv_memory_to_duckdb} | ${r.ratio_e2e_parquet_memory_to_duckdb} | ` +
        `${e.validated_duckdb_csv_s} | ${e.validated_duckdb_parquet_s} | ${r.heap_bytes_per_row.columnar_table} | ` +
        `${r.heap_bytes_per_row.streaming_compute_peak} | ${r.peak_rss_mb_so_far} | ` +
        `${perRow(e.memory_csv_s, r.size)} / ${perRow(e.memory_parquet_s, r.size)} |`,
    );
    for (const f of c.per_indicator as IndicatorFigures[])
      perShare.push(
        `| ${r.label} | ${f.id} | ${f.memory_s} | ${f.hand_written_s} | ${f.ratio.toFixed(2)} | ` +
          `${f.memory_cpu_s} | ${f.hand_written_cpu_s} | ${f.cpu_ratio.toFixed(2)} |`,
      );
  }
  lines.push(
    "",
    "Per share (issue 14's target: the engine at most 2× the hand-written loop per indicator; each share's own " +
      "loop, best of 5 alternate rounds (3 at 1e7), wall and CPU seconds; on a shared machine read the CPU ratio):",
    "",
    "| visits | indicator by organizer,age_group | mem s | hand s | mem/hand | mem CPU s | hand CPU s | mem/hand CPU |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
    ...perShare,
  );
  lines.push("", ...processTable([...results, ...coldOnly]));
  lines.push(
    "",
    `Catalogue: ${results[0]?.catalogue_runs} runs (every availability indicator with data, by organizer,age_group ` +
      `and by organizer,month). Skipped: ${(results[0]?.skipped as string[] | undefined)?.join("; ") || "none"}.`,
  );
  lines.push(
    "",
    "Three shares = availability.primary_care.within_7_days, within_14_days, within_3_months by organizer,age_group " +
      "(3 shares mem = the sum of the engine's three best runs; the one-pass hand-written loop computes all three " +
      "in one pass; the catalogue columns time each run once). End to end = read + validate + compute of " +
      "within_14_days from the file (`readTable` + `compute`, as `virta compute --data`), DuckDB = " +
      "`runPlanOnDuckDbFiles` over the same file. The in-memory catalogue runs on the validator's columnar " +
      "chunks (`pushColumns`), the tables `compute` hands the engine. " +
      "Every time is printed only after all engines agreed on every cell.",
  );
  return `${lines.join("\n")}\n`;
}

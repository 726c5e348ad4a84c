/**
 * How far the database is with the statements of a compute that runs in it: `--engine duckdb --data
 * FILE` and `--engine duckdb|postgres --db …` (issue 14: a region's 50 M-row extract must show progress
 * on a terminal; interfaces.md: progress goes to stderr, only on a terminal). DuckDB tracks a running
 * statement's progress once `enable_progress_bar` is on (its own printing stays off); PostgreSQL gives
 * no estimate, so its reports carry the time only. `progressTracker` reports 0 % when a statement starts,
 * then every interval until it ends.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

/** `loading`: DuckDB reads a CSV file into its table; `computing`: the validation and the plan's queries. */
export type SqlStep = "loading" | "computing";

/** One report: the database, which statement of the run (from 1), its step, and how much of it is done. */
export interface SqlProgress {
  database: "DuckDB" | "PostgreSQL";
  step: SqlStep;
  statement: number;
  /** Per cent of the statement done, 0–100: DuckDB's estimate, 0 while there is none (always for PostgreSQL). */
  percentage: number;
}

/** Receives the reports of a run; it decides what to show (the CLI draws one line on a terminal). */
export type SqlProgressListener = (progress: SqlProgress) => void;

/** Runs `run` as the statement of a step, reporting its progress (see `progressTracker`). */
export type TrackStatement = <T>(step: SqlStep, run: () => Promise<T>) => Promise<T>;

/** Turns DuckDB's progress tracking on for `connection`, without its own progress bar. */
export async function enableDuckDbProgress(connection: DuckDBConnection): Promise<void> {
  await connection.run("SET enable_progress_bar = true");
  await connection.run("SET enable_progress_bar_print = false");
}

/**
 * A wrapper that numbers each statement it runs and reports its progress to `listener`: 0 % at the
 * start, then every `intervalMs` while the statement runs, the highest `estimate()` so far (a per cent,
 * negative when unknown) where the database has one, so a statement's reports never fall. Without a
 * listener it only runs the statement.
 *
 * @example
 * ```ts
 * await enableDuckDbProgress(connection);
 * const estimate = () => connection.progress.percentage;
 * const track = progressTracker("DuckDB", estimate, ({ step, percentage }) => console.error(step, percentage));
 * await track("loading", () => connection.run("CREATE TABLE t AS SELECT * FROM read_csv('visits.csv')"));
 * // loading 0, loading 38.6, loading 82.3, …
 * ```
 */
export function progressTracker(
  database: SqlProgress["database"],
  estimate: (() => number) | null,
  listener: SqlProgressListener | undefined,
  intervalMs = 500,
): TrackStatement {
  let statements = 0;
  return async (step, run) => {
    if (listener === undefined) return run();
    statements += 1;
    const statement = statements;
    listener({ database, step, statement, percentage: 0 });
    // DuckDB's estimate falls back to "none" as a statement ends: the report keeps the highest one.
    let highest = 0;
    const timer = setInterval(() => {
      highest = Math.max(highest, Math.min(100, estimate?.() ?? 0));
      listener({ database, step, statement, percentage: highest });
    }, intervalMs);
    try {
      return await run();
    } finally {
      clearInterval(timer);
    }
  };
}

/**
 * How far DuckDB is with the statements of `virta compute --engine duckdb --data FILE` (issue 14: a
 * region's 50 M-row extract must show progress on a terminal; interfaces.md: progress goes to stderr,
 * only on a terminal). DuckDB tracks a running statement's progress once `enable_progress_bar` is on
 * (its own printing stays off); `progressTracker` reads it from the connection while the statement
 * runs on DuckDB's threads: 0 % when the statement starts, then every interval until it ends.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

/** `loading`: DuckDB reads a CSV file into its table; `computing`: the validation and the plan's queries. */
export type DuckDbStep = "loading" | "computing";

/** One report: which statement of the run (from 1), its step, and how much of it is done. */
export interface DuckDbProgress {
  step: DuckDbStep;
  statement: number;
  /** Per cent of the statement's rows done, 0–100 (DuckDB's estimate). */
  percentage: number;
}

/** Receives the reports of a run; it decides what to show (the CLI draws one line on a terminal). */
export type DuckDbProgressListener = (progress: DuckDbProgress) => void;

/** Runs `run` as the statement of a step, reporting its progress (see `progressTracker`). */
export type TrackStatement = <T>(step: DuckDbStep, run: () => Promise<T>) => Promise<T>;

/** Turns DuckDB's progress tracking on for `connection`, without its own progress bar. */
export async function enableProgress(connection: DuckDBConnection): Promise<void> {
  await connection.run("SET enable_progress_bar = true");
  await connection.run("SET enable_progress_bar_print = false");
}

/**
 * A wrapper that numbers each statement it runs and reports its progress to `listener`: 0 % at the
 * start, then DuckDB's estimate every `intervalMs` while the statement runs (none while DuckDB has no
 * estimate yet). Without a listener it only runs the statement.
 *
 * @example
 * ```ts
 * await enableProgress(connection);
 * const track = progressTracker(connection, ({ step, percentage }) => console.error(step, percentage));
 * await track("loading", () => connection.run("CREATE TABLE t AS SELECT * FROM read_csv('visits.csv')"));
 * // loading 0, loading 38.6, loading 82.3, …
 * ```
 */
export function progressTracker(
  connection: DuckDBConnection,
  listener: DuckDbProgressListener | undefined,
  intervalMs = 500,
): TrackStatement {
  let statements = 0;
  return async (step, run) => {
    if (listener === undefined) return run();
    statements += 1;
    const statement = statements;
    listener({ step, statement, percentage: 0 });
    const timer = setInterval(() => {
      const { percentage } = connection.progress;
      if (percentage >= 0) listener({ step, statement, percentage: Math.min(100, percentage) });
    }, intervalMs);
    try {
      return await run();
    } finally {
      clearInterval(timer);
    }
  };
}

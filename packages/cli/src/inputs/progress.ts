/**
 * Progress of long reads on stderr (issue 10, interfaces.md): rows read and rows per second, shown only
 * when stderr is a terminal and only once reading has taken longer than a couple of seconds, redrawn at
 * most twice a second on one line, and cleared when reading ends. stdout never sees it. When the
 * database computes (`--engine duckdb --data`, `--db`), the line shows its statement and progress.
 */
import type { SqlProgress } from "@virta/adapters";
import type { ColumnBatch } from "@virta/core";
import type { CliIo } from "../cli/io";

/** A progress line for one table. */
export interface Progress {
  /** Counts `rows` more rows read. */
  add(rows: number): void;
  /** Clears the line (if one was drawn). */
  done(): void;
}

/** Reading must last this long before progress appears (short inputs stay silent). */
const QUIET_MS = 2000;
const REDRAW_MS = 500;

/**
 * Creates the progress line for reading `label`; a no-op when stderr is not a terminal.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, "health_care_visit visits.csv");
 * progress.add(16384); // after two seconds: "health_care_visit visits.csv: 1 245 184 rows read (612 000 rows/s)"
 * progress.done();
 * ```
 */
export function createProgress(io: CliIo, label: string, now: () => number = Date.now): Progress {
  if (!io.errIsTerminal) return { add() {}, done() {} };
  const started = now();
  let rows = 0;
  let drawn = 0;
  return {
    add(count) {
      rows += count;
      const time = now();
      if (time - started < QUIET_MS || time - drawn < REDRAW_MS) return;
      drawn = time;
      const rate = Math.round((rows * 1000) / (time - started));
      io.err(`\r${label}: ${rows.toLocaleString("en-US")} rows read (${rate.toLocaleString("en-US")} rows/s)\u001b[K`);
    },
    done() {
      if (drawn > 0) io.err("\r\u001b[K");
    },
  };
}

/**
 * The batches of `source`, counted on a progress line for `label` (see `createProgress`); the line is
 * cleared when the batches end or the reading stops. Every call of `batches()` starts a new line.
 *
 * @example
 * ```ts
 * const counted = withProgress(table, io, "health_care_visit staging.visits");
 * for await (const batch of counted.batches()) validator.pushColumns(batch);
 * ```
 */
export function withProgress(
  source: { batches(): AsyncIterable<ColumnBatch> | Iterable<ColumnBatch> },
  io: CliIo,
  label: string,
): { batches(): AsyncIterable<ColumnBatch> } {
  async function* batches(): AsyncGenerator<ColumnBatch> {
    const progress = createProgress(io, label);
    try {
      for await (const batch of source.batches()) {
        progress.add(batch.length);
        yield batch;
      }
    } finally {
      progress.done();
    }
  }
  return { batches };
}

/** The progress line of a run computed in the database (`--engine duckdb --data`, `--db`). */
export interface StatementProgress {
  /** Shows DuckDB's report (see `createStatementProgress`). */
  report(progress: SqlProgress): void;
  /** Clears the line (if one was drawn). */
  done(): void;
}

const STEP_WORDS = { loading: "loading the file", computing: "validating and computing" } as const;

/**
 * The progress line for the database's statements over `label` (files or tables): quiet for two
 * seconds, then `label: DuckDB statement 2, validating and computing, 63%, 5 s` (the per cent where
 * DuckDB estimates one; the seconds since the run began), redrawn at most twice a second, and cleared by
 * `done`; a no-op when stderr is not a terminal (like `createProgress`).
 *
 * @example
 * ```ts
 * const progress = createStatementProgress(io, "visits.csv");
 * progress.report({ database: "DuckDB", step: "loading", statement: 1, percentage: 42.4 });
 * // after two seconds: "visits.csv: DuckDB statement 1, loading the file, 42%, 2 s"
 * progress.done();
 * ```
 */
export function createStatementProgress(io: CliIo, label: string, now: () => number = Date.now): StatementProgress {
  if (!io.errIsTerminal) return { report() {}, done() {} };
  const started = now();
  let drawn = 0;
  return {
    report({ database, step, statement, percentage }) {
      const time = now();
      if (time - started < QUIET_MS || time - drawn < REDRAW_MS) return;
      drawn = time;
      // DuckDB estimates some statements only (the one statement of the validation stays at 0 %),
      // PostgreSQL none: then the seconds alone show that the run goes on.
      const done = percentage > 0 ? `${Math.floor(percentage)}%, ` : "";
      const seconds = Math.floor((time - started) / 1000);
      io.err(`\r${label}: ${database} statement ${statement}, ${STEP_WORDS[step]}, ${done}${seconds} s\u001b[K`);
    },
    done() {
      if (drawn > 0) io.err("\r\u001b[K");
    },
  };
}

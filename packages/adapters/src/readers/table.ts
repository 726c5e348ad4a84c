/**
 * The shape every file reader returns: the header, and the records as a stream of column batches
 * (`ColumnBatch` of `@virta/core`) with their record numbers (interfaces.md "The command line", fine-print F29, F9).
 *
 * Values are handed to the concept validator as read: CSV and NDJSON/JSON strings are not trimmed
 * here (the validator trims every cell, F1), JSON values keep their JSON type, Parquet values are
 * converted to strings, numbers, booleans or bigints the validator accepts (see `parquet-values.ts`).
 */
import type { ColumnBatch } from "@virta/core";
import type { CsvWorkerStarts } from "./csv-bytes/worker-start";

/** One cell as read from a file; `undefined` (a missing key) and `null` both mean "absent" (F1). */
export type RawValue =
  | string
  | number
  | boolean
  | bigint
  | Date
  | null
  | undefined
  | readonly unknown[]
  | { readonly [key: string]: unknown };

/** The file formats, chosen by extension (F29). */
export type TableFormat = "csv" | "json" | "ndjson" | "parquet";

/** A readable table: its header and a re-readable stream of column batches. */
export interface Table {
  /** The path as given. */
  path: string;
  /** How messages name the file (the `source` option and the path). */
  label: string;
  format: TableFormat;
  /**
   * Column names: the CSV header (trimmed, BOM stripped, F29), the union of keys of all JSON objects in
   * first-seen order (F29), or the Parquet schema's top-level fields.
   */
  columns: string[];
  /** The CSV field delimiter that was detected; absent for other formats. */
  delimiter?: "," | ";";
  /**
   * The records in column batches of at most `batchSize` rows (cells as read, in `columns` order,
   * with their record numbers, F9). Every call reads the file again from the start, so the file is
   * never held in memory as a whole (except a JSON array element, an NDJSON line or a Parquet row
   * group at a time).
   */
  batches(): AsyncIterable<ColumnBatch>;
}

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** Columns the header must have (exact names after trimming, F29); otherwise `UsageError("missing_column")`. */
  requiredColumns?: readonly string[];
  /** Groups of columns of which the header must have at least one each (e.g. `[["municipality", "organizer"]]`). */
  anyOfColumns?: readonly (readonly string[])[];
  /** A label for messages, e.g. the concept name `health_care_visit`. */
  source?: string;
  /** Rows per yielded batch (default {@link CSV_BATCH_SIZE} for CSV, else {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /**
   * Columns (by name) of a concept's date fields, which the validator reads as dates either way: in a
   * CSV file their plain `YYYY-MM-DD` cells of years 0001–9999, in a Parquet file their TIMESTAMP cells
   * (F4: the date part, or the Helsinki date of an instant adjusted to UTC), come as day numbers in a
   * `day` column of the batch (`ColumnKind`), read without a string per cell; every other cell of them
   * stays text as before (F4, F34). (A Parquet DATE column always comes as day numbers.)
   */
  dayColumns?: readonly string[];
  /**
   * The columns (by name) whose cells are read; every other column keeps its name and place in each
   * batch, but its cells come absent, unread (default: every column). A concept's validator ignores
   * the columns that are not its fields (reporting them once), so `virta` reads only the fields: a wide
   * export's other columns cost no string per cell, and a Parquet file's are not even decoded (nor
   * need they be of a type the readers take).
   */
  readColumns?: readonly string[];
  /**
   * Identifier columns (by name) whose values the caller only validates as a concept's `id` field of
   * at most 64 code points (F1, F5a, F6, F11), such as `client_id` for an indicator that counts visits:
   * a reader may give each such cell that plainly passes that check (1–12 printable ASCII characters
   * without white space, not 11 beginning with a digit) as the text of another cell of the column
   * that plainly passes, instead of a string per cell; every other cell comes as itself, so the
   * validation's reasons and counts are the same (`plain-ids.ts`). The Parquet reader and the CSV reader's
   * worker thread do so.
   */
  onlyValidatedIds?: readonly string[];
  /**
   * Worker threads started at launch for CSV files (`CsvWorkerStarts` of `@virta/adapters/worker-start`):
   * a large CSV file's first read takes the thread started for it, so its start-up is not waited for.
   */
  csvWorkers?: CsvWorkerStarts;
}

/**
 * Per column, whether its cells are skipped (not in `readColumns`), or `null` when every column is read.
 *
 * @example
 * ```ts
 * skippedColumns(["visit_id", "note"], ["visit_id"]); // [false, true]
 * skippedColumns(["visit_id", "note"], undefined);    // null
 * ```
 */
export function skippedColumns(names: readonly string[], readColumns?: readonly string[]): boolean[] | null {
  if (readColumns === undefined) return null;
  const read = new Set(readColumns);
  const skipped = names.map((name) => !read.has(name));
  return skipped.includes(true) ? skipped : null;
}

/**
 * A batch with the cells of the skipped columns made absent (for readers that read every cell anyway).
 *
 * @example
 * ```ts
 * const batch = { source: "t", names: ["id", "note"], columns: [["v1"], ["x"]], length: 1, records: [1] };
 * withoutSkipped(batch, [false, true]).columns; // [["v1"], [undefined]]
 * ```
 */
export function withoutSkipped(batch: ColumnBatch, skipped: readonly boolean[]): ColumnBatch {
  const columns = batch.columns.map((column, index) =>
    skipped[index] === true ? new Array<undefined>(batch.length) : column,
  );
  const dictionaries = batch.dictionaries?.map((dictionary, index) => (skipped[index] === true ? null : dictionary));
  return { ...batch, columns, ...(dictionaries ? { dictionaries } : {}) };
}

/**
 * The default number of rows per batch. Small batches keep few rows alive at a time, so V8's young
 * generation collects them cheaply: reading a 1 M-row, 11-column CSV took ~0.6 s of CPU with 1–2 k
 * rows per batch and ~1.7 s with 16 k (packages/adapters/bench/read-csv.ts).
 */
export const DEFAULT_BATCH_SIZE = 2_048;

/**
 * The default number of rows per batch of a CSV file: a CSV cell is a fresh string, and half of
 * DEFAULT_BATCH_SIZE lets more of them die young. Reading and validating a 2 M-row visits CSV took
 * 1.36–1.37 s with 1 024 rows per batch against 1.50–1.57 s with 2 048 (2026-12-05, three alternating
 * runs; `compute` from the file 1.49–1.67 s against 1.66–2.20 s). Parquet keeps DEFAULT_BATCH_SIZE,
 * DuckDB's vector size, so that its chunks are not cut.
 */
export const CSV_BATCH_SIZE = 1_024;

/** The accepted extensions and their formats (F29). */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, TableFormat>> = {
  ".csv": "csv",
  ".json": "json",
  ".jsonl": "ndjson",
  ".ndjson": "ndjson",
  ".parquet": "parquet",
};

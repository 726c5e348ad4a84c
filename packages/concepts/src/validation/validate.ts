/**
 * Validation of a whole table: `validate` for arrays, `validateStream` for async sources (files read
 * in batches, Arrow record batches, database cursors). Both run the same incremental validator, so the
 * same bad row is rejected for the same reason everywhere. Both also take column batches (issue 14):
 * `ColumnBatch` items, and for `validateStream` any `ColumnBatchSource` such as a file opened by
 * `readTable` of `@virta/adapters`; a batch's rejections name its record numbers (F9).
 */
import { type ColumnBatch, type ColumnBatchSource, isColumnBatchSource, UsageError } from "@virta/core";
import type { ConceptDayRows, ConceptName, ConceptRows } from "../concepts/registry";
import { createValidator } from "./create-validator";
import type { Rejection, ValidateOptions, ValidationSummary } from "./validator-types";

/** Whether an item of a source is a column batch (names, columns, length, records) rather than a raw row. */
function isColumnBatch(item: unknown): item is ColumnBatch {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  const batch = item as Partial<ColumnBatch>;
  return (
    Array.isArray(batch.names) &&
    Array.isArray(batch.columns) &&
    typeof batch.length === "number" &&
    typeof batch.records === "object" &&
    batch.records !== null &&
    typeof batch.source === "string"
  );
}

/** The result of `validate`. */
export interface ValidationResult<Row> {
  /** The normalised valid rows, in input order. */
  readonly valid: Row[];
  /** Every rejection, in row order. */
  readonly rejections: Rejection[];
  readonly summary: ValidationSummary;
}

/**
 * Validates an array of raw rows (row numbers 1, 2, … in array order), or of column batches (their
 * record numbers name the rows, F9). Throws
 * `DataError("rejected_row")` in strict mode and `DataError("rejected_share_exceeded")` when more than
 * `maxRejectedShare` of the rows are rejected (F14).
 *
 * @example
 * ```ts
 * const { valid, rejections, summary } = validate("health_care_visit", rows, { source: "visits.csv" });
 * summary.rows_read === summary.rows_valid + summary.rows_rejected; // true
 * rejections[0];
 * // { concept: "health_care_visit", row: 3, field: "visit_date", value: "2023-02-29",
 * //   reason: "invalid_format", message: "…" }
 * ```
 */
export function validate<C extends ConceptName>(
  concept: C,
  rows: Iterable<unknown>,
  options: ValidateOptions & { dates: "day" },
): ValidationResult<ConceptDayRows[C]>;
export function validate<C extends ConceptName>(
  concept: C,
  rows: Iterable<unknown>,
  options?: ValidateOptions,
): ValidationResult<ConceptRows[C]>;
export function validate(
  concept: string,
  rows: Iterable<unknown>,
  options?: ValidateOptions,
): ValidationResult<Record<string, unknown>>;
export function validate(
  concept: string,
  rows: Iterable<unknown>,
  options: ValidateOptions = {},
): ValidationResult<Record<string, unknown>> {
  const validator = createValidator(concept, { keepRejections: Number.POSITIVE_INFINITY, ...options });
  const valid: Record<string, unknown>[] = [];
  for (const raw of rows) {
    if (isColumnBatch(raw)) {
      for (const row of validator.pushBatch(raw)) valid.push(row);
      continue;
    }
    const row = validator.push(raw);
    if (row !== null) valid.push(row);
  }
  const summary = validator.finish();
  return { valid, rejections: validator.rejections as Rejection[], summary };
}

/** Options of `validateStream`. */
export interface ValidateStreamOptions extends ValidateOptions {
  /** Valid rows per output batch when the source yields single rows (default 4096). */
  readonly batchSize?: number;
}

/**
 * The result of `validateStream`: an async iterable of batches of valid rows, read once, plus the
 * summary once the source is exhausted.
 */
export interface ValidatedStream<Row> extends AsyncIterable<Row[]> {
  /**
   * The summary of the whole table. Available once iteration has finished; before that it throws
   * `UsageError("stream_not_finished")`.
   */
  summary(): ValidationSummary;
  /** The first `keepRejections` (default 100) rejections so far; all of them go to `onRejection`. */
  readonly rejections: readonly Rejection[];
}

/**
 * Validates a table read from an async source without holding it in memory. The source yields raw rows
 * or arrays of raw rows (batches); row numbers count rows across batches from 1. It may also be a column
 * batch source (a file opened by `readTable`) or yield column batches, whose record numbers name the
 * rows (F9; issue 14). Iterating the result
 * yields batches of normalised valid rows: one output batch per input batch (empty ones skipped), or
 * batches of `batchSize` when the source yields single rows. When the source ends, the rejected share
 * is checked (F14): over the limit, the iteration throws `DataError("rejected_share_exceeded")` after the
 * last batch. In strict mode the iteration throws `DataError("rejected_row")` at the first rejected row.
 * The stream can be iterated once.
 *
 * @example
 * ```ts
 * const stream = validateStream("health_care_visit", readBatches("visits.csv"), { dates: "day" });
 * for await (const batch of stream) engine.add(batch);
 * stream.summary(); // { rows_read: 1000000, rows_valid: 999412, rows_rejected: 588, … }
 * // A file opened by readTable (@virta/adapters) streams column batches:
 * validateStream("health_care_visit", await readTable("visits.csv"));
 * ```
 */
export function validateStream<C extends ConceptName>(
  concept: C,
  source: AsyncIterable<unknown> | Iterable<unknown> | ColumnBatchSource,
  options: ValidateStreamOptions & { dates: "day" },
): ValidatedStream<ConceptDayRows[C]>;
export function validateStream<C extends ConceptName>(
  concept: C,
  source: AsyncIterable<unknown> | Iterable<unknown> | ColumnBatchSource,
  options?: ValidateStreamOptions,
): ValidatedStream<ConceptRows[C]>;
export function validateStream(
  concept: string,
  source: AsyncIterable<unknown> | Iterable<unknown> | ColumnBatchSource,
  options?: ValidateStreamOptions,
): ValidatedStream<Record<string, unknown>>;
export function validateStream(
  concept: string,
  source: AsyncIterable<unknown> | Iterable<unknown> | ColumnBatchSource,
  options: ValidateStreamOptions = {},
): ValidatedStream<Record<string, unknown>> {
  const batchSize = options.batchSize ?? 4096;
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new UsageError("invalid_option", `batchSize ${String(batchSize)}: expected a whole number ≥ 1`, {
      option: "batchSize",
      value: batchSize,
    });
  }
  const validator = createValidator(concept, options);
  let started = false;
  let summary: ValidationSummary | null = null;

  async function* batches(): AsyncGenerator<Record<string, unknown>[], void, undefined> {
    let pending: Record<string, unknown>[] = [];
    const items = isColumnBatchSource(source) ? source.batches() : source;
    for await (const item of items as AsyncIterable<unknown>) {
      if (isColumnBatch(item)) {
        // One output batch per column batch, without row objects on the way in (issue 14).
        if (pending.length > 0) {
          yield pending;
          pending = [];
        }
        const out = validator.pushBatch(item);
        if (out.length > 0) yield out;
      } else if (Array.isArray(item)) {
        const out: Record<string, unknown>[] = [];
        for (const raw of item) {
          const row = validator.push(raw);
          if (row !== null) out.push(row);
        }
        if (pending.length > 0) {
          yield pending;
          pending = [];
        }
        if (out.length > 0) yield out;
      } else {
        const row = validator.push(item);
        if (row !== null) {
          pending.push(row);
          if (pending.length >= batchSize) {
            yield pending;
            pending = [];
          }
        }
      }
    }
    if (pending.length > 0) yield pending;
    summary = validator.finish();
  }

  return {
    [Symbol.asyncIterator]() {
      if (started) {
        throw new UsageError(
          "stream_already_read",
          `the validated ${concept} stream${options.source === undefined ? "" : ` of ${options.source}`} ` +
            "was already read: a stream can be iterated once",
        );
      }
      started = true;
      return batches();
    },
    summary() {
      if (summary === null) {
        throw new UsageError(
          "stream_not_finished",
          `the summary of ${options.source ?? concept} is not ready: ` +
            "expected it after iterating the validated stream to its end",
        );
      }
      return summary;
    },
    get rejections() {
      return validator.rejections;
    },
  };
}

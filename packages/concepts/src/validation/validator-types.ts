/**
 * The types of validation (concepts.md; fine-print F6, F8, F9, F11, F14): the options, one rejection,
 * the summary of a table and the incremental validator's interface, with the check of the options.
 */
import { type ColumnBatch, type ColumnarTable, UsageError } from "@virta/core";
import type { ConceptModel, RejectionReason } from "../model/concept-model";

/** Options of validation. */
export interface ValidateOptions {
  /** Stop on the first rejected row: throw `DataError("rejected_row")` naming source, row, field and reason. */
  readonly strict?: boolean;
  /**
   * The largest share of rejected rows a table may have (F14, default 0.5): a share strictly greater
   * throws `DataError("rejected_share_exceeded")` at the end; `1` allows anything; an empty table never trips.
   */
  readonly maxRejectedShare?: number;
  /** How date fields appear in normalised rows: ISO strings (default) or `DayNumber`s (faster for engines). */
  readonly dates?: "iso" | "day";
  /** The file name (or another label) for messages. */
  readonly source?: string;
  /** How many rejections to keep in `rejections` (default 100; `validate` keeps all). */
  readonly keepRejections?: number;
  /** Called with every rejection as it happens (before a strict-mode throw). */
  readonly onRejection?: (rejection: Rejection) => void;
  /**
   * Generate the row program and field readers with `new Function` where allowed (default true, one
   * probe per process); `false` never generates code nor probes (strict CSP), with the same results.
   */
  readonly codegen?: boolean;
}

/** One rejected row (concepts.md; F6, F8, F9, F11). */
export interface Rejection {
  readonly concept: string;
  /** 1-based, header not counted (F9). */
  readonly row: number;
  /** The field the reason is about (for a composite key, its fields joined by `,`). */
  readonly field: string;
  /** The offending value: trimmed, identifiers masked (F11), at most 40 code points (F6). */
  readonly value: string;
  readonly reason: RejectionReason;
  readonly message: string;
}

/** The summary of a validated table. */
export interface ValidationSummary {
  rows_read: number;
  rows_valid: number;
  rows_rejected: number;
  /** Rejected rows per reason, in the order of `REJECTION_REASONS`; zero counts omitted. */
  rejected_by_reason: Record<string, number>;
  /** One warning per unknown extra column (concepts.md: ignored and reported once). */
  warnings: string[];
}

/**
 * The valid rows of one column batch (`Validator.pushColumns`): the engine's `ColumnarTable` with every
 * field of the concept as a column (dates as day numbers, integers and booleans as numbers, decimals
 * as exact texts (F5), identifiers as texts, other strings as codes into dictionaries shared by all
 * batches of the validator) and the record number of each row (F9).
 */
export interface ValidatedBatch {
  readonly table: ColumnarTable;
  readonly records: Int32Array;
}

/** An incremental validator (see `createValidator`). */
export interface Validator<Row> {
  /** The concept model being validated. */
  readonly model: ConceptModel;
  /**
   * Validates one raw row; returns the normalised row, or `null` when it is rejected. `rowNumber`
   * defaults to one more than the previous row's (rows must come in increasing order: F9 keeps the
   * lowest row number of a key).
   */
  push(raw: unknown, rowNumber?: number): Row | null;
  /**
   * Validates a column batch (`ColumnBatch` of `@virta/core`, as the readers of `@virta/adapters`
   * emit it) row by row in record order, naming rows by the batch's record numbers (F9), and returns
   * the valid rows normalised: the same rows, rejections and summary as `push` of each row's object.
   * Unknown column names are warned about once; a repeated name throws `UsageError("invalid_header")`.
   * An empty batch is skipped (no warnings). A `day` column's cells are day numbers (F4).
   *
   * @example
   * ```ts
   * const validator = createValidator("population");
   * validator.pushBatch({
   *   source: "pop.csv", names: ["year", "municipality_code", "age", "sex", "count"],
   *   columns: [["2024"], ["91"], ["40"], ["N"], ["812"]], length: 1, records: [1],
   * });
   * // [{ year: 2024, municipality_code: "091", organizer_code: "90", age: 40, sex: "female", count: 812 }]
   * ```
   */
  pushBatch(batch: ColumnBatch): Row[];
  /**
   * Validates a column batch like `pushBatch` (the same rejections and summary) and returns the valid
   * rows as columns, without row objects: the engine's `ColumnarTable` and the rows' record numbers.
   *
   * @example
   * ```ts
   * const { table, records } = createValidator("population").pushColumns({
   *   source: "pop.csv", names: ["year", "municipality_code", "age", "sex", "count"],
   *   columns: [["2024"], ["91"], ["40"], ["N"], ["812"]], length: 1, records: [1],
   * });
   * table.columns.count; // Float64Array [812]
   * records; // Int32Array [1]
   * ```
   */
  pushColumns(batch: ColumnBatch): ValidatedBatch;
  /** The summary so far; throws `DataError("rejected_share_exceeded")` when the share is over the limit (F14). */
  finish(): ValidationSummary;
  /** The first `keepRejections` rejections. */
  readonly rejections: readonly Rejection[];
}

/** Checks the options of validation; a bad one is `UsageError("invalid_option")`. */
export function checkOptions(options: ValidateOptions): void {
  const share = options.maxRejectedShare;
  if (share !== undefined && !(typeof share === "number" && share >= 0 && share <= 1)) {
    throw new UsageError(
      "invalid_option",
      `maxRejectedShare ${String(share)}: expected a number from 0 to 1 (F14; 1 allows anything)`,
      {
        option: "maxRejectedShare",
        value: share,
      },
    );
  }
  if (options.dates !== undefined && options.dates !== "iso" && options.dates !== "day") {
    throw new UsageError("invalid_option", `dates ${JSON.stringify(options.dates)}: expected "iso" or "day"`, {
      option: "dates",
      value: options.dates,
    });
  }
  const keep = options.keepRejections;
  if (keep !== undefined && !(typeof keep === "number" && keep >= 0)) {
    throw new UsageError("invalid_option", `keepRejections ${String(keep)}: expected a number ≥ 0`, {
      option: "keepRejections",
      value: keep,
    });
  }
}

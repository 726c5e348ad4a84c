/**
 * A date field's Parquet TIMESTAMP column as day numbers (issue 14; fine-print F4, F34), for the DuckDB
 * path of the Parquet reader (`parquet-duckdb.ts`). Read as text, each cell was `timestampText` of its
 * epoch count, which the validator parses back to a date; here the same date comes as a number, with no
 * string per cell:
 *
 * - not adjusted to UTC: the date part, literally (F4), `CAST(x AS DATE)` in DuckDB;
 * - adjusted to UTC: the Europe/Helsinki date of the instant (F4), from its whole seconds (the epoch
 *   count floor-divided in exact integer arithmetic, as `timestampText` cuts them) and core's
 *   `helsinkiOffsetSeconds`, the very formula the validator applies to `…Z` text.
 *
 * A cell whose day lies outside years 0001–9999 (F34), or ±infinity, stays the text it came as before
 * (from the column's epoch count, selected beside), so the validator gives it the same reason.
 */
import type { DuckDBVector } from "@duckdb/node-api";
import { helsinkiOffsetSeconds, MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY } from "./core-bindings";
import { copyIntegers, validWordsOf } from "./duckdb-vectors";
import { timestampText, type TimestampUnit } from "./parquet-values";

const EPOCH_FUNCTION: Record<TimestampUnit, string> = { MILLIS: "epoch_ms", MICROS: "epoch_us", NANOS: "epoch_ns" };
const PER_SECOND: Record<TimestampUnit, string> = { MILLIS: "1000", MICROS: "1000000", NANOS: "1000000000" };
const SECONDS_PER_DAY = 86_400;
/** 10000-01-01T00:00:00Z in seconds: any later (or earlier than −this) instant is no data date (F34). */
const FAR_SECONDS = 253_402_300_800;

/** A TIMESTAMP column as the reader plans it. */
export interface TimestampColumn {
  readonly unit: TimestampUnit;
  readonly adjustedToUtc: boolean;
}

/**
 * A timestamp's epoch count in its unit, ±(2^63 − 1) for ±infinity (whose epoch DuckDB has not), which
 * `timestampText` writes as "infinity" as for the same file read by hyparquet (F4: no date).
 *
 * @example
 * ```ts
 * epochSql("MICROS", '"t"'); // 'CASE WHEN "t" IS NULL OR isfinite("t") THEN epoch_us("t") … END'
 * ```
 */
export function epochSql(unit: TimestampUnit, name: string): string {
  return (
    `CASE WHEN ${name} IS NULL OR isfinite(${name}) THEN ${EPOCH_FUNCTION[unit]}(${name}) ` +
    `WHEN CAST(${name} AS VARCHAR) = 'infinity' THEN 9223372036854775807 ELSE -9223372036854775807 END`
  );
}

/**
 * The expression a date field's TIMESTAMP column is selected as: its day number (an INTEGER, ±(2^31 − 1)
 * for ±infinity) when not adjusted to UTC, else its whole seconds since 1970 (a DOUBLE, exact: at most
 * 2^53; ±1e300 for ±infinity), floor-divided from the epoch count in integer arithmetic.
 *
 * @example
 * ```ts
 * timestampDaySql({ unit: "MICROS", adjustedToUtc: false }, '"d"');
 * // 'CASE WHEN "d" IS NULL OR isfinite("d") THEN CAST(CAST("d" AS DATE) - DATE \'1970-01-01\' AS INTEGER) … END'
 * ```
 */
export function timestampDaySql(column: TimestampColumn, name: string): string {
  if (!column.adjustedToUtc)
    return (
      `CASE WHEN ${name} IS NULL OR isfinite(${name}) THEN CAST(CAST(${name} AS DATE) - DATE '1970-01-01' ` +
      `AS INTEGER) WHEN ${name} > TIMESTAMP '1970-01-01' THEN 2147483647 ELSE -2147483647 END`
    );
  const epoch = `${EPOCH_FUNCTION[column.unit]}(${name})`;
  const per = PER_SECOND[column.unit];
  return (
    `CASE WHEN ${name} IS NULL OR isfinite(${name}) ` +
    `THEN CAST((${epoch} - ((${epoch} % ${per}) + ${per}) % ${per}) // ${per} AS DOUBLE) ` +
    `WHEN CAST(${name} AS VARCHAR) = 'infinity' THEN 1e300 ELSE -1e300 END`
  );
}

/**
 * One chunk's date-field TIMESTAMP column as a `day` column: an `Int32Array` of day numbers
 * (`NULL_DAY` absent), or, when a cell's day lies outside years 0001–9999, an array in which those
 * cells are the text they came as before (`timestampText` of `epochs`, see the module comment).
 *
 * @example
 * ```ts
 * timestampDays(chunk.getColumnVector(0), chunk.getColumnVector(13), chunk.rowCount, column);
 * // Int32Array [19813, NULL_DAY, …]
 * ```
 */
export function timestampDays(
  values: DuckDBVector,
  epochs: DuckDBVector,
  rowCount: number,
  column: TimestampColumn,
): ArrayLike<unknown> {
  const days = new Int32Array(rowCount);
  if (!column.adjustedToUtc) copyIntegers(values, rowCount, days, 0, NULL_DAY);
  else zonedDays(values, rowCount, days);
  let far = false;
  for (let row = 0; row < rowCount; row++) {
    const day = days[row]!;
    if ((day < MIN_DATA_DAY_NUMBER || day > MAX_DAY_NUMBER) && day !== NULL_DAY) far = true;
  }
  if (!far) return days;
  const cells = new Array<unknown>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const day = days[row]!;
    if (day === NULL_DAY) cells[row] = null;
    else if (day >= MIN_DATA_DAY_NUMBER && day <= MAX_DAY_NUMBER) cells[row] = day;
    else {
      const epoch = epochs.getItem(row) as bigint | null;
      cells[row] = epoch === null ? null : timestampText(epoch, column.unit, column.adjustedToUtc);
    }
  }
  return cells;
}

/** The Helsinki day numbers of a vector of whole UTC seconds (DOUBLE) into `days`; far instants out of range. */
function zonedDays(values: DuckDBVector, rowCount: number, days: Int32Array): void {
  const items = (values as unknown as { readonly items?: unknown }).items;
  const valid = validWordsOf(values);
  const typed = items instanceof Float64Array && valid !== undefined;
  for (let row = 0; row < rowCount; row++) {
    let seconds: number | null;
    if (typed) seconds = valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0 ? null : items[row]!;
    else seconds = values.getItem(row) as number | null;
    if (seconds === null) days[row] = NULL_DAY;
    else if (seconds >= FAR_SECONDS || seconds <= -FAR_SECONDS) days[row] = MAX_DAY_NUMBER + 1;
    else days[row] = Math.floor((seconds + helsinkiOffsetSeconds(seconds)) / SECONDS_PER_DAY);
  }
}

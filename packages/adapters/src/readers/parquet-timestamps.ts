/**
 * A date field's Parquet TIMESTAMP column as day numbers (issue 14; fine-print F4, F34), for the DuckDB
 * path of the Parquet reader (`parquet-duckdb.ts`). Read as text, each cell was `timestampText` of its
 * epoch count, which the validator parses back to a date; here the same date comes as a number, with no
 * string per cell:
 *
 * - not adjusted to UTC: the date part, literally (F4), as `CAST(x AS DATE)` in DuckDB gives it;
 * - adjusted to UTC: the Europe/Helsinki date of the instant (F4), from its whole seconds (the epoch
 *   count floor-divided in exact integer arithmetic, as `timestampText` cuts them) and core's
 *   `helsinkiOffsetSeconds`, the very formula the validator applies to `…Z` text.
 *
 * The column is selected as it is: DuckDB's TIMESTAMP vector holds its 64-bit count in the unit of its
 * type (microseconds for TIMESTAMP and TIMESTAMP WITH TIME ZONE, nanoseconds for TIMESTAMP_NS), whose
 * day or whole second is floor-divided here from the count's two 32-bit words, exactly (no BigInt per
 * cell, no expression per cell on DuckDB's thread: 2 M rows of four columns, 0.22–0.28 s of DuckDB's
 * thread against 0.44–0.76 s for the expressions of before). A cell whose day lies outside years
 * 0001–9999 (F34), or ±infinity, stays the text it came as before (`timestampText` of its count in
 * the file's unit), so the validator gives it the same reason.
 */
import type { DuckDBVector } from "@duckdb/node-api";
import { helsinkiOffsetSeconds, MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY } from "./core-bindings";
import { validWordsOf } from "./duckdb-vectors";
import { timestampText, type TimestampUnit } from "./parquet-values";

const EPOCH_FUNCTION: Record<TimestampUnit, string> = { MILLIS: "epoch_ms", MICROS: "epoch_us", NANOS: "epoch_ns" };
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

/** Counts per second of DuckDB's timestamp vectors, by type id (TIMESTAMP_S, _MS, TIMESTAMP, _NS, WITH TIME ZONE). */
const COUNTS_PER_SECOND = new Map<number, number>([
  [20, 1],
  [21, 1_000],
  [12, 1_000_000],
  [22, 1_000_000_000],
  [31, 1_000_000],
]);
const FILE_PER_SECOND: Record<TimestampUnit, number> = { MILLIS: 1_000, MICROS: 1_000_000, NANOS: 1_000_000_000 };
/** ±infinity in DuckDB's count, and as `epochSql` gives it. */
const INFINITE = BigInt("9223372036854775807");

/** A divisor as `2^shift · odd`, for {@link floorDivision} (powers of two kept: `**` is slow per cell). */
interface Divisor {
  readonly odd: number;
  /** 2^shift, 2^(32 − shift), and the high word's bound 2^(21 + shift) for an exact shifted count. */
  readonly step: number;
  readonly scale: number;
  readonly bound: number;
  readonly whole: bigint;
}

function divisorOf(value: number): Divisor {
  let shift = 0;
  let odd = value;
  while (odd % 2 === 0) {
    odd /= 2;
    shift += 1;
  }
  return { odd, step: 2 ** shift, scale: 2 ** (32 - shift), bound: 2 ** (21 + shift), whole: BigInt(value) };
}

/**
 * ⌊(high · 2^32 + low) / divisor⌋ exactly, from the two words of a signed 64-bit count (`low` as read
 * from an `Int32Array`); through the count's BigInt (`counts[row]`) only when the count shifted right by
 * the divisor's power of two would pass 2^53.
 */
function floorDivision(high: number, low: number, divisor: Divisor, counts: BigInt64Array, row: number): number {
  const { odd } = divisor;
  if (high >= divisor.bound || high <= -divisor.bound) {
    const whole = counts[row]!;
    const quotient = whole / divisor.whole; // truncated toward zero
    return Number(whole % divisor.whole < BigInt(0) ? quotient - BigInt(1) : quotient);
  }
  const shifted = high * divisor.scale + Math.floor((low >>> 0) / divisor.step); // exact: |·| < 2^53
  let quotient = Math.floor(shifted / odd);
  const rest = shifted - quotient * odd;
  if (rest < 0) quotient -= 1;
  else if (rest >= odd) quotient += 1;
  return quotient;
}

/** A count in DuckDB's unit in the file's unit (±infinity as they are), for `timestampText`. */
function fileCount(count: bigint, perSecond: number, unit: TimestampUnit): bigint {
  if (count === INFINITE || count === -INFINITE) return count;
  const file = FILE_PER_SECOND[unit];
  return file >= perSecond ? count * BigInt(file / perSecond) : count / BigInt(perSecond / file);
}

/**
 * One chunk's date-field TIMESTAMP column, selected as it is, as a `day` column: an `Int32Array` of day
 * numbers (`NULL_DAY` absent), or, when a cell's day lies outside years 0001–9999, an array in which
 * those cells are the text they came as before (see the module comment).
 *
 * @example
 * ```ts
 * timestampDays(chunk.getColumnVector(0), chunk.rowCount, { unit: "MICROS", adjustedToUtc: false });
 * // Int32Array [19813, NULL_DAY, …]
 * ```
 */
export function timestampDays(vector: DuckDBVector, rowCount: number, column: TimestampColumn): ArrayLike<unknown> {
  const perSecond = COUNTS_PER_SECOND.get(vector.type.typeId);
  if (perSecond === undefined) throw new Error(`a date field's timestamp column came as ${String(vector.type)}`);
  const counts = countsOf(vector, rowCount);
  const words = new Int32Array(counts.buffer, counts.byteOffset, rowCount * 2); // little-endian: low, high
  const valid = validWordsOf(vector) ?? nullsOf(vector, rowCount);
  const perDay = divisorOf(perSecond * SECONDS_PER_DAY);
  const second = divisorOf(perSecond);
  const days = new Int32Array(rowCount);
  let far = false;
  for (let row = 0; row < rowCount; row++) {
    if (valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0) {
      days[row] = NULL_DAY;
      continue;
    }
    const high = words[2 * row + 1]!;
    const low = words[2 * row]!;
    let day: number;
    if (!column.adjustedToUtc) day = floorDivision(high, low, perDay, counts, row);
    else {
      const seconds = floorDivision(high, low, second, counts, row);
      day =
        seconds >= FAR_SECONDS || seconds <= -FAR_SECONDS
          ? MAX_DAY_NUMBER + 1
          : Math.floor((seconds + helsinkiOffsetSeconds(seconds)) / SECONDS_PER_DAY);
    }
    if (day < MIN_DATA_DAY_NUMBER || day > MAX_DAY_NUMBER) {
      far = true;
      day = MAX_DAY_NUMBER + 1; // marked: its text below
    }
    days[row] = day;
  }
  if (!far) return days;
  const cells = new Array<unknown>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const day = days[row]!;
    if (day === NULL_DAY) cells[row] = null;
    else if (day <= MAX_DAY_NUMBER) cells[row] = day;
    else cells[row] = timestampText(fileCount(counts[row]!, perSecond, column.unit), column.unit, column.adjustedToUtc);
  }
  return cells;
}

/** The 64-bit counts of a timestamp vector: its own memory, or, when that is unknown, read cell by cell. */
function countsOf(vector: DuckDBVector, rowCount: number): BigInt64Array {
  const items = (vector as unknown as { readonly items?: unknown }).items;
  if (items instanceof BigInt64Array) return items;
  const counts = new BigInt64Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const value = vector.getItem(row) as Record<string, unknown> | null;
    const count = value === null ? undefined : Object.values(value).find((part) => typeof part === "bigint");
    counts[row] = typeof count === "bigint" ? count : BigInt(0);
  }
  return counts;
}

/** The validity of a vector whose mask is unknown, as mask words (absent cells' bits clear). */
function nullsOf(vector: DuckDBVector, rowCount: number): Uint32Array {
  const words = new Uint32Array(Math.ceil(rowCount / 32));
  for (let row = 0; row < rowCount; row++) if (vector.getItem(row) !== null) words[row >>> 5]! |= 1 << (row & 31);
  return words;
}

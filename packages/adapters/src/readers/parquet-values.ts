/**
 * Converts Parquet cell values into the forms the concept validator accepts (fine-print F4, F5):
 * DATE → `YYYY-MM-DD`; a timestamp adjusted to UTC → an ISO text with `Z` (the validator takes its
 * Helsinki date, F4); a timestamp not adjusted to UTC → the local date-time text without offset
 * (its date part is taken literally, F4); DECIMAL → the exact decimal text of the unscaled integer;
 * a 64-bit integer → a number when it is a safe integer, otherwise its exact text.
 */

const MS_PER_DAY = 86_400_000;
/** The most seconds from the epoch a JavaScript Date holds. */
const MAX_EPOCH_SECONDS = 8_640_000_000_000n;

/** Units of a Parquet timestamp, with how many of them make one second. */
export type TimestampUnit = "MILLIS" | "MICROS" | "NANOS";
const PER_SECOND: Record<TimestampUnit, bigint> = { MILLIS: 1_000n, MICROS: 1_000_000n, NANOS: 1_000_000_000n };
const FRACTION_DIGITS: Record<TimestampUnit, number> = { MILLIS: 3, MICROS: 6, NANOS: 9 };

/**
 * The calendar date of a day count since 1970-01-01 (the Parquet DATE type).
 *
 * @example
 * ```ts
 * dateFromEpochDays(19_813); // "2024-03-31"
 * dateFromEpochDays(-1);     // "1969-12-31"
 * ```
 */
export function dateFromEpochDays(days: number): string {
  // Beyond what a date can be (DuckDB writes ±infinity as ±2^31 − 1): a text the validator rejects
  // `invalid_format`, never a RangeError (issue 20).
  if (!Number.isFinite(days) || Math.abs(days) > MAX_EPOCH_DAYS) return days > 0 ? "infinity" : "-infinity";
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The most days from 1970-01-01 a JavaScript Date holds (±8.64·10^15 ms). */
const MAX_EPOCH_DAYS = 100_000_000;

/**
 * The text of a Parquet timestamp: `YYYY-MM-DDTHH:MM:SS[.fraction]` followed by `Z` when the value is
 * adjusted to UTC; the fraction is written only when it is not zero, without trailing zeros.
 *
 * @example
 * ```ts
 * timestampText(1_711_920_600_000_000n, "MICROS", true);  // "2024-03-31T21:30:00Z"
 * timestampText(1_711_927_800_123_456n, "MICROS", false); // "2024-03-31T23:30:00.123456"
 * ```
 */
export function timestampText(value: bigint, unit: TimestampUnit, adjustedToUtc: boolean): string {
  const perSecond = PER_SECOND[unit];
  let seconds = value / perSecond;
  let fraction = value % perSecond;
  if (fraction < 0n) {
    fraction += perSecond;
    seconds -= 1n;
  }
  if (seconds > MAX_EPOCH_SECONDS || seconds < -MAX_EPOCH_SECONDS) return seconds > 0n ? "infinity" : "-infinity";
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const digits =
    fraction === 0n ? "" : `.${fraction.toString().padStart(FRACTION_DIGITS[unit], "0").replace(/0+$/, "")}`;
  return `${base}${digits}${adjustedToUtc ? "Z" : ""}`;
}

/**
 * The exact decimal text of an unscaled integer and a scale (Parquet DECIMAL), keeping `scale`
 * fraction digits.
 *
 * @example
 * ```ts
 * decimalText(1234n, 2); // "12.34"
 * decimalText(-5n, 2);   // "-0.05"
 * decimalText(42n, 0);   // "42"
 * ```
 */
export function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString();
  if (scale <= 0) return (negative ? "-" : "") + digits + "0".repeat(-scale);
  const padded = digits.padStart(scale + 1, "0");
  const text = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * A big-endian two's-complement integer (Parquet DECIMAL in FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY).
 *
 * @example
 * ```ts
 * signedBigIntFromBytes(Uint8Array.of(0x01, 0x00)); // 256n
 * signedBigIntFromBytes(Uint8Array.of(0xff, 0xfb)); // -5n
 * ```
 */
export function signedBigIntFromBytes(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  if (bytes.length > 0 && bytes[0]! >= 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value;
}

/**
 * A 64-bit integer as a number when it is safe (|n| ≤ 2^53 − 1), otherwise as its exact text.
 *
 * @example
 * ```ts
 * integerValue(42n);                // 42
 * integerValue(9007199254740993n);  // "9007199254740993"
 * ```
 */
export function integerValue(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

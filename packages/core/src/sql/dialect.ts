/**
 * The contract every SQL dialect fulfils (issue 6; style.md "kysely — one folder per dialect,
 * capabilities declared"): identifier quoting, parameter placeholders, the SQL types of the value types,
 * and the few calendar and integer operations that differ between DuckDB, PostgreSQL and Snowflake.
 * Everything else the plan compiler writes is standard SQL shared by all three.
 */
import type { ValueType } from "../expression/expression";

/** The dialects the compiler writes. */
export type DialectName = "duckdb" | "postgres" | "snowflake";

/**
 * What a dialect can do, with the documented default of each flag.
 * A feature the compiler needs and a dialect lacks is reported as "not supported", never skipped.
 */
export interface DialectCapabilities {
  /** `a IS NOT DISTINCT FROM b` (null-safe equality; default true — all three have it). */
  readonly nullSafeEquality: boolean;
  /** The placeholder style: `$1` (DuckDB, PostgreSQL) or `:1` (Snowflake bind variables). */
  readonly placeholders: "dollar" | "colon";
  /** Whether a runner in `@virta/adapters` executes this dialect (Snowflake is emitted as text only). */
  readonly executable: boolean;
  /** `round(DECIMAL, n)` rounds half away from zero (F21); the compiler does not rely on it but documents it. */
  readonly roundHalfAwayFromZero: boolean;
}

/** A dialect: how to spell what differs. */
export interface SqlDialect {
  readonly name: DialectName;
  readonly capabilities: DialectCapabilities;
  /** Quotes one identifier, doubling any double quote inside it. */
  quoteIdentifier(name: string): string;
  /** The placeholder of the 1-based parameter `index`. */
  placeholder(index: number): string;
  /** The SQL type of a value type (`exact` is the exact decimal used for sums, `wide` a wide integer). */
  typeName(type: ValueType | "exact" | "wide"): string;
  /** Whole days from `from` to `to` (to − from) as an integer. */
  daysBetween(from: string, to: string): string;
  /** `date` plus `months` calendar months, clamped to the month's last day (law 150/1930 3 §, F25). */
  addMonths(date: string, months: number): string;
  /** `date` plus `days` (an integer expression) days, as a DATE (the generated working-day calendar). */
  addDays(date: string, days: string): string;
  /** The year, month or day of a date as an integer. */
  datePart(part: "year" | "month" | "day", date: string): string;
  /** Integer quotient of two non-negative integers (floor). */
  integerDivide(dividend: string, divisor: string): string;
  /** Text of any value. */
  toText(value: string): string;
  /** A date literal of a generated ISO date (only for the generated working-day calendar). */
  dateLiteral(iso: string): string;
}

/** Double-quote quoting shared by the three dialects (SQL standard delimited identifiers). */
export function quoteStandardIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

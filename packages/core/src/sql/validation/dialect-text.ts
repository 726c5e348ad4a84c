/**
 * The few text, pattern and time-zone operations the SQL validation (issue 15) spells differently in
 * DuckDB, PostgreSQL and Snowflake: ASCII trimming (F1), full-match patterns, code-point length (F6),
 * NUL detection (F5a), safe casts, and an instant's Europe/Helsinki date (F4). Patterns use no
 * backslash (Snowflake string literals treat it as an escape), only classes such as `[.]`.
 */
import type { SqlDialect } from "../dialect";

/** A string literal with quotes doubled (and backslashes doubled for Snowflake). */
export function textLiteral(dialect: SqlDialect, text: string): string {
  const quoted = text.replaceAll("'", "''");
  return `'${dialect.name === "snowflake" ? quoted.replaceAll("\\", "\\\\") : quoted}'`;
}

/** The ASCII white space F1 trims: space, tab, line feed, form feed, carriage return. */
const WHITE_SPACE = "' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)";

/** The text operations of one dialect. */
export interface TextOps {
  /** `value` as text, trimmed of ASCII white space, NULL when empty (F1). */
  cleaned(value: string): string;
  /** Whether `text` matches `pattern` as a whole. */
  matches(text: string, pattern: string): string;
  /** Length in code points (F6). */
  length(text: string): string;
  /** Whether `text` holds NUL (F5a); `null` when the dialect's text cannot hold it (PostgreSQL). */
  hasNul(text: string): string | null;
  /** A cast that yields NULL instead of an error where the dialect has one. */
  tryCast(value: string, type: string): string;
  /** The Europe/Helsinki date of `date` + `seconds` seconds, read as UTC (F4). */
  helsinkiDate(date: string, seconds: string): string;
  /**
   * Whether a text of 10 characters is a real `YYYY-MM-DD` date (year ≥ 1, F4) by the dialect's own date
   * cast, or `null` where the dialect has no safe cast: a cheap first branch for the usual plain date.
   */
  plainDate(text: string): string | null;
  /** Whether word lists try the exact spellings before lower-casing (cheaper for the usual lower-case text). */
  exactWordsFirst: boolean;
}

/**
 * The text operations of a dialect.
 *
 * @example
 * ```ts
 * textOps(postgresDialect).matches('"t"', "[0-9]{3}"); // ("t" ~ '^(?:[0-9]{3})$')
 * ```
 */
export function textOps(dialect: SqlDialect): TextOps {
  const literal = (text: string) => textLiteral(dialect, text);
  switch (dialect.name) {
    case "duckdb":
      return {
        // Text that starts with a character above U+0020 and ends in none of the white space F1 trims
        // needs no trimming (and is not empty): a code-point read and five byte compares at the end
        // (`suffix`) instead of trim's copy of every cell (a slice `[-1:]` counts the whole text, measured
        // 3× slower). Any other text takes trim, so the result is trim's either way.
        cleaned: (value) => {
          const text = `CAST(${value} AS VARCHAR)`;
          const ends = ["' '", "CHR(9)", "CHR(10)", "CHR(12)", "CHR(13)"].map((end) => `suffix(${text}, ${end})`);
          return (
            `CASE WHEN ord(${text}) > 32 AND NOT (${ends.join(" OR ")}) THEN ${text}` +
            ` ELSE NULLIF(trim(${text}, ${WHITE_SPACE}), '') END`
          );
        },
        matches: (text, pattern) => `regexp_full_match(${text}, ${literal(pattern)})`,
        length: (text) => `length(${text})`,
        hasNul: (text) => `contains(CAST(${text} AS VARCHAR), CHR(0))`,
        tryCast: (value, type) => `TRY_CAST(${value} AS ${type})`,
        helsinkiDate: (date, seconds) =>
          `CAST(timezone('Europe/Helsinki', timezone('UTC', CAST(${date} AS TIMESTAMP)` +
          ` + to_seconds(CAST(${seconds} AS BIGINT)))) AS DATE)`,
        // A date whose text is exactly DuckDB's own `YYYY-MM-DD` of it: four digits, a real date, year
        // 0001–9999 (year 0 reads back as `0001-… (BC)`); one cast each way instead of a pattern (measured
        // 3× cheaper on 10-character dates).
        plainDate: (text) => `CAST(TRY_CAST(${text} AS DATE) AS VARCHAR) = ${text}`,
        exactWordsFirst: true,
      };
    case "postgres":
      return {
        cleaned: (value) => `NULLIF(btrim(CAST(${value} AS TEXT), ${WHITE_SPACE}), '')`,
        matches: (text, pattern) => `(${text} ~ ${literal(`^(?:${pattern})$`)})`,
        length: (text) => `char_length(${text})`,
        hasNul: () => null,
        tryCast: (value, type) => `CAST(${value} AS ${type})`,
        helsinkiDate: (date, seconds) =>
          `CAST(((CAST(${date} AS TIMESTAMP) + (${seconds}) * INTERVAL '1 second') AT TIME ZONE 'UTC')` +
          ` AT TIME ZONE 'Europe/Helsinki' AS DATE)`,
        plainDate: () => null,
        exactWordsFirst: false,
      };
    case "snowflake":
      return {
        cleaned: (value) => `NULLIF(TRIM(CAST(${value} AS VARCHAR), ${WHITE_SPACE}), '')`,
        matches: (text, pattern) => `REGEXP_LIKE(${text}, ${literal(pattern)})`,
        length: (text) => `LENGTH(${text})`,
        hasNul: (text) => `CONTAINS(CAST(${text} AS VARCHAR), CHR(0))`,
        tryCast: (value, type) => `TRY_CAST(${value} AS ${type})`,
        helsinkiDate: (date, seconds) =>
          `CAST(CONVERT_TIMEZONE('UTC', 'Europe/Helsinki', DATEADD(second, ${seconds},` +
          ` CAST(${date} AS TIMESTAMP_NTZ))) AS DATE)`,
        plainDate: () => null,
        exactWordsFirst: false,
      };
  }
}

/**
 * The JSON output of a result (interfaces.md "The result object"): the result object, 2-space
 * indented, keys in the order interfaces.md lists them and each row's keys as the breakdown
 * dimensions, then `numerator`, `denominator`, `value`, `suppressed` — whatever order the object was
 * built in. Keys beyond the documented ones are kept after them.
 */
import type { IndicatorResult, ResultRow } from "@virta/core";

/** The top-level keys of the result object, in the order of interfaces.md. */
export const RESULT_KEYS = [
  "indicator",
  "library",
  "period",
  "as_of",
  "unit",
  "decimals",
  "breakdown",
  "age_groups",
  "disclosure",
  "warnings",
  "input",
  "rows",
] as const;

function orderedRow(row: ResultRow, breakdown: readonly string[]): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const dimension of breakdown) ordered[dimension] = row[dimension] ?? null;
  ordered.numerator = row.numerator;
  ordered.denominator = row.denominator;
  ordered.value = row.value;
  ordered.suppressed = row.suppressed;
  for (const [key, value] of Object.entries(row)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

/**
 * Writes the result object as JSON text, ending with a line feed.
 *
 * @example
 * ```ts
 * JSON.parse(formatResultJson(result)).rows[0];
 * // { organizer: "14", numerator: 40, denominator: 50, value: 80, suppressed: false }
 * ```
 */
export function formatResultJson(result: IndicatorResult): string {
  const ordered: Record<string, unknown> = {};
  for (const key of RESULT_KEYS) ordered[key] = result[key];
  ordered.rows = result.rows.map((row) => orderedRow(row, result.breakdown));
  for (const [key, value] of Object.entries(result)) if (!(key in ordered)) ordered[key] = value;
  return JSON.stringify(ordered, null, 2) + "\n";
}

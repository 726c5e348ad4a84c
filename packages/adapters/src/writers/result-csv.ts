/**
 * The CSV output of a result (interfaces.md "Output formats", fine-print F30): one header line with the
 * breakdown dimensions, then `numerator,denominator,value,suppressed`; one line per result row, in the
 * result's order; `value` with exactly `decimals` fraction digits (empty when suppressed), numerator
 * and denominator as plain numbers, `suppressed` as `true`/`false`, null as an empty cell, LF line
 * ends, RFC 4180 quoting; breakdown cells guarded against spreadsheet formulas (F30) and masked (F36).
 */
import type { IndicatorResult, ResultRow } from "@virta/core";
import { maskIdentityCodes } from "@virta/concepts";
import { fixedDecimalText, plainNumberText } from "./number-text";

/** The measure columns that follow the breakdown dimensions. */
export const MEASURE_COLUMNS = ["numerator", "denominator", "value", "suppressed"] as const;

/**
 * Quotes a CSV cell when it holds a comma, a quote or a line break (RFC 4180), doubling its quotes.
 *
 * @example
 * ```ts
 * csvCell("25-64");   // "25-64"
 * csvCell('a "b", c'); // '"a ""b"", c"'
 * ```
 */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A plain number (F5 text form): never changed by the formula guard (F30). */
const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A breakdown (text) cell of a CSV (F30): a cell that begins with `=`, `+`, `-`, `@`, tab or CR is
 * written with a leading `'` so that a spreadsheet does not run it as a formula; a plain number is
 * never changed; identity-code-shaped text is masked (F36); then RFC 4180 quoting.
 *
 * @example
 * ```ts
 * breakdownCsvCell("=HYPERLINK(1)"); // "'=HYPERLINK(1)"
 * breakdownCsvCell("-5"); // "-5" (a number)
 * breakdownCsvCell("25-64"); // "25-64"
 * ```
 */
export function breakdownCsvCell(text: string): string {
  const masked = maskIdentityCodes(text);
  const guarded = /^[=+\-@\t\r]/.test(masked) && !NUMBER_TEXT.test(masked) ? `'${masked}` : masked;
  return csvCell(guarded);
}

function dimensionText(value: ResultRow[string]): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? plainNumberText(value) : String(value);
}

/**
 * Writes a result's rows as CSV text (F30).
 *
 * @example
 * ```ts
 * formatResultCsv(result);
 * // "organizer,numerator,denominator,value,suppressed\n14,40,50,80.0,false\n15,,,,true\n"
 * ```
 */
export function formatResultCsv(result: IndicatorResult): string {
  const lines = [[...result.breakdown, ...MEASURE_COLUMNS].map(csvCell).join(",")];
  for (const row of result.rows) {
    const cells = result.breakdown.map((dimension) => breakdownCsvCell(dimensionText(row[dimension] ?? null)));
    cells.push(
      row.numerator === null ? "" : plainNumberText(row.numerator),
      row.denominator === null ? "" : plainNumberText(row.denominator),
      row.suppressed || row.value === null ? "" : fixedDecimalText(row.value, result.decimals),
      row.suppressed ? "true" : "false",
    );
    lines.push(cells.join(","));
  }
  return lines.join("\n") + "\n";
}

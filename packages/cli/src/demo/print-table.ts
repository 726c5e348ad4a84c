/**
 * The readable table `virta demo` prints for one result: one line per cell (organizer × age group, and
 * the forced dimension where the indicator has one), numerator, denominator and value, with suppressed
 * cells shown as `..` (the statistical symbol for "too small to publish", as fine-print F31 uses it).
 */
import type { IndicatorResult } from "@virta/core";

/** A label for a dimension value (e.g. organizer `14` → `14 Pohjois-Karjala`); the code itself by default. */
export type CellLabel = (dimension: string, code: string) => string;

const SUPPRESSED = "..";

function measure(value: number | string | null, suppressed: boolean, decimals?: number): string {
  if (suppressed) return SUPPRESSED;
  if (value === null) return "–";
  if (typeof value === "number" && decimals !== undefined) return value.toFixed(decimals);
  return String(value);
}

/**
 * The result's rows as an aligned text table.
 *
 * @example
 * ```ts
 * resultTable({ breakdown: ["organizer"], decimals: 1, rows: [
 *   { organizer: "14", numerator: 40, denominator: 50, value: 80, suppressed: false },
 *   { organizer: "17", numerator: null, denominator: null, value: null, suppressed: true },
 * ] } as IndicatorResult);
 * // "organizer  numerator  denominator  value\n14                40           50   80.0\n" +
 * // "17                ..           ..     ..\n"
 * ```
 */
export function resultTable(result: IndicatorResult, label: CellLabel = (_, code) => code): string {
  const header = [...result.breakdown.map((name) => name.replaceAll("_", " ")), "numerator", "denominator", "value"];
  const lines = result.rows.map((row) => [
    ...result.breakdown.map((name) => label(name, String(row[name] ?? ""))),
    measure(row.numerator as number | string | null, row.suppressed),
    measure(row.denominator as number | string | null, row.suppressed),
    measure(row.value as number | null, row.suppressed, result.decimals),
  ]);
  const dimensions = result.breakdown.length;
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (column < dimensions ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ")
      .trimEnd();
  return `${[render(header), ...lines.map(render)].join("\n")}\n`;
}

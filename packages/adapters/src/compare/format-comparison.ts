/**
 * The two printed forms of a Sotkanet comparison for `virta compare`: a plain-text table for people and
 * JSON for programs. Printing only: the numbers come from `compareWithSotkanet`.
 */
import type { ComparisonCell, SotkanetComparison } from "./compare-with-sotkanet";

const headers = ["organizer", "sex", "ours", "theirs", "difference", "status"] as const;

/**
 * A plain-text table: a title line, one line per cell (numbers right-aligned, `-` for none), and a
 * summary line.
 *
 * @example
 * ```ts
 * console.log(formatComparisonTable(comparison));
 * // population_health.population.count 2023 vs Sotkanet indicator 127 (absValue), tolerance 0
 * // organizer  sex      ours  theirs  difference  status
 * // 14         total  162812  162812           0  match
 * // 91         total   30358   30541        -183  mismatch
 * // 2 cells: 1 match, 1 mismatch, 0 only ours, 0 only Sotkanet, 0 not comparable; 2 Sotkanet rows
 * ```
 */
export function formatComparisonTable(comparison: SotkanetComparison): string {
  const title =
    `${comparison.indicator} ${comparison.period} vs Sotkanet indicator ` +
    `${comparison.sotkanet_indicator ?? "?"} (${comparison.value_field}), tolerance ` +
    `${comparison.tolerance}`;
  const lines = comparison.cells.map((cell) => cellTexts(cell));
  const widths = headers.map((header, column) => Math.max(header.length, ...lines.map((line) => line[column]!.length)));
  const numeric = new Set([2, 3, 4]);
  const render = (texts: readonly string[]) =>
    texts
      .map((text, column) => (numeric.has(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd();
  const { summary } = comparison;
  const ignored = Object.entries(summary.sotkanet_rows_ignored).map(
    ([reason, count]) => `${reason.replace(/_/g, " ")} ${count}`,
  );
  const summaryLine =
    `${summary.cells} cells: ${summary.matches} match, ${summary.mismatches} mismatch, ` +
    `${summary.only_ours} only ours, ` +
    `${summary.only_theirs} only Sotkanet, ${summary.not_comparable} not comparable; ` +
    `${summary.sotkanet_rows} Sotkanet rows${ignored.length > 0 ? ` (ignored: ${ignored.join(", ")})` : ""}`;
  return (
    [
      title,
      render(headers),
      ...lines.map(render),
      summaryLine,
      ...comparison.warnings.map((warning) => `warning: ${warning}`),
    ].join("\n") + "\n"
  );
}

/**
 * The comparison as JSON (two-space indent, final newline).
 *
 * @example
 * ```ts
 * JSON.parse(formatComparisonJson(comparison)).summary.matches; // 2
 * ```
 */
export function formatComparisonJson(comparison: SotkanetComparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

function cellTexts(cell: ComparisonCell): string[] {
  const number = (value: number | null) => (value === null ? "-" : String(value));
  return [
    cell.organizer,
    cell.sex,
    number(cell.ours),
    number(cell.theirs),
    number(cell.difference),
    cell.status.replace(/_/g, " "),
  ];
}

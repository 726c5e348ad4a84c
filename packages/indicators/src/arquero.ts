/**
 * `@virta/indicators/arquero` — results as arquero tables, for further work (joins with other data,
 * reshaping, charts): one row per result row, with the breakdown dimensions and `numerator`,
 * `denominator`, `value`, `suppressed`. A separate entry so that `compute` neither loads nor bundles
 * arquero (issue 17): arquero is an optional peer dependency, installed by those who use this entry.
 * @module @virta/indicators/arquero
 */
import { from, type ColumnTable } from "arquero";
import type { IndicatorResult } from "@virta/core";

/**
 * Turns a result's rows into an arquero table.
 *
 * @example
 * ```ts
 * import { resultToTable } from "@virta/indicators/arquero";
 * const table = resultToTable(await compute(primaryCareWithin14Days, options));
 * table.filter((d) => !d.suppressed).orderby("value").objects();
 * ```
 */
export function resultToTable(result: IndicatorResult): ColumnTable {
  const columns = [...result.breakdown, "numerator", "denominator", "value", "suppressed"];
  return from(result.rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))));
}

/**
 * The result object every computation yields, through the library or the command line
 * (interfaces.md, "The result object"). Engines produce exact numerators and denominators; rounding and
 * suppression are applied once, at the end, and recorded here.
 */

/** Units of the catalogue (fine-print F30). */
export type Unit = "percent" | "days" | "persons" | "per_100" | "per_1000" | "euros" | "visits_per_fte" | "index";

/** The input accounting of one concept table: `rows_read = rows_rejected + rows_excluded + rows_in_population`. */
export interface InputAccount {
  rows_read: number;
  rows_rejected: number;
  rows_excluded: number;
  rows_in_population: number;
  /** Excluded rows per reason (fine-print F15); zero counts are omitted. */
  excluded_by_reason: Record<string, number>;
  /** Rejected rows per reason (fine-print F8); zero counts are omitted. */
  rejected_by_reason: Record<string, number>;
}

/**
 * One cell of a result: the breakdown dimension values (codes, never display names), then the exact
 * numerator and denominator, the rounded value and whether the cell was suppressed.
 *
 * Numbers are exact (F5, F21): a JSON number when that number is exactly the decimal meant (a safe
 * integer, or a fraction such as 12.35 whose shortest double string is itself), otherwise the exact
 * decimal text, such as `"123456789012345679901.5"` or a value `"61759274143244462.18"` (`exactNumber`).
 */
export interface ResultRow {
  [dimension: string]: string | number | boolean | null;
  numerator: number | string | null;
  denominator: number | string | null;
  value: number | string | null;
  suppressed: boolean;
}

/** The result object of interfaces.md. */
export interface IndicatorResult {
  indicator: { id: string; version: string; definition_hash: string };
  library: { name: string; version: string };
  period: { id: string; start: string; end: string };
  as_of: string | null;
  unit: Unit;
  decimals: number;
  breakdown: string[];
  age_groups: string | null;
  disclosure: "national-1" | "none";
  warnings: string[];
  input: Record<string, InputAccount>;
  rows: ResultRow[];
}

/**
 * What every engine hands to `finalizeResult`: the exact aggregates of each cell and the accounting of
 * each input table. Raw counts first, judgement after (rounding and suppression are separate policies
 * applied once, in finalize).
 */
import type { Decimal } from "../arithmetic/decimal";

/** The exact aggregates of one cell. */
export interface CellAggregate {
  /** Dimension values in plan order (codes), null for an absent value. */
  keys: Array<string | null>;
  /** Σ of the numerator (exact: a number holding an integer, or a Decimal for decimal sums). */
  numerator: number | Decimal;
  /** Σ of the denominator (exact), or for quantiles the number of values. */
  denominator: number | Decimal;
  /** Rows behind the denominator (what the disclosure policy counts for proportions, quantiles and indices, F20). */
  denominatorRows: number;
  /** Rows behind the numerator (what the disclosure policy counts for rates, F20). */
  numeratorRows: number;
  /** For quantiles: the values of the cell, in any order. */
  values?: number[];
}

/** The accounting one engine gives for one input table (rejections are added by validation). */
export interface TableAccount {
  rows_seen: number;
  rows_excluded: number;
  rows_in_population: number;
  excluded_by_reason: Record<string, number>;
}

/** The output of an engine. */
export interface EngineOutput {
  cells: CellAggregate[];
  accounts: Record<string, TableAccount>;
  warnings: string[];
}

/** A fresh account. */
export function emptyAccount(): TableAccount {
  return { rows_seen: 0, rows_excluded: 0, rows_in_population: 0, excluded_by_reason: {} };
}

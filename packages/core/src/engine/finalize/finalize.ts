/**
 * From exact cell aggregates to result rows: values computed once from the exact numerator and
 * denominator and rounded half away from zero (fine-print F21), the disclosure policy `national-1`
 * applied after aggregation (indicators.md "Disclosure", F20), empty populations per kind (F23), and
 * rows in classification order (F19). Every engine ends here, so rounding and suppression cannot differ
 * between engines.
 */
import { Decimal } from "../../arithmetic/decimal";
import { type ExactNumber, exactNumber } from "../../arithmetic/exact-number";
import { roundRatioExact } from "../../arithmetic/rounding";
import { quantileValue } from "../../arithmetic/quantile";
import type { Plan, PlannedDimension } from "../../plan/plan";
import type { ResultRow } from "../../result/result";
import type { CellAggregate } from "../cells";

/** The smallest and largest cell size the `national-1` policy suppresses. */
export const SUPPRESSION_RANGE = { min: 1, max: 4 } as const;

function toJsonNumber(value: number | Decimal): ExactNumber {
  return exactNumber(value);
}

function isZero(value: number | Decimal): boolean {
  return typeof value === "number" ? value === 0 : value.isZero();
}

/** Compares strings by Unicode code point (F19 "other codes by Unicode code point"). */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i]!.codePointAt(0)!;
    const y = right[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

/** The classification order of one dimension's values (F19): absent values last. */
export function dimensionComparator(dimension: PlannedDimension): (a: string | null, b: string | null) => number {
  const spec = dimension.spec;
  let rank: ((value: string) => number) | null = null;
  if (spec.kind === "field" && spec.order) {
    const order = spec.order;
    rank = (value) => {
      const index = order.indexOf(value);
      return index < 0 ? order.length : index;
    };
  } else if (spec.kind === "age_group" && dimension.ageGroupSet) {
    const labels = dimension.ageGroupSet.bands.map((band) => band.label);
    rank = (value) => labels.indexOf(value);
  } else if (spec.kind === "band") {
    const labels = spec.bands.map((band) => band.label);
    rank = (value) => labels.indexOf(value);
  }
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (rank) {
      const difference = rank(a) - rank(b);
      if (difference !== 0) return difference;
    }
    return compareCodePoints(a, b);
  };
}

/** True when a cell must be suppressed under `national-1` (F20). */
function suppressedBy(plan: Plan, cell: CellAggregate): boolean {
  if (!plan.suppress) return false;
  const basis = plan.definition.disclosure.basis;
  const rows = basis === "denominator" ? cell.denominatorRows : basis === "numerator" ? cell.numeratorRows : 0;
  return rows >= SUPPRESSION_RANGE.min && rows <= SUPPRESSION_RANGE.max;
}

/** The value of one cell, exact then rounded once. */
function valueOf(plan: Plan, cell: CellAggregate): ExactNumber | null {
  const definition = plan.definition;
  switch (definition.kind) {
    case "count":
      return roundRatioExact(cell.numerator, 1, 1, definition.decimals);
    case "quantile": {
      const values = (cell.values ?? []).slice().sort((a, b) => a - b);
      return values.length === 0 ? null : quantileValue(values, definition.quantile!.p, definition.decimals);
    }
    default:
      return isZero(cell.denominator)
        ? null
        : roundRatioExact(cell.numerator, cell.denominator, definition.scale, definition.decimals);
  }
}

/** Turns one cell into a result row. */
function rowOf(plan: Plan, cell: CellAggregate): ResultRow {
  const row: Record<string, string | number | boolean | null> = {};
  plan.dimensions.forEach((dimension, d) => {
    row[dimension.name] = cell.keys[d] ?? null;
  });
  const kind = plan.definition.kind;
  if (suppressedBy(plan, cell)) {
    return { ...row, numerator: null, denominator: null, value: null, suppressed: true };
  }
  return {
    ...row,
    numerator: kind === "quantile" ? null : toJsonNumber(cell.numerator),
    denominator: kind === "count" ? null : toJsonNumber(cell.denominator),
    value: valueOf(plan, cell),
    suppressed: false,
  };
}

/** The single row of an empty population without breakdown (F23). */
function emptyRow(plan: Plan): ResultRow {
  switch (plan.definition.kind) {
    case "count":
      return { numerator: 0, denominator: null, value: 0, suppressed: false };
    case "quantile":
      return { numerator: null, denominator: 0, value: null, suppressed: false };
    default:
      return { numerator: 0, denominator: 0, value: null, suppressed: false };
  }
}

/**
 * The result rows of a plan from exact cell aggregates, and the warnings they raise.
 *
 * @example
 * ```ts
 * const { rows, warnings } = finalizeRows(plan, output.cells);
 * ```
 */
export function finalizeRows(plan: Plan, cells: CellAggregate[]): { rows: ResultRow[]; warnings: string[] } {
  const warnings: string[] = [];
  if (cells.length === 0) {
    warnings.push(
      `empty_population: no rows of ${plan.definition.source.concept} are in the population of ` +
        `${plan.definition.id} for period ${plan.period.id}`,
    );
    return { rows: plan.dimensions.length === 0 ? [emptyRow(plan)] : [], warnings };
  }
  return { rows: inClassificationOrder(plan, cells).map((cell) => rowOf(plan, cell)), warnings };
}

/**
 * Cells in classification order (F19): the order of result rows, and the order in which every engine
 * checks joined denominators (F18), so that the first failing cell is the same everywhere.
 *
 * @example
 * ```ts
 * inClassificationOrder(plan, [{ keys: ["91"] }, { keys: ["14"] }]); // [{ keys: ["14"] }, { keys: ["91"] }]
 * ```
 */
export function inClassificationOrder<T extends { keys: Array<string | null> }>(plan: Plan, cells: T[]): T[] {
  const comparators = plan.dimensions.map(dimensionComparator);
  return cells.slice().sort((a, b) => {
    for (let d = 0; d < comparators.length; d++) {
      const order = comparators[d]!(a.keys[d] ?? null, b.keys[d] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * How an error names a cell.
 *
 * @example
 * ```ts
 * describeCell(plan, ["14", "0-4"]); // "organizer=14, age_group=0-4"; "(no breakdown)" without dimensions
 * ```
 */
export function describeCell(plan: Plan, keys: Array<string | null>): string {
  if (plan.dimensions.length === 0) return "(no breakdown)";
  return plan.dimensions.map((dimension, d) => `${dimension.name}=${keys[d] ?? "null"}`).join(", ");
}

export { Decimal };

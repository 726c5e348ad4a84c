/**
 * The disclosure audit (fine-print F35): for every suppressed cell of a set of linked tables, the
 * smallest and largest value of each count national-1 protects that is consistent with everything
 * published — by linear programming over non-negative counts with 0 ≤ numerator ≤ denominator
 * (−denominator ≤ numerator for the NPS index, F24) and every sum a reader can form. A cell is
 * protected when each such interval is at least {@link PROTECTION_WIDTH} wide. Contradictory tables
 * (no counts satisfy them) are a `DataError`.
 *
 * Counts are integers, so each LP bound is moved inward to the nearest integer before the width is
 * measured (a relaxation bound can only be wider than the integer one). See docs/disclosure.md.
 */
import { DataError } from "../errors/errors";
import type { LinearProgram, LinearRow, LinearSolver } from "./linear-program";
import { listRelations, listUnits, unitId, type DisclosureUnit, type LinkedTables } from "./linked-tables";

/** How wide the feasible interval of each protected count must be (F35: "at least 5 apart"). */
export const PROTECTION_WIDTH = 5;

/** The kinds of indicator, as disclosure sees them. */
export type DisclosureKind = "proportion" | "index" | "quantile" | "rate" | "count";

/** One indicator of a set: its numerators per unit (and per part), `null` where not published. */
export interface DisclosureMeasure {
  id: string;
  kind: DisclosureKind;
  /**
   * Categories of a dimension that splits each unit's numerator into parts summing to its
   * denominator (`wait_band`, F18); null when the numerator is not split.
   */
  parts: string[] | null;
  /** `[unit][part]` (one part when `parts` is null); null for a quantile (no numerator). */
  numerators: Array<Array<number | null>> | null;
}

/** The counts of a set: the shared denominator per unit (null when not published) and the measures. */
export interface DisclosureCounts {
  denominators: Array<number | null> | null;
  measures: DisclosureMeasure[];
}

/** Which count of a cell a check is about. */
export type CountName = "denominator" | "numerator" | "difference" | "sum";

/** One protected count of one suppressed cell, with its feasible interval. */
export interface CellCheck {
  unit: number;
  cell: string;
  measure: string | null;
  part: string | null;
  count: CountName;
  /** The integer bounds (null = unbounded). */
  min: number | null;
  max: number | null;
  protected: boolean;
}

type Term = [number, number];
/** A linear expression: terms over variables plus a constant. */
interface Expr {
  terms: Term[];
  constant: number;
}

/** The LP of a set of counts: a variable per unpublished count, the relations as rows. */
interface Built {
  program: LinearProgram;
  den: (u: number) => Expr;
  num: (m: number, u: number, p: number) => Expr;
}

const hasDenominator = (kind: DisclosureKind): boolean => kind !== "rate" && kind !== "count";

function build(linked: LinkedTables, units: DisclosureUnit[], counts: DisclosureCounts): Built {
  const names: string[] = [];
  const lower: Array<number | null> = [];
  const rows: LinearRow[] = [];
  const variable = (name: string, low: number | null): number => {
    names.push(name);
    lower.push(low);
    return names.length - 1;
  };
  const denVars = (counts.denominators ?? []).map((value, u) => (value === null ? variable(`d_${u}`, 0) : -1));
  const numVars = counts.measures.map((measure, m) =>
    (measure.numerators ?? []).map((parts, u) =>
      parts.map((value, p) =>
        value === null ? variable(`n_${m}_${u}_${p}`, measure.kind === "index" ? null : 0) : -1,
      ),
    ),
  );
  const den = (u: number): Expr => {
    const index = denVars[u] ?? -1;
    return index >= 0 ? { terms: [[index, 1]], constant: 0 } : { terms: [], constant: counts.denominators?.[u] ?? 0 };
  };
  const num = (m: number, u: number, p: number): Expr => {
    const index = numVars[m]?.[u]?.[p] ?? -1;
    return index >= 0
      ? { terms: [[index, 1]], constant: 0 }
      : { terms: [], constant: counts.measures[m]!.numerators?.[u]?.[p] ?? 0 };
  };
  const addRow = (parts: Array<[Expr, number]>, low: number | null, high: number | null, what: () => string): void => {
    const terms = new Map<number, number>();
    let constant = 0;
    for (const [expr, factor] of parts) {
      constant += expr.constant * factor;
      for (const [column, coefficient] of expr.terms)
        terms.set(column, (terms.get(column) ?? 0) + coefficient * factor);
    }
    const list = [...terms].filter(([, coefficient]) => coefficient !== 0);
    if (list.length === 0) {
      const tolerance = 1e-9;
      if ((low !== null && constant < low - tolerance) || (high !== null && constant > high + tolerance)) {
        throw new DataError("contradictory_tables", `the published tables contradict each other: ${what()}`);
      }
      return;
    }
    rows.push({
      terms: list,
      lower: low === null ? null : low - constant,
      upper: high === null ? null : high - constant,
    });
  };
  const relations = listRelations(linked, units);
  const cell = (u: number): string => unitId(linked, units[u]!);
  for (const relation of relations) {
    const sides = (pick: (u: number) => Expr): Array<[Expr, number]> => [
      ...relation.children.map((c): [Expr, number] => [pick(c), 1]),
      [pick(relation.parent), -1],
    ];
    const describe = (what: string) => () => `${what} of ${cell(relation.parent)} is not the sum of its parts`;
    if (counts.denominators) addRow(sides(den), 0, 0, describe("the denominator"));
    counts.measures.forEach((measure, m) => {
      (measure.parts ?? [null]).forEach((part, p) => {
        if (measure.numerators)
          addRow(
            sides((u) => num(m, u, p)),
            0,
            0,
            describe(`${measure.id} ${part ?? ""}`),
          );
      });
    });
  }
  units.forEach((_, u) => {
    counts.measures.forEach((measure, m) => {
      if (!measure.numerators) return;
      const parts = measure.parts ?? [null];
      const what = () => `${measure.id} at ${cell(u)}: the numerator must lie between 0 and the denominator`;
      if (measure.parts && counts.denominators) {
        addRow(
          [...parts.map((_, p): [Expr, number] => [num(m, u, p), 1]), [den(u), -1]],
          0,
          0,
          () => `${measure.id} at ${cell(u)}: the parts do not add up to the denominator`,
        );
      }
      if (!hasDenominator(measure.kind) || !counts.denominators) return;
      parts.forEach((_, p) => {
        addRow(
          [
            [num(m, u, p), 1],
            [den(u), -1],
          ],
          null,
          0,
          what,
        );
        if (measure.kind === "index")
          addRow(
            [
              [num(m, u, p), 1],
              [den(u), 1],
            ],
            0,
            null,
            what,
          );
      });
    });
  });
  return { program: { names, lower, upper: names.map(() => null), rows }, den, num };
}

/** The checks of one suppressed unit, in order: denominator, then each measure's counts per part. */
function checksOf(
  counts: DisclosureCounts,
  built: Built,
  u: number,
): Array<Omit<CellCheck, "min" | "max" | "protected" | "cell"> & { expr: Expr }> {
  const out: Array<Omit<CellCheck, "min" | "max" | "protected" | "cell"> & { expr: Expr }> = [];
  const plus = (a: Expr, b: Expr, sign: number): Expr => ({
    terms: [...a.terms, ...b.terms.map(([c, k]): Term => [c, k * sign])],
    constant: a.constant + sign * b.constant,
  });
  if (counts.denominators && counts.measures.some((m) => hasDenominator(m.kind))) {
    out.push({ unit: u, measure: null, part: null, count: "denominator", expr: built.den(u) });
  }
  counts.measures.forEach((measure, m) => {
    if (!measure.numerators) return;
    (measure.parts ?? [null]).forEach((part, p) => {
      const n = built.num(m, u, p);
      const base = { unit: u, measure: measure.id, part };
      out.push({ ...base, count: "numerator", expr: n });
      if (!hasDenominator(measure.kind) || !counts.denominators) return;
      out.push({ ...base, count: "difference", expr: plus(built.den(u), n, -1) });
      if (measure.kind === "index") out.push({ ...base, count: "sum", expr: plus(built.den(u), n, 1) });
    });
  });
  return out;
}

/** Options of {@link auditCounts}. */
export interface AuditOptions {
  /** Stop at the first unprotected count (the suppression loop only needs one). */
  stopAtFirst?: boolean;
  /** Checks already known to pass (keys `unit/measure/part/count`), skipped; passing checks are added. */
  passed?: Set<string>;
}

/** The key of a check in {@link AuditOptions.passed}. */
export const checkKey = (check: Pick<CellCheck, "unit" | "measure" | "part" | "count">): string =>
  `${check.unit}/${check.measure ?? ""}/${check.part ?? ""}/${check.count}`;

/**
 * Audits the suppressed cells of a set of linked tables: for each protected count of each suppressed
 * unit, its feasible interval given everything published (counts are `null` where not published).
 *
 * @example
 * ```ts
 * const checks = auditCounts(linked, counts, suppressed, await highsSolver());
 * checks.filter((check) => !check.protected); // [] when every suppressed cell is protected
 * ```
 */
export function auditCounts(
  linked: LinkedTables,
  counts: DisclosureCounts,
  suppressed: boolean[],
  solver: LinearSolver,
  options: AuditOptions = {},
): CellCheck[] {
  const units = listUnits(linked);
  const built = build(linked, units, counts);
  const optimise = solver.prepare(built.program);
  const feasibility = optimise([], "min");
  if (feasibility.status === "infeasible") {
    throw new DataError("contradictory_tables", "the published tables contradict each other: no counts satisfy them");
  }
  const results: CellCheck[] = [];
  for (let u = 0; u < units.length; u++) {
    if (!suppressed[u]) continue;
    for (const check of checksOf(counts, built, u)) {
      const key = checkKey(check);
      if (options.passed?.has(key)) continue;
      const { expr, ...rest } = check;
      const low = expr.terms.length === 0 ? expr.constant : bound(optimise(expr.terms, "min"), expr.constant);
      const high = expr.terms.length === 0 ? expr.constant : bound(optimise(expr.terms, "max"), expr.constant);
      const min = low === null ? null : Math.ceil(low - 1e-6) + 0;
      const max = high === null ? null : Math.floor(high + 1e-6) + 0;
      const ok = min === null || max === null || max - min >= PROTECTION_WIDTH;
      results.push({ ...rest, cell: unitId(linked, units[u]!), min, max, protected: ok });
      if (ok) options.passed?.add(key);
      else if (options.stopAtFirst) return results;
    }
  }
  return results;
}

function bound(outcome: ReturnType<ReturnType<LinearSolver["prepare"]>>, constant: number): number | null {
  if (outcome.status === "unbounded") return null;
  if (outcome.status === "infeasible") {
    throw new DataError("contradictory_tables", "the published tables contradict each other: no counts satisfy them");
  }
  return outcome.value + constant;
}

/**
 * From the rows a SQL engine returns to result rows: the same shapes the in-memory engine's finalize
 * gives. The SQL already holds the exact numerator and denominator (as text), the value rounded half
 * away from zero as an integer magnitude and sign (F21), and the disclosure flag (F20); here they become
 * JSON numbers exactly as `roundRatio` makes them, the joined denominator's DataErrors are raised (F18),
 * an empty population gives F23's row, and rows are put in classification order (F19).
 */
import { type ExactNumber, exactNumber } from "../arithmetic/exact-number";
import { fixedText } from "../arithmetic/rounding";
import { DataError } from "../errors/errors";
import type { Plan } from "../plan/plan";
import type { ResultRow } from "../result/result";
import { dimensionComparator } from "../engine/finalize/finalize";
import type { TableAccount } from "../engine/cells";

/** One row as returned by the `rows` query of `compilePlanToSql`. */
export interface SqlCellRow {
  [column: string]: unknown;
  numerator: unknown;
  denominator: unknown;
  magnitude: unknown;
  negative: unknown;
  suppressed: unknown;
  join_missing: unknown;
}

/** One row of the `accounts` query. */
export interface SqlAccountRow {
  concept: unknown;
  reason: unknown;
  rows: unknown;
}

function textOf(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The exact number of a SQL text such as "12.3500000000" (F5: never through a double). */
function jsonNumber(value: unknown): ExactNumber {
  const text = textOf(value);
  return text === null ? 0 : exactNumber(text);
}

/** ±magnitude / 10^decimals, as `roundRatioExact` finishes it (never −0, exact text when no double is). */
function valueOf(magnitude: unknown, negative: unknown, decimals: number): ExactNumber | null {
  const text = textOf(magnitude);
  if (text === null) return null;
  const integer = BigInt(text.replace(/\.0*$/, ""));
  return exactNumber(fixedText(integer, Number(negative) === 1 || negative === true, decimals));
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === "true" || value === "t";
}

/**
 * The result rows and warnings of a plan from the SQL rows.
 *
 * @example
 * ```ts
 * const { rows, warnings } = finishSqlRows(plan, await runner.all(compiled.rows));
 * ```
 */
export function finishSqlRows(plan: Plan, sqlRows: SqlCellRow[]): { rows: ResultRow[]; warnings: string[] } {
  const definition = plan.definition;
  const join = definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;
  const keysOf = (row: SqlCellRow): Array<string | null> => plan.dimensions.map((_, d) => textOf(row[`__d${d}`]));
  const describe = (keys: Array<string | null>): string =>
    plan.dimensions.length === 0
      ? "(no breakdown)"
      : plan.dimensions.map((dimension, d) => `${dimension.name}=${keys[d] ?? "null"}`).join(", ");
  const year = plan.period.id.slice(0, 4);
  const comparators = plan.dimensions.map(dimensionComparator);
  const cells = sqlRows.map((row) => ({ row, keys: keysOf(row) }));
  cells.sort((a, b) => {
    for (let d = 0; d < comparators.length; d++) {
      const order = comparators[d]!(a.keys[d] ?? null, b.keys[d] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
  // With a joined denominator, cells are checked in classification order (F19), each for a missing
  // organizer and then for a zero denominator: the first failing cell names the error, as in memory.
  if (join) {
    for (const { row, keys } of cells) {
      const missing = textOf(row.join_missing);
      if (missing !== null) {
        const code = join.concept === "population" ? "missing_population" : "zero_denominator";
        throw new DataError(
          code,
          `${code}: ${definition.id}: no ${join.concept} row for organizer ${missing} in ${year} ` +
            `(cell ${describe(keys)}); the ${join.concept} table must cover every organizer of the numerator`,
          { organizer: missing, year: Number(year), concept: join.concept },
        );
      }
      if (Number(textOf(row.denominator) ?? "0") === 0) {
        throw new DataError(
          "zero_denominator",
          `zero_denominator: ${definition.id}: the denominator (Σ ${join.sum.field} of ${join.concept}) ` +
            `is zero for cell ${describe(keys)} in ${year}`,
          { year: Number(year), concept: join.concept },
        );
      }
    }
  }
  const warnings: string[] = [];
  if (sqlRows.length === 0) {
    warnings.push(
      `empty_population: no rows of ${definition.source.concept} are in the population of ${definition.id} ` +
        `for period ${plan.period.id}`,
    );
    if (plan.dimensions.length > 0) return { rows: [], warnings };
    const empty: ResultRow =
      definition.kind === "count"
        ? { numerator: 0, denominator: null, value: 0, suppressed: false }
        : definition.kind === "quantile"
          ? { numerator: null, denominator: 0, value: null, suppressed: false }
          : { numerator: 0, denominator: 0, value: null, suppressed: false };
    return { rows: [empty], warnings };
  }
  const rows = cells.map(({ row, keys }): ResultRow => {
    const result: Record<string, string | number | boolean | null> = {};
    plan.dimensions.forEach((dimension, d) => {
      result[dimension.name] = keys[d] ?? null;
    });
    if (truthy(row.suppressed)) return { ...result, numerator: null, denominator: null, value: null, suppressed: true };
    return {
      ...result,
      numerator: definition.kind === "quantile" ? null : jsonNumber(row.numerator),
      denominator: definition.kind === "count" ? null : jsonNumber(row.denominator),
      value: valueOf(row.magnitude, row.negative, definition.decimals),
      suppressed: false,
    };
  });
  return { rows, warnings };
}

/**
 * The input accounting per concept from the `accounts` query (reason null = in the population).
 *
 * @example
 * ```ts
 * accountsFromSql([{ concept: "population", reason: "other_year", rows: 3 }]).population.rows_excluded; // 3
 * ```
 */
export function accountsFromSql(sqlRows: SqlAccountRow[], concepts: string[] = []): Record<string, TableAccount> {
  const accounts: Record<string, TableAccount> = {};
  const accountOf = (concept: string): TableAccount =>
    (accounts[concept] ??= { rows_seen: 0, rows_excluded: 0, rows_in_population: 0, excluded_by_reason: {} });
  for (const concept of concepts) accountOf(concept);
  for (const row of sqlRows) {
    const account = accountOf(String(row.concept));
    const count = Number(row.rows);
    const reason = textOf(row.reason);
    account.rows_seen += count;
    if (reason === null) account.rows_in_population += count;
    else {
      account.rows_excluded += count;
      account.excluded_by_reason[reason] = (account.excluded_by_reason[reason] ?? 0) + count;
    }
  }
  return accounts;
}

/**
 * The input accounting of the plan → SQL compiler (`compile-plan.ts`, issue 6): rows per exclusion
 * reason of a classified relation (F15), and — for a table that still holds its rejected rows
 * (`withReasons`, F8, issue 14) — per rejection reason too, with the cells and the accounts together
 * in one DuckDB statement, so that the validation and the classification run once.
 */
import type { SqlDialect } from "./dialect";

/**
 * The accounts' `SELECT` over one classified relation: `concept` (the name bound in `__concepts` as
 * `name`), `reason` (the exclusion, NULL in the population) and `rows` (`count`: `COUNT(*)`, or a sum
 * over `__tally`); with `rejected` (SQL of the rejection reason, `__reason` or `NULL`) also a `rejected`
 * column, grouped by it.
 *
 * @example
 * ```ts
 * accountSql(duckdbDialect, "main", "__classified");
 * // SELECT (SELECT "main" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows" …
 * ```
 */
export function accountSql(
  dialect: SqlDialect,
  name: string,
  relation: string,
  rejected?: string,
  count = "COUNT(*)",
): string {
  const q = dialect.quoteIdentifier;
  const concept = `(SELECT ${q(name)} FROM ${q("__concepts")}) AS ${q("concept")}`;
  const reason = `${q("__exclusion")} AS ${q("reason")}`;
  const rejection =
    rejected === undefined ? "" : `CAST(${rejected} AS ${dialect.typeName("string")}) AS ${q("rejected")}, `;
  const group = rejected === undefined || rejected === "NULL" ? q("__exclusion") : `${q("__exclusion")}, ${rejected}`;
  return `SELECT ${concept}, ${reason}, ${rejection}${count} AS ${q("rows")}\nFROM ${q(relation)}\nGROUP BY ${group}`;
}

/**
 * DuckDB: the cells (`rowsSelect`) and the accounts (`accountSelects`) after one `WITH` clause, as one
 * statement (`UNION ALL BY NAME`, each row tagged `__part`: `rows` or `accounts`).
 *
 * @example
 * ```ts
 * const accounts = [accountSql(duckdbDialect, "main", "__classified")];
 * togetherSql('WITH\n"__cells" AS (…)', 'SELECT … FROM "__cells"', accounts);
 * ```
 */
export function togetherSql(withClause: string, rowsSelect: string, accountSelects: string[]): string {
  const indent = (text: string) => text.replace(/\n/g, "\n  ");
  const parts = [
    `SELECT 'rows' AS "__part", *\nFROM (\n  ${indent(rowsSelect)}\n)`,
    ...accountSelects.map((select) => `SELECT 'accounts' AS "__part", *\nFROM (\n  ${indent(select)}\n)`),
  ];
  return `${withClause}\n${parts.join("\nUNION ALL BY NAME\n")}`;
}

/** A sum of the cells: `name`, over the rows' `<of>_hit` and `<of>_value`; `decimal` for a value sum. */
export interface CellSum {
  name: string;
  of: string;
  /** Whether the summed values are exact decimals; absent: the sum counts the hit rows. */
  decimal?: boolean;
}

/**
 * The body of `__tally`: the classified rows (`withReasons`) grouped by exclusion, rejection reason and
 * the dimensions, with the cells' sums (`sums`, as `__cells` writes them) and the rows (`__rows`).
 *
 * @example
 * ```ts
 * tallySql(duckdbDialect, ['"__d0"'], ['SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows"']);
 * // SELECT "__exclusion", "__reason", "__d0", SUM(…) AS "num_rows", COUNT(*) AS "__rows"
 * //   FROM "__classified" GROUP BY "__exclusion", "__reason", "__d0"
 * ```
 */
export function tallySql(dialect: SqlDialect, dims: string[], sums: string[]): string {
  const q = dialect.quoteIdentifier;
  const keys = [q("__exclusion"), q("__reason"), ...dims];
  const columns = [...keys, ...sums, `COUNT(*) AS ${q("__rows")}`];
  return `SELECT\n    ${columns.join(",\n    ")}\n  FROM ${q("__classified")}\n  GROUP BY ${keys.join(", ")}`;
}

/**
 * The cells' sums over `__tally`: each the exact sum of the tally's sums, of the same value and type.
 *
 * @example
 * ```ts
 * talliedColumns(duckdbDialect, [{ name: "num", of: "__num", decimal: false }, { name: "num_rows", of: "__num" }]);
 * // ['COALESCE(SUM("num"), 0) AS "num"', 'SUM("num_rows") AS "num_rows"']
 * ```
 */
export function talliedColumns(dialect: SqlDialect, sums: CellSum[]): string[] {
  const q = dialect.quoteIdentifier;
  return sums.map(({ name, decimal }) => {
    if (decimal === undefined) return `SUM(${q(name)}) AS ${q(name)}`;
    const sum = `COALESCE(SUM(${q(name)}), 0)`;
    return `${decimal ? `CAST(${sum} AS ${dialect.typeName("exact")})` : sum} AS ${q(name)}`;
  });
}

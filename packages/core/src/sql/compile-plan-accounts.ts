/**
 * The input accounting of the plan → SQL compiler (`compile-plan.ts`, issue 6): rows per exclusion
 * reason of a classified relation (F15), and — for a table that still holds its rejected rows
 * (`withReasons`, F8, issue 14) — per rejection reason too, with the cells and the accounts together
 * in one DuckDB statement, so that the validation and the classification run once.
 */
import type { SqlDialect } from "./dialect";

/**
 * The accounts' `SELECT` over one classified relation: `concept` (the name bound in `__concepts` as
 * `name`), `reason` (the exclusion, NULL in the population) and `rows`; with `rejected` (SQL of the
 * rejection reason, `__reason` or `NULL`) also a `rejected` column, grouped by it.
 *
 * @example
 * ```ts
 * accountSql(duckdbDialect, "main", "__classified");
 * // SELECT (SELECT "main" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows" …
 * ```
 */
export function accountSql(dialect: SqlDialect, name: string, relation: string, rejected?: string): string {
  const q = dialect.quoteIdentifier;
  const concept = `(SELECT ${q(name)} FROM ${q("__concepts")}) AS ${q("concept")}`;
  const reason = `${q("__exclusion")} AS ${q("reason")}`;
  const rejection =
    rejected === undefined ? "" : `CAST(${rejected} AS ${dialect.typeName("string")}) AS ${q("rejected")}, `;
  const group = rejected === undefined || rejected === "NULL" ? q("__exclusion") : `${q("__exclusion")}, ${rejected}`;
  return `SELECT ${concept}, ${reason}, ${rejection}COUNT(*) AS ${q("rows")}\nFROM ${q(relation)}\nGROUP BY ${group}`;
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

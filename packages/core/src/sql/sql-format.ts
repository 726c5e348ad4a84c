/**
 * Layout of the SQL the compilers print (issue 15: "indented SQL with one named CTE per step"): a CTE is
 * `"name" AS (` on its own line, its body indented by two spaces, the select list one item a line.
 * Only whitespace is decided here; what each step computes is the compilers' business.
 */
import type { SqlDialect } from "./dialect";

/**
 * A SELECT with one column a line and the clauses (`FROM …`, `LEFT JOIN …`, `WHERE …`) below it, at
 * the indentation of a CTE body.
 *
 * @example
 * ```ts
 * selectSql(['"a"', '"b"'], ['FROM "t"']); // 'SELECT\n    "a",\n    "b"\n  FROM "t"'
 * ```
 */
export function selectSql(columns: readonly string[], clauses: readonly string[]): string {
  return [`SELECT\n    ${columns.join(",\n    ")}`, ...clauses].join("\n  ");
}

/**
 * One named CTE: `"name" AS (`, the body indented, `)`.
 *
 * @example
 * ```ts
 * cteSql(duckdbDialect, "__cells", 'SELECT 1'); // '"__cells" AS (\n  SELECT 1\n)'
 * ```
 */
export function cteSql(dialect: SqlDialect, name: string, body: string): string {
  return `${dialect.quoteIdentifier(name)} AS (\n  ${body}\n)`;
}

/**
 * A searched CASE with one `WHEN … THEN …` a line (at the indentation of a select-list item).
 *
 * @example
 * ```ts
 * caseSql(["WHEN a THEN 'x'"], "NULL"); // "CASE\n      WHEN a THEN 'x'\n      ELSE NULL\n    END"
 * ```
 */
export function caseSql(branches: readonly string[], otherwise: string): string {
  return `CASE\n      ${[...branches, `ELSE ${otherwise}`].join("\n      ")}\n    END`;
}

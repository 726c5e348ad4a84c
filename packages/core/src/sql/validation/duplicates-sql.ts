/**
 * The duplicate check (fine-print F9) of a table holding the checked rows of a concept, as one SQL
 * `UPDATE` (issue 14): later rows whose key an earlier valid row holds get the key's reason. Only keys
 * held by more than one valid row are grouped (one hash aggregate instead of sorting every row,
 * measured 3× cheaper than the window); with the key's hash kept beside it (DuckDB's `hash(…)` as
 * `__key_hash`), keys are first grouped by that number, and only those whose hash more than one valid
 * row has are grouped by their text: the same rows marked, exactly (2 M distinct ids: 155–165 ms
 * against 259–274 ms, docs/benchmarks.md).
 */
import type { SqlDialect } from "../dialect";

/** The key of a concept as the duplicate check reads it. */
export interface DuplicateKey {
  /** The key's parts as SQL over the table's columns. */
  parts: string[];
  /** The same parts over another relation's columns (`column(field)` gives a qualified column). */
  partsOver(column: (field: string) => string): string[];
  /** The rejection reason of a later duplicate. */
  reason: string;
}

/**
 * DuckDB's hash of the key's parts (`hash(a, b)`), or null for other dialects or no key.
 *
 * @example
 * ```ts
 * keyHashSql(duckdbDialect, ['"visit_id"']); // 'hash("visit_id")'
 * keyHashSql(postgresDialect, ['"visit_id"']); // null
 * ```
 */
export function keyHashSql(dialect: SqlDialect, parts: readonly string[]): string | null {
  return dialect.name === "duckdb" && parts.length > 0 ? `hash(${parts.join(", ")})` : null;
}

/**
 * The `UPDATE` marking the later duplicates in `table` (see the module comment); `hashed`: the table
 * holds `__key_hash`. `null` when the concept has no key.
 *
 * @example
 * ```ts
 * const key = { parts: ['"visit_id"'], partsOver: (c) => [c("visit_id")], reason: "duplicate_id" };
 * markDuplicatesSql(duckdbDialect, "__virta_rows_health_care_visit", key, true)?.startsWith("UPDATE"); // true
 * ```
 */
export function markDuplicatesSql(dialect: SqlDialect, table: string, key: DuplicateKey, hashed: boolean) {
  if (key.parts.length === 0) return null;
  const q = dialect.quoteIdentifier;
  const [t, d, h, reason] = [q(table), q("__d"), q("__key_hash"), q("__reason")];
  const k = (index: number) => q(`__k${index}`);
  const keys = key.parts.map((part, index) => `${part} AS ${k(index)}`).join(", ");
  const same = key
    .partsOver((field) => `${t}.${q(field)}`)
    .map((part, i) => `${part} IS NOT DISTINCT FROM ${d}.${k(i)}`);
  const candidates =
    hashed && keyHashSql(dialect, key.parts) !== null
      ? ` AND ${h} IN (\n    SELECT ${h} FROM ${t} WHERE ${reason} IS NULL GROUP BY ${h} HAVING COUNT(*) > 1\n  )`
      : "";
  return (
    `UPDATE ${t} SET ${reason} = '${key.reason}'\n` +
    `FROM (\n  SELECT ${keys}, MIN(${q("__row")}) AS ${q("__first")}\n  FROM ${t}\n` +
    `  WHERE ${reason} IS NULL${candidates}\n` +
    `  GROUP BY ${key.parts.join(", ")}\n  HAVING COUNT(*) > 1\n) AS ${d}\n` +
    `WHERE ${t}.${reason} IS NULL AND ${same.join(" AND ")} AND ${t}.${q("__row")} > ${d}.${q("__first")}`
  );
}

/**
 * DuckDB: a query counting the rows of `relation` whose key hash the row before them in hash order also
 * has (issue 14). 0 proves that no two of its rows share a key, so the duplicate check (F9) marks
 * nothing; any other count leaves the check to `markDuplicatesSql`. Rows with a NULL in one of the
 * `required` parts are left out (a row without a required field is rejected `missing`, never kept).
 * `null` for other dialects or no key.
 *
 * @example
 * ```ts
 * const key = { parts: ['"visit_id"'], partsOver: (c) => [c("visit_id")], reason: "duplicate_id" };
 * keyHashRepeatsSql(duckdbDialect, "visits_checked", key, ['"visit_id"'])?.startsWith("SELECT COUNT(*)"); // true
 * ```
 */
export function keyHashRepeatsSql(
  dialect: SqlDialect,
  relation: string,
  key: DuplicateKey,
  required: readonly string[],
): string | null {
  const hash = keyHashSql(dialect, key.parts);
  if (hash === null) return null;
  const [h, previous] = [dialect.quoteIdentifier("__h"), dialect.quoteIdentifier("__previous")];
  const where =
    required.length === 0 ? "" : `\n    WHERE ${required.map((part) => `${part} IS NOT NULL`).join(" AND ")}`;
  return (
    `SELECT COUNT(*) AS ${dialect.quoteIdentifier("repeats")}\nFROM (\n` +
    `  SELECT ${h}, lag(${h}) OVER (ORDER BY ${h}) AS ${previous}\n` +
    `  FROM (\n    SELECT ${hash} AS ${h}\n    FROM ${dialect.quoteIdentifier(relation)}${where}\n  )\n)\n` +
    `WHERE ${h} = ${previous}`
  );
}

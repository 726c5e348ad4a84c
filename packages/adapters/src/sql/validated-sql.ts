/**
 * The SQL a region runs on its own raw staging tables (issue 15, F34: "a SQL text printed for a
 * warehouse includes the validation"): the concept validation compiled from the declaration (one named
 * CTE per step, the municipality classification as data) in front of the plan's CTEs, which read the
 * valid rows. Three queries: the result cells, the exclusions (`accounts`) and the rejections per
 * reason (`rejections`: rows read = their sum). `inlineSql` turns a query with bind parameters into a
 * script that runs as it is in a worksheet (each placeholder replaced by an escaped, cast literal).
 */
import {
  compilePlanToSql,
  compileValidationSql,
  MUNICIPALITY_CLASSIFICATION,
  municipalityClassificationSql,
  textLiteral,
  type NamedCte,
  type Plan,
  type SqlDialect,
  type SqlQuery,
  type SqlTableSource,
  type SqlValue,
  type ValidationSqlOptions,
} from "@virta/core";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";

/** Per concept: the fields whose column exists and typed columns' cell SQL (see `ValidationSqlOptions`). */
export type ValidatedSqlReads = Record<string, Pick<ValidationSqlOptions, "present" | "cells">>;

/** The three queries over raw tables. */
export interface ValidatedSql {
  rows: SqlQuery;
  accounts: SqlQuery;
  rejections: SqlQuery;
}

/**
 * Compiles a plan with the validation of every concept it reads in front, over raw tables.
 *
 * @example
 * ```ts
 * const tables = { health_care_visit: { table: ["staging", "visits"] } };
 * const { rows, rejections } = validatedSql(plan, postgresDialect, tables);
 * ```
 */
export function validatedSql(
  plan: Plan,
  dialect: SqlDialect,
  tables: Record<string, SqlTableSource> = {},
  rowNumber?: string,
  reads: ValidatedSqlReads = {},
): ValidatedSql {
  const q = dialect.quoteIdentifier;
  const data = sqlValidationData();
  const ctes: NamedCte[] = [{ name: MUNICIPALITY_CLASSIFICATION, sql: municipalityClassificationSql(dialect, data) }];
  const valid: Record<string, SqlTableSource> = {};
  const rejections: string[] = [];
  for (const concept of plan.definition.concepts) {
    const source = tables[concept] ?? { table: [concept] };
    const validation = compileValidationSql(sqlDeclaration(concept), data, dialect, {
      table: source.table,
      ...(source.columns ? { columns: source.columns } : {}),
      ...(rowNumber !== undefined ? { rowNumber } : {}),
      ...reads[concept],
    });
    ctes.push(...validation.ctes);
    valid[concept] = { table: [validation.valid] };
    rejections.push(
      `SELECT ${textLiteral(dialect, concept)} AS ${q("concept")}, ${q("__reason")} AS ${q("reason")},` +
        ` COUNT(*) AS ${q("rows")} FROM ${q(validation.rows)} GROUP BY ${q("__reason")}`,
    );
  }
  // Each validation step once per query, however often the plan reads it (Snowflake has no such hint).
  const materialized = dialect.name === "snowflake" ? "" : " MATERIALIZED";
  const prefix = `WITH\n${ctes.map((cte) => `${q(cte.name)} AS${materialized} (\n  ${cte.sql}\n)`).join(",\n")},\n`;
  const compiled = compilePlanToSql(plan, dialect, { tables: valid });
  const withValidation = (query: SqlQuery): SqlQuery => ({
    text: prefix + query.text.replace(/^WITH\s+/, ""),
    parameters: query.parameters,
  });
  return {
    rows: withValidation(compiled.rows),
    accounts: withValidation(compiled.accounts),
    rejections: { text: `${prefix.replace(/,\n$/, "\n")}${rejections.join("\nUNION ALL\n")}`, parameters: [] },
  };
}

function literalOf(dialect: SqlDialect, value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return textLiteral(dialect, value);
}

/**
 * A query with its parameters written in as literals (placeholders outside string literals only), for
 * a worksheet: `$n` (DuckDB, PostgreSQL) or `:n` (Snowflake). Each placeholder already sits in an
 * explicit CAST, so the literal gets the same type the bound value had.
 *
 * @example
 * ```ts
 * inlineSql(postgresDialect, { text: "SELECT CAST($1 AS TEXT)", parameters: ["it's"] });
 * // "SELECT CAST('it''s' AS TEXT)"
 * ```
 */
export function inlineSql(dialect: SqlDialect, query: SqlQuery): string {
  const marker = dialect.capabilities.placeholders === "colon" ? ":" : "$";
  let out = "";
  let inString = false;
  const text = query.text;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === "'") inString = !inString;
    if (!inString && char === marker && /[0-9]/.test(text[index + 1] ?? "") && text[index - 1] !== ":") {
      let end = index + 1;
      while (end < text.length && /[0-9]/.test(text[end]!)) end += 1;
      const position = Number(text.slice(index + 1, end));
      out += literalOf(dialect, query.parameters[position - 1] ?? null);
      index = end - 1;
      continue;
    }
    out += char;
  }
  return out;
}

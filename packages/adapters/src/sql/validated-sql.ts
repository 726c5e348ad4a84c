/**
 * The SQL a region runs on its own raw staging tables (issue 15, F34: "a SQL text printed for a
 * warehouse includes the validation"): the concept validation compiled from the declaration (one named
 * CTE per step, the municipality classification as data) in front of the plan's CTEs, which read the
 * valid rows. Three queries: the result cells, the exclusions (`accounts`) and the rejections per
 * reason (`rejections`: rows read = their sum). The engines run the validation once instead
 * (`materialisedValidation`: each concept's validated rows written into a temporary table that the
 * three queries read, the same results). `inlineSql` turns a query with bind parameters into a
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
  wrapSqlLines,
} from "@virta/core";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";

/**
 * Per concept: the fields whose column exists, typed columns' cell SQL, DATE fields, the row position
 * where `rowid` does not give it and the trusted columns (`ValidationSqlOptions`).
 */
export type ValidatedSqlReads = Record<
  string,
  Pick<ValidationSqlOptions, "present" | "cells" | "dates" | "rowPosition" | "trusted" | "padded">
>;

/** The three queries over raw tables. */
export interface ValidatedSql {
  rows: SqlQuery;
  accounts: SqlQuery;
  rejections: SqlQuery;
}

/** One concept's compiled validation over its raw table. */
function conceptValidation(
  concept: string,
  dialect: SqlDialect,
  tables: Record<string, SqlTableSource>,
  rowNumber: string | undefined,
  reads: ValidatedSqlReads,
) {
  const source = tables[concept] ?? { table: [concept] };
  return compileValidationSql(sqlDeclaration(concept), sqlValidationData(), dialect, {
    table: source.table,
    ...(source.columns ? { columns: source.columns } : {}),
    ...(rowNumber !== undefined ? { rowNumber } : {}),
    ...reads[concept],
  });
}

/** `WITH` and the CTEs, each marked `MATERIALIZED` (computed once per query) when asked. */
function withClause(dialect: SqlDialect, ctes: NamedCte[], materialized: boolean): string {
  const q = dialect.quoteIdentifier;
  const hint = materialized ? " MATERIALIZED" : "";
  return `WITH\n${ctes.map((cte) => `${q(cte.name)} AS${hint} (\n  ${cte.sql}\n)`).join(",\n")}\n`;
}

/** Rows per rejection reason (NULL = valid) of each concept, from its relation with `__reason`. */
function rejectionCounts(dialect: SqlDialect, relations: Array<[string, string]>): string {
  const q = dialect.quoteIdentifier;
  return relations
    .map(
      ([concept, relation]) =>
        `SELECT ${textLiteral(dialect, concept)} AS ${q("concept")}, ${q("__reason")} AS ${q("reason")},` +
        ` COUNT(*) AS ${q("rows")}\nFROM ${q(relation)}\nGROUP BY ${q("__reason")}`,
    )
    .join("\nUNION ALL\n");
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
  const ctes: NamedCte[] = [
    { name: MUNICIPALITY_CLASSIFICATION, sql: municipalityClassificationSql(dialect, sqlValidationData()) },
  ];
  const valid: Record<string, SqlTableSource> = {};
  const relations: Array<[string, string]> = [];
  for (const concept of plan.definition.concepts) {
    const validation = conceptValidation(concept, dialect, tables, rowNumber, reads);
    ctes.push(...validation.ctes);
    valid[concept] = { table: [validation.valid] };
    relations.push([concept, validation.rows]);
  }
  // Each validation step once per query, however often the plan reads it (Snowflake has no such hint).
  const prefix = withClause(dialect, ctes, dialect.name !== "snowflake");
  const compiled = compilePlanToSql(plan, dialect, { tables: valid });
  const withValidation = (query: SqlQuery): SqlQuery => ({
    text: wrapSqlLines(`${prefix.replace(/\n$/, ",\n")}${query.text.replace(/^WITH\s+/, "")}`),
    parameters: query.parameters,
  });
  return {
    rows: withValidation(compiled.rows),
    accounts: withValidation(compiled.accounts),
    rejections: { text: wrapSqlLines(`${prefix}${rejectionCounts(dialect, relations)}`), parameters: [] },
  };
}

/** The validation run once into temporary tables, and the queries over them (see `materialisedValidation`). */
export interface MaterialisedValidation {
  /**
   * Per concept: the temporary table of every row's position, reason (NULL when valid) and the
   * normalised fields the plan and the duplicate check read (DuckDB: then the `UPDATE` marking later
   * duplicates, F9), then the view of its valid rows that the plan reads.
   */
  create: string[];
  /** Per concept: gathers the table's statistics (PostgreSQL plans the queries with them). */
  analyze: string[];
  rows: SqlQuery;
  accounts: SqlQuery;
  rejections: SqlQuery;
  /** Removes the views and tables again (a session's end removes them too). */
  drop: string[];
}

/**
 * The validation of each concept written once into a temporary table (`__virta_rows_<concept>`: row
 * position, reason, the normalised fields the plan reads) with a view of its valid rows
 * (`__virta_valid_<concept>`); the rejection counts and the plan's two queries then read those instead
 * of validating three times. The results are those of `validatedSql` (the same CTEs; F8, F9, F34);
 * DuckDB and PostgreSQL only.
 *
 * @example
 * ```ts
 * const steps = materialisedValidation(plan, duckdbDialect, { health_care_visit: { table: ["visits"] } });
 * for (const statement of steps.create) await connection.run(statement);
 * ```
 */
export function materialisedValidation(
  plan: Plan,
  dialect: SqlDialect,
  tables: Record<string, SqlTableSource> = {},
  rowNumber?: string,
  reads: ValidatedSqlReads = {},
): MaterialisedValidation {
  const q = dialect.quoteIdentifier;
  const classification: NamedCte = {
    name: MUNICIPALITY_CLASSIFICATION,
    sql: municipalityClassificationSql(dialect, sqlValidationData()),
  };
  const create: string[] = [];
  const analyze: string[] = [];
  const drop: string[] = [];
  const valid: Record<string, SqlTableSource> = {};
  const relations: Array<[string, string]> = [];
  for (const concept of plan.definition.concepts) {
    valid[concept] = { table: [`__virta_valid_${concept}`] };
    relations.push([concept, `__virta_rows_${concept}`]);
  }
  const compiled = compilePlanToSql(plan, dialect, { tables: valid });
  for (const concept of plan.definition.concepts) {
    const validation = conceptValidation(concept, dialect, tables, rowNumber, reads);
    const [rows, validRows] = [`__virta_rows_${concept}`, `__virta_valid_${concept}`];
    // PostgreSQL inlines a CTE read once, repeating its expressions in every sort and join key above it
    // (measured: 4× slower); DuckDB keeps each step's projection once either way.
    const steps = withClause(dialect, [classification, ...validation.ctes], dialect.name === "postgres");
    // DuckDB with unique row positions (no --row-number column): the checked rows, then the later
    // duplicates marked by an UPDATE (F9; the same reasons as the window of `rows`, measured 3× cheaper).
    const hashed = validation.keyHash !== null;
    const marked =
      dialect.name === "duckdb" && rowNumber === undefined ? validation.markDuplicates(rows, hashed) : null;
    // Every row is validated (F8: each field checked, rows read and rejected per reason), but the table
    // keeps only the fields the plan reads and the key the duplicate check reads.
    const read = new Set(Object.keys(compiled.fields[concept] ?? {}));
    const fields = sqlDeclaration(concept).fields.map((field) => field.name);
    const planned = read.size > 0 ? fields.filter((field) => read.has(field)) : fields;
    const kept = fields.filter((field) => planned.includes(field) || (marked && validation.keyFields.includes(field)));
    // The key's hash beside it, for the duplicate check's first grouping (`markDuplicates`).
    const keyHash = marked !== null && hashed ? [`${validation.keyHash} AS ${q("__key_hash")}`] : [];
    const columns = [q("__row"), q("__reason"), ...kept.map(q), ...keyHash].join(", ");
    const from = q(marked === null ? validation.rows : validation.checked);
    create.push(`CREATE TEMPORARY TABLE ${q(rows)} AS\n${steps}SELECT ${columns} FROM ${from}`);
    if (marked !== null) create.push(marked);
    analyze.push(`ANALYZE ${q(rows)}`);
    create.push(
      `CREATE TEMPORARY VIEW ${q(validRows)} AS SELECT ${planned.map(q).join(", ")} FROM ${q(rows)}` +
        ` WHERE ${q("__reason")} IS NULL`,
    );
    drop.unshift(`DROP VIEW IF EXISTS ${q(validRows)}`, `DROP TABLE IF EXISTS ${q(rows)}`);
  }
  return {
    create,
    analyze,
    rows: compiled.rows,
    accounts: compiled.accounts,
    rejections: { text: rejectionCounts(dialect, relations), parameters: [] },
    drop,
  };
}

/** The validation and the plan as one DuckDB statement (`oneStatementValidation`). */
export interface OneStatementValidation {
  /** Per concept with a key: a query whose `repeats` must be 0 for the statement to hold (F9). */
  keyRepeats: string[];
  /**
   * The cells (`__part` = `rows`) and the accounts (`__part` = `accounts`); an account row with a
   * `rejected` reason counts rejected rows (F8), the others rows per exclusion reason (F15).
   */
  together: SqlQuery;
}

/**
 * DuckDB, a plan over one concept (issue 14): the validation, the classification, the cells and every
 * count (rows rejected per reason, excluded per reason) in one statement over the raw table, with no
 * table of validated rows written. It holds when no two rows of the table share a key (each query of
 * `keyRepeats` gives 0): then the duplicate check (F9) marks nothing. `null` where it does not apply
 * (another dialect, a plan joining a second concept); then `materialisedValidation` runs.
 *
 * @example
 * ```ts
 * const one = oneStatementValidation(plan, duckdbDialect, { health_care_visit: { table: ["visits"] } });
 * // run each of one.keyRepeats; when every `repeats` is 0, run one.together
 * ```
 */
export function oneStatementValidation(
  plan: Plan,
  dialect: SqlDialect,
  tables: Record<string, SqlTableSource> = {},
  rowNumber?: string,
  reads: ValidatedSqlReads = {},
): OneStatementValidation | null {
  const [concept, ...others] = plan.definition.concepts;
  if (dialect.name !== "duckdb" || concept === undefined || others.length > 0) return null;
  const q = dialect.quoteIdentifier;
  const all = `__virta_all_${concept}`;
  const compiled = compilePlanToSql(plan, dialect, { tables: { [concept]: { table: [all] } }, withReasons: true });
  if (compiled.together === undefined) return null;
  const validation = conceptValidation(concept, dialect, tables, rowNumber, reads);
  const read = new Set(Object.keys(compiled.fields[concept] ?? {}));
  const fields = sqlDeclaration(concept)
    .fields.map((field) => field.name)
    .filter((field) => read.has(field));
  const classification: NamedCte = {
    name: MUNICIPALITY_CLASSIFICATION,
    sql: municipalityClassificationSql(dialect, sqlValidationData()),
  };
  // The window that marks duplicates (`rows`, `valid`) is left out: the key-repeat query proves it idle.
  const unused = new Set([validation.rows, validation.valid]);
  const steps = [classification, ...validation.ctes.filter((cte) => !unused.has(cte.name))];
  // Every row with its reason (NULL when valid) and the fields the plan reads; the plan classifies a
  // rejected row first (`withReasons`), so one pass over the table gives every count.
  const allRows: NamedCte = {
    name: all,
    sql: `SELECT ${[q("__reason"), ...fields.map(q)].join(", ")}\n  FROM ${q(validation.checked)}`,
  };
  const prefix = withClause(dialect, [...steps, allRows], false);
  return {
    keyRepeats:
      validation.keyRepeats === null
        ? []
        : [wrapSqlLines(`${withClause(dialect, steps, false)}${validation.keyRepeats}`)],
    together: {
      text: wrapSqlLines(`${prefix.replace(/\n$/, ",\n")}${compiled.together.text.replace(/^WITH\s+/, "")}`),
      parameters: compiled.together.parameters,
    },
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
  return wrapSqlLines(out);
}

/**
 * A concept's validation compiled to SQL (issue 15, fine-print F34: every engine applies the concept
 * rules). From the concept's declaration and the classifications (passed in as data) it writes one
 * named CTE per step over the raw table (text or typed columns):
 *
 * 1. `<concept>_source` — each row's position (`__row`: the `--row-number` column, else DuckDB `rowid`,
 *    PostgreSQL `ctid`, F9/F34) and each field's cleaned text (F1 trimmed, NULL when empty; NUL flag F5a);
 * 2. `<concept>_field_reasons` — each field's first failure in F8 order (`__e_<field>`);
 * 3. `<concept>_values` — normalised values (F2–F6) and the municipality's classification year (F10);
 * 4. `<concept>_checked` — the municipality's `unknown_code`, `organizer_mismatch`, the derived
 *    organizer (F10), the row rules in listing order (F12, F13) and the row's one reason (F8);
 * 5. `<concept>_rows` — duplicates last, the lowest row number kept (F9, a window function);
 * 6. `<concept>_valid` — the valid rows in the concept's normalised form.
 *
 * The municipality classification is one VALUES list (`__municipality_classification`).
 */
import type { ConceptDeclaration, FieldDeclaration, RowRuleDeclaration } from "../../concept/declaration";
import type { SqlDialect } from "../dialect";
import { keyHashRepeatsSql, keyHashSql, markDuplicatesSql } from "./duplicates-sql";
import { expressionSql } from "../expression-sql";
import { SqlParameters, type SqlValue } from "../parameters";
import { layoutExpression } from "../sql-format";
import type { SqlValidationData } from "./declaration";
import { textLiteral, textOps } from "./dialect-text";
import { codeWidth, fieldSql } from "./field-sql";
import { type FieldReading, fieldSourceColumns } from "./source-columns";

/** Where the raw rows are and how they are named. */
export interface ValidationSqlOptions {
  /** The table's name parts (`["staging", "visits"]`). */
  table: readonly string[];
  /** Column per field when the names differ. */
  columns?: Readonly<Record<string, string>>;
  /** The fields whose column exists (default: every field); the others are absent (F1). */
  present?: readonly string[];
  /** A column holding each row's record number (F34); default the physical order. */
  rowNumber?: string;
  /**
   * The SQL of each row's position where the dialect's physical order (`rowid`) does not give it, e.g.
   * a Parquet file's row number read through a view (unique, from 1; `rowNumber` wins when both are given).
   */
  rowPosition?: string;
  /**
   * The SQL of a field's cell where it is not the quoted column itself (a typed column read as the text
   * the validator reads, e.g. a time-zone-aware timestamp as its Helsinki date, F4).
   */
  cells?: Readonly<Record<string, string>>;
  /**
   * Fields whose cell is a DATE value (a typed column): checked for the date-time range only (year
   * 0001–9999, F4, F34), with no text cleaning, NUL check (F5a) or pattern — the same reason and value
   * as the date's `YYYY-MM-DD` text.
   */
  dates?: readonly string[];
  /**
   * Fields whose column is trusted (trusted-fields.ts: every cell NULL or a text that passes its check
   * unchanged, as `trustProbeSql` found): read as they are, checked for absence only.
   */
  trusted?: readonly string[];
  /**
   * Trusted municipality or organizer fields whose cells are their values once left-padded with zeros
   * (an integer column's `91`, F3; `trustedFieldsOf`): read as `LPAD` of their text.
   */
  padded?: readonly string[];
}

/** One named CTE. */
export interface NamedCte {
  name: string;
  sql: string;
}

/** The compiled validation of one concept. */
export interface CompiledValidation {
  /** The CTEs in order (the shared classification first). */
  ctes: NamedCte[];
  /** The CTE with every row: `__row`, `__reason` (NULL when valid) and the normalised fields. */
  rows: string;
  /** The CTE of the valid rows (the normalised fields only). */
  valid: string;
  /** The CTE of every row before the duplicate check (the columns of `rows`; F9 not yet applied). */
  checked: string;
  /**
   * An `UPDATE` that marks the later duplicates (F9) in a table holding the rows of `checked`: after it
   * the table holds the rows of `rows`. `null` when the concept has no key. `hashed`: the table also
   * holds {@link keyHash} as `__key_hash`, and only keys whose hash more than one valid row has are
   * grouped by their text (the same rows marked, exactly).
   */
  markDuplicates(table: string, hashed?: boolean): string | null;
  /** The fields `markDuplicates` reads besides `__row` and `__reason` (the key, F9). */
  keyFields: string[];
  /** DuckDB: the key's hash over the columns of `checked` (`hash(…)`); null for other dialects or no key. */
  keyHash: string | null;
  /** DuckDB: a query (after the CTEs) whose `repeats` 0 proves no two checked rows share a key (F9). */
  keyRepeats: string | null;
}

/** The name of the shared municipality classification CTE. */
export const MUNICIPALITY_CLASSIFICATION = "__municipality_classification";

/**
 * The municipality classification as a CTE body: `(year, municipality, organizer)` rows (F10, as data).
 * Written compactly (issue 15): one VALUES row per municipality and organizer with the first and last
 * classification year it holds for, expanded to one row per year by a join with the years.
 *
 * @example
 * ```ts
 * municipalityClassificationSql(postgresDialect, data).startsWith("SELECT"); // true
 * ```
 */
export function municipalityClassificationSql(dialect: SqlDialect, data: SqlValidationData): string {
  const q = dialect.quoteIdentifier;
  // Runs of consecutive years with the same organizer, per municipality, in code order.
  const runs = new Map<string, Array<{ organizer: string; first: number; last: number }>>();
  for (const { year, entries } of [...data.municipalities].sort((a, b) => a.year - b.year))
    for (const [code, organizer] of entries) {
      const list = runs.get(code) ?? [];
      const run = list.at(-1);
      if (run && run.organizer === organizer && run.last === year - 1) run.last = year;
      else list.push({ organizer, first: year, last: year });
      runs.set(code, list);
    }
  const rows = [...runs.keys()]
    .sort()
    .flatMap((code) =>
      runs
        .get(code)!
        .map(
          (run) => `(${textLiteral(dialect, code)}, ${textLiteral(dialect, run.organizer)}, ${run.first}, ${run.last})`,
        ),
    );
  const lines: string[] = []; // four rows a line
  for (let index = 0; index < rows.length; index += 4) lines.push(rows.slice(index, index + 4).join(", "));
  const years = data.municipalities.map(({ year }) => `(${year})`).join(", ");
  const [m, y] = [q("__m"), q("__y")];
  const columns = [q("municipality"), q("organizer"), q("first_year"), q("last_year")].join(", ");
  return (
    `SELECT ${y}.${q("year")}, ${m}.${q("municipality")}, ${m}.${q("organizer")}\n` +
    `  FROM (VALUES\n      ${lines.join(",\n      ")}\n    ) AS ${m} (${columns})\n` +
    `  JOIN (VALUES ${years}) AS ${y} (${q("year")})\n` +
    `    ON ${y}.${q("year")} BETWEEN ${m}.${q("first_year")} AND ${m}.${q("last_year")}`
  );
}

function rowPosition(dialect: SqlDialect, rowNumber: string | undefined): string {
  const q = dialect.quoteIdentifier;
  if (rowNumber !== undefined) return `CAST(${q(rowNumber)} AS BIGINT)`;
  if (dialect.name === "duckdb") return "rowid + 1";
  if (dialect.name === "postgres") return "ROW_NUMBER() OVER (ORDER BY ctid)";
  return "ROW_NUMBER() OVER (ORDER BY NULL)"; // Snowflake has no physical row id: give --row-number
}

/** Literals of a rule written into the text (the validation query has no bound parameters). */
class InlineParameters extends SqlParameters {
  constructor(private readonly inline: SqlDialect) {
    super(inline);
  }

  override bind(value: SqlValue, sqlType: string): string {
    if (value === null) return `CAST(NULL AS ${sqlType})`;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return `CAST(${typeof value === "number" ? String(value) : textLiteral(this.inline, value)} AS ${sqlType})`;
  }
}

/** A row rule as SQL: its reason when `holds` is false (unknown passes, F8, F12, F13), compiled by expressionSql. */
function ruleSql(rule: RowRuleDeclaration, dialect: SqlDialect, v: (field: string) => string): string {
  const holds = expressionSql(rule.holds, {
    dialect,
    parameters: new InlineParameters(dialect),
    lets: {},
    planParameters: {},
    field: v,
    workingDayDeadline: () => {
      throw new Error(`concept declaration error: rule ${rule.reason} uses a working-day deadline`);
    },
  });
  return `CASE WHEN NOT ${holds} THEN ${textLiteral(dialect, rule.reason)} END`;
}

/**
 * Compiles a concept's validation for a dialect.
 *
 * @example
 * ```ts
 * const validation = compileValidationSql(declaration, data, duckdbDialect, { table: ["staging", "visits"] });
 * validation.valid; // "health_care_visit_valid"
 * ```
 */
export function compileValidationSql(
  concept: ConceptDeclaration,
  data: SqlValidationData,
  dialect: SqlDialect,
  options: ValidationSqlOptions,
): CompiledValidation {
  const q = dialect.quoteIdentifier;
  const ops = textOps(dialect);
  const fields = concept.fields;
  const present = new Set(options.present ?? fields.map((field) => field.name));
  const dates = new Set((options.dates ?? []).filter((field) => present.has(field)));
  const trusted = new Set((options.trusted ?? []).filter((field) => present.has(field) && !dates.has(field)));
  const padded = new Set((options.padded ?? []).filter((field) => trusted.has(field)));
  const name = (step: string) => `${concept.name}_${step}`;
  const e = (field: string) => q(`__e_${field}`);
  const ctes: NamedCte[] = [];
  // One select-list item a line, each laid out to about 120 characters a line (issue 15).
  const list = (items: string[]) => items.map((item) => layoutExpression(item, 4, 1)).join(",\n    ");

  // 1. Source: row position and cleaned texts.
  const position =
    options.rowNumber === undefined && options.rowPosition !== undefined
      ? options.rowPosition
      : rowPosition(dialect, options.rowNumber);
  const sourceColumns = [`${position} AS ${q("__row")}`];
  for (const field of fields) {
    const column = options.cells?.[field.name] ?? q(options.columns?.[field.name] ?? field.name);
    const reading: FieldReading = !present.has(field.name)
      ? "absent"
      : dates.has(field.name)
        ? "date"
        : padded.has(field.name) && codeWidth(field) > 0
          ? "padded"
          : trusted.has(field.name)
            ? "trusted"
            : "text";
    sourceColumns.push(...fieldSourceColumns(field, column, reading, dialect, ops));
  }
  ctes.push({
    name: name("source"),
    sql: `SELECT\n    ${list(sourceColumns)}\n  FROM ${options.table.map(q).join(".")}`,
  });

  // 2. Field reasons; 3. values.
  const context = {
    dialect,
    ops,
    data,
    text: (field: string) => q(field),
    nul: (field: string) =>
      ops.hasNul("x") === null || !present.has(field) || dates.has(field) || trusted.has(field)
        ? null
        : q(`__nul_${field}`),
    typedDate: (field: string) => dates.has(field),
    trusted: (field: string) => trusted.has(field),
  };
  const compiled = new Map(fields.map((field) => [field.name, fieldSql(field, context)] as const));
  const reasonColumns = fields.map((field) => `${compiled.get(field.name)!.reason} AS ${e(field.name)}`);
  ctes.push({
    name: name("field_reasons"),
    sql: `SELECT\n    ${list(["*", ...reasonColumns])}` + `\n  FROM ${q(name("source"))}`,
  });
  const event = fields.find((field) => field.name === concept.eventDateField)!;
  const years = data.municipalities.map((entry) => entry.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const eventYear =
    event.type === "integer" ? q(`__v_${event.name}`) : dialect.datePart("year", q(`__v_${event.name}`));
  const valueColumns = [
    q("__row"),
    ...fields.map((field) => e(field.name)),
    ...fields.map((field) => {
      const { value, absent } = compiled.get(field.name)!;
      return (
        `CASE WHEN ${e(field.name)} IS NOT NULL THEN NULL WHEN ${q(field.name)} IS NULL THEN ${absent}` +
        ` ELSE ${value} END AS ${q(`__v_${field.name}`)}`
      );
    }),
  ];
  ctes.push({
    name: name("values"),
    sql: `SELECT\n    ${list(valueColumns)}\n  FROM ${q(name("field_reasons"))}`,
  });

  // 4. Checked: classification, organizer, rules, one reason.
  const v = (field: string) => `${q("v")}.${q(`__v_${field}`)}`;
  const municipality = fields.find((field) => field.type === "municipality");
  const organizer = fields.find((field) => field.type === "organizer" && field.derivedFrom !== undefined);
  const joins: string[] = [];
  let owner = "NULL";
  const fullReason = (field: FieldDeclaration): string => {
    if (field !== municipality) return `${q("v")}.${e(field.name)}`;
    const unknown =
      `CASE WHEN ${v(field.name)} IS NOT NULL AND (CASE WHEN ${v(event.name)} IS NULL` +
      ` THEN ${q("any")}.${q("municipality")} IS NULL ELSE ${q("mc")}.${q("organizer")} IS NULL END)` +
      ` THEN 'unknown_code' END`;
    return `COALESCE(${q("v")}.${e(field.name)}, ${unknown})`;
  };
  if (municipality) {
    const at = eventYear.replaceAll(q(`__v_${event.name}`), v(event.name));
    const year = `CASE WHEN ${at} < ${first} THEN ${first} WHEN ${at} > ${last} THEN ${last} ELSE ${at} END`;
    const classification = q(MUNICIPALITY_CLASSIFICATION);
    joins.push(
      `LEFT JOIN ${classification} AS ${q("mc")} ON ${q("mc")}.${q("year")} = ${year}` +
        ` AND ${q("mc")}.${q("municipality")} = ${v(municipality.name)}`,
      `LEFT JOIN (SELECT DISTINCT ${q("municipality")} FROM ${classification}) AS ${q("any")}` +
        ` ON ${q("any")}.${q("municipality")} = ${v(municipality.name)}`,
    );
    owner = `${q("mc")}.${q("organizer")}`;
  }
  const reasons = fields.map(fullReason);
  if (organizer)
    reasons.push(
      `CASE WHEN ${v(organizer.name)} IS NOT NULL AND ${owner} IS NOT NULL` +
        ` AND ${v(organizer.name)} <> ${owner} THEN 'organizer_mismatch' END`,
    );
  for (const rule of concept.rules) reasons.push(ruleSql(rule, dialect, v));
  const finalValue = (field: FieldDeclaration): string => {
    if (field === organizer) return `COALESCE(${v(field.name)}, ${owner})`;
    if (field.trueWhenGiven !== undefined)
      return `CASE WHEN ${v(field.trueWhenGiven)} IS NOT NULL THEN TRUE ELSE ${v(field.name)} END`;
    return v(field.name);
  };
  const laidReasons = reasons.map((reason) => layoutExpression(reason, 6, 1)).join(",\n      ");
  ctes.push({
    name: name("checked"),
    sql:
      `SELECT\n    ${list([
        `${q("v")}.${q("__row")}`,
        `COALESCE(\n      ${laidReasons}\n    ) AS ${q("__reason")}`,
        ...fields.map((field) => `${finalValue(field)} AS ${q(field.name)}`),
      ])}` +
      `\n  FROM ${q(name("values"))} AS ${q("v")}${joins.map((join) => `\n  ${layoutExpression(join, 2)}`).join("")}`,
  });

  // 5. Duplicates last (F9); 6. valid rows.
  const keyOf = (column: (field: string) => string) =>
    concept.key.map((field) =>
      municipality && field === municipality.name && organizer
        ? `COALESCE(${column(field)}, 'organizer ' || ${column(organizer.name)})`
        : column(field),
    );
  const keyParts = keyOf(q);
  // The key-repeat check reads the normalised values before the classification's joins: each key part
  // is final there (the organizer of a key without municipality is the row's own, F10).
  const declared = (field: string) => fields.find((candidate) => candidate.name === field);
  const valuesKey = keyOf((field) => q(`__v_${field}`));
  const requiredKeyParts = concept.key
    .filter((field, index) => valuesKey[index] === q(`__v_${field}`) && declared(field)?.required)
    .map((field) => q(`__v_${field}`));
  const duplicate =
    keyParts.length === 0
      ? q("__reason")
      : `CASE WHEN ${q("__reason")} IS NULL AND ROW_NUMBER() OVER (PARTITION BY ` +
        `${[`(${q("__reason")} IS NULL)`, ...keyParts].join(", ")} ORDER BY ${q("__row")}) > 1` +
        ` THEN '${concept.keyReason}' ELSE ${q("__reason")} END`;
  ctes.push({
    name: name("rows"),
    sql:
      `SELECT\n    ${list([q("__row"), `${duplicate} AS ${q("__reason")}`, ...fields.map((field) => q(field.name))])}` +
      `\n  FROM ${q(name("checked"))}`,
  });
  ctes.push({
    name: name("valid"),
    sql:
      `SELECT\n    ${list(fields.map((field) => q(field.name)))}\n  FROM ${q(name("rows"))}` +
      `\n  WHERE ${q("__reason")} IS NULL`,
  });
  // The same F9 check as the window above, for a table of the checked rows (duplicates-sql.ts).
  const key = { parts: keyParts, partsOver: keyOf, reason: concept.keyReason };
  const markDuplicates = (table: string, hashed = false) => markDuplicatesSql(dialect, table, key, hashed);
  const keyFields = new Set<string>();
  keyOf((field) => (keyFields.add(field), field));
  return {
    ctes,
    rows: name("rows"),
    valid: name("valid"),
    checked: name("checked"),
    markDuplicates,
    keyFields: [...keyFields],
    keyHash: keyHashSql(dialect, keyParts),
    keyRepeats: concept.key.some((field) => declared(field)?.trueWhenGiven !== undefined)
      ? keyHashRepeatsSql(dialect, name("checked"), key, [])
      : keyHashRepeatsSql(dialect, name("values"), { ...key, parts: valuesKey }, requiredKeyParts),
  };
}

/**
 * A runnable query of the validation alone: every row's position and reason (NULL when valid), in
 * row order — what the differential tests compare with the in-memory validator.
 *
 * @example
 * ```ts
 * validationQuery(declaration, data, duckdbDialect, { table: ["visits"] }).startsWith("WITH"); // true
 * ```
 */
export function validationQuery(
  concept: ConceptDeclaration,
  data: SqlValidationData,
  dialect: SqlDialect,
  options: ValidationSqlOptions,
): string {
  const q = dialect.quoteIdentifier;
  const validation = compileValidationSql(concept, data, dialect, options);
  const ctes = [
    { name: MUNICIPALITY_CLASSIFICATION, sql: municipalityClassificationSql(dialect, data) },
    ...validation.ctes,
  ];
  return (
    `WITH\n${ctes.map((cte) => `${q(cte.name)} AS (\n  ${cte.sql}\n)`).join(",\n")}` +
    `\nSELECT ${q("__row")}, ${q("__reason")} FROM ${q(validation.rows)} ORDER BY ${q("__row")}`
  );
}

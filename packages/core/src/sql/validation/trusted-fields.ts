/**
 * Trusted columns of the SQL validation (issue 14, fine-print F34): a word or code column whose every
 * distinct cell already passes its field check unchanged — no F1 white space to trim, no NUL (F5a), a
 * spelling that is its own normalised value (F2, F3) — needs no per-row check beyond "is it there".
 * DuckDB lists each such column's distinct cells in one scan of the table (`list(DISTINCT …)`, a few
 * tens of milliseconds for 2 M rows), PostgreSQL takes one grouping set per column in one hashed scan
 * (`GROUPING SETS`), and each runs the field's own compiled check (`fieldSql`, the general branches every
 * row would take) over those few values; the validation then reads a trusted column as it is. The
 * result is the same row by row: every cell of the column is one of the checked values or NULL, and
 * NULL takes the same `missing` (or default) either way. The cells never leave the database.
 *
 * A municipality or organizer column whose every cell passes as a code of fewer digits (`91`, `5`: an
 * integer column, F3) is trusted *padded*: its value is its text left-padded with zeros (`LPAD`), which
 * the probe checks against the field's own value for every distinct cell, as for the others.
 */
import type { ConceptDeclaration, FieldDeclaration } from "../../concept/declaration";
import type { SqlDialect } from "../dialect";
import type { SqlValidationData } from "./declaration";
import { textLiteral, textOps } from "./dialect-text";
import { codeWidth, fieldSql, paddedCode } from "./field-sql";

/** Field types whose columns hold few distinct words or codes, and whose value is text. */
const TRUSTABLE_TYPES: ReadonlySet<string> = new Set(["enum", "sex", "organizer", "municipality"]);

/**
 * A column with more distinct cells than this is not trusted by default (its values are not a word or
 * code list, and checking them all would cost what the rows cost); Finland's municipality codes, old
 * ones included, are far fewer.
 */
export const MAX_TRUSTED_DISTINCT = 4096;

/** Where the raw rows are (as `ValidationSqlOptions`). */
export interface TrustProbeOptions {
  table: readonly string[];
  columns?: Readonly<Record<string, string>>;
  present?: readonly string[];
  cells?: Readonly<Record<string, string>>;
  dates?: readonly string[];
  /** The most distinct cells a trusted column may have (default {@link MAX_TRUSTED_DISTINCT}). */
  maxDistinct?: number;
  /**
   * DuckDB: per text column, every cell it can hold, known beforehand (a Parquet file's dictionary
   * spellings, issue 14): the probe checks those instead of scanning the column.
   */
  distinct?: Readonly<Record<string, readonly string[]>>;
}

/** The fields a probe may trust: present word or code fields checked on their own text. */
function candidates(concept: ConceptDeclaration, options: TrustProbeOptions): FieldDeclaration[] {
  const present = new Set(options.present ?? concept.fields.map((field) => field.name));
  const dates = new Set(options.dates ?? []);
  return concept.fields.filter(
    (field) =>
      TRUSTABLE_TYPES.has(field.type) &&
      present.has(field.name) &&
      !dates.has(field.name) &&
      field.requiredUnless === undefined,
  );
}

/**
 * The DuckDB or PostgreSQL query that tells which of a concept's word and code columns are trusted: one
 * row with one boolean per candidate field (named as the field), or `null` when no field is a candidate
 * or the dialect has no probe (Snowflake).
 *
 * @example
 * ```ts
 * const probe = trustProbeSql(declaration, data, duckdbDialect, { table: ["visits"] });
 * probe?.fields; // ["sex", "municipality_code", "organizer_code", "service_branch", …]
 * ```
 */
export function trustProbeSql(
  concept: ConceptDeclaration,
  data: SqlValidationData,
  dialect: SqlDialect,
  options: TrustProbeOptions,
): { text: string; fields: string[]; padded: string[] } | null {
  if (dialect.name === "snowflake") return null;
  const fields = candidates(concept, options);
  if (fields.length === 0) return null;
  const q = dialect.quoteIdentifier;
  const ops = textOps(dialect);
  const text = dialect.typeName("string");
  const cell = (field: FieldDeclaration) =>
    `CAST(${options.cells?.[field.name] ?? q(options.columns?.[field.name] ?? field.name)} AS ${text})`;
  // A cell is trusted when it is its own cleaned text, holds no NUL, passes, and is its own value (or,
  // `padded`, its value is the cell left-padded to the code's width).
  const passes = (field: FieldDeclaration, value: string, padded = false): string => {
    const compiled = fieldSql(field, { dialect, ops, data, text: () => value, nul: () => null });
    const nul = ops.hasNul(value);
    const own = padded ? paddedCode(value, codeWidth(field)) : value;
    return (
      `COALESCE(${value} = ${ops.cleaned(value)}${nul === null ? "" : ` AND NOT ${nul}`}` +
      ` AND (${compiled.reason}) IS NULL AND (${compiled.value}) = ${own}, FALSE)`
    );
  };
  // Code fields are also asked whether they pass padded, in a column of their own.
  const coded = fields.filter((field) => codeWidth(field) > 0);
  const paddedName = (field: FieldDeclaration) => q(paddedColumn(field.name));
  const table = options.table.map(q).join(".");
  const names = fields.map((field) => field.name);
  const most = options.maxDistinct ?? MAX_TRUSTED_DISTINCT;
  if (dialect.name === "postgres") {
    // One scan: a grouping set per column gives each column's distinct cells (the other columns NULL).
    const sets = fields.map((field) => `(${cell(field)})`).join(", ");
    const columns = fields.map((field) => `${cell(field)} AS ${q(field.name)}`).join(", ");
    const check = (field: FieldDeclaration, padded: boolean) => {
      const value = q(field.name);
      const name = padded ? paddedName(field) : value;
      return (
        `count(${value}) <= ${most}` +
        ` AND COALESCE(bool_and(${passes(field, value, padded)}) FILTER (WHERE ${value} IS NOT NULL), TRUE) AS ${name}`
      );
    };
    const checks = [...fields.map((field) => check(field, false)), ...coded.map((field) => check(field, true))];
    const query =
      `SELECT\n  ${checks.join(",\n  ")}\n` +
      `FROM (\n  SELECT ${columns}\n  FROM ${table}\n  GROUP BY GROUPING SETS (${sets})\n) AS ${q("__cells")}`;
    return { text: query, fields: names, padded: coded.map((field) => field.name) };
  }
  const known = (field: FieldDeclaration) => {
    const cells = options.distinct?.[options.columns?.[field.name] ?? field.name];
    return options.cells?.[field.name] === undefined && cells !== undefined && cells.length <= most ? cells : null;
  };
  const lists = fields.map((field) => {
    const cells = known(field);
    const list = cells ? `[${cells.map((text) => textLiteral(dialect, text)).join(", ")}]` : null;
    return `${list ?? `list(DISTINCT ${cell(field)})`} AS ${q(field.name)}`;
  });
  const scanned = fields.some((field) => known(field) === null);
  // Unnesting the lists side by side pads the shorter ones with NULL, which every check skips.
  const cells = fields.map((field) => `unnest(${q(field.name)}) AS ${q(field.name)}`);
  const check = (field: FieldDeclaration, padded: boolean) => {
    const value = q(field.name);
    const name = padded ? paddedName(field) : value;
    return `count(${value}) <= ${most} AND bool_and(${value} IS NULL OR ${passes(field, value, padded)}) AS ${name}`;
  };
  const checks = [...fields.map((field) => check(field, false)), ...coded.map((field) => check(field, true))];
  const query =
    `WITH ${q("__distinct")} AS (\n  SELECT ${lists.join(",\n    ")}${scanned ? `\n  FROM ${table}` : ""}\n)\n` +
    `SELECT\n  ${checks.join(",\n  ")}\nFROM (SELECT ${cells.join(", ")} FROM ${q("__distinct")}) AS ${q("__cells")}`;
  return { text: query, fields: names, padded: coded.map((field) => field.name) };
}

/** The probe's column telling whether a code field's cells all pass once padded. */
function paddedColumn(field: string): string {
  return `__padded_${field}`;
}

/**
 * The fields a probe's one row trusts: `trusted` read as they are or padded, `padded` the code fields
 * among them read padded (`ValidationSqlOptions.padded`).
 *
 * @example
 * ```ts
 * const probe = trustProbeSql(declaration, data, duckdbDialect, { table: ["visits"] })!;
 * trustedFieldsOf(probe, { sex: true, organizer_code: false, __padded_organizer_code: true });
 * // { trusted: ["sex", "organizer_code"], padded: ["organizer_code"] }
 * ```
 */
export function trustedFieldsOf(
  probe: { fields: readonly string[]; padded: readonly string[] },
  row: Readonly<Record<string, unknown>> | undefined,
): { trusted: string[]; padded: string[] } {
  const padded = probe.padded.filter((field) => row?.[field] !== true && row?.[paddedColumn(field)] === true);
  const trusted = probe.fields.filter((field) => row?.[field] === true || padded.includes(field));
  return { trusted, padded };
}

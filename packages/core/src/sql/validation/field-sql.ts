/**
 * One field's check in SQL (issue 15, F34): from the field's cleaned text (F1: trimmed, NULL when
 * empty) to its F8 reason — NUL (F5a), `missing`, `invalid_format`, `not_in_list` / `out_of_range` /
 * `too_long`, `personal_identity_code` (F11) — and its normalised value: words matched in lower case
 * (F2), codes padded (F3), dates and date-times with offsets as their Helsinki date (F4), decimals with
 * `.` or `,` within 18 + 6 digits (F5), lengths in code points (F6). The municipality's `unknown_code`
 * needs the row's date and is added by the row step. Every cast is guarded by its pattern first, so
 * no text makes the query fail (2023-02-29 is `invalid_format`, never an SQL error).
 */
import type { SqlDialect } from "../dialect";
import type { AnswerRangeDeclaration, FieldDeclaration } from "../../concept/declaration";
import type { SqlValidationData } from "./declaration";
import { textLiteral, type TextOps } from "./dialect-text";

/**
 * A field's SQL: its reason (NULL when it passes), its normalised value (valid only for a present text
 * that passed: the caller guards it with the reason) and the value of an absent field (F1 default).
 */
export interface FieldSql {
  reason: string;
  value: string;
  absent: string;
}

/** Everything a field's SQL reads. */
export interface FieldContext {
  dialect: SqlDialect;
  ops: TextOps;
  data: SqlValidationData;
  /** The cleaned text column of a field (e.g. `"visit_date"`). */
  text(field: string): string;
  /** The NUL flag column of a field, or null when the dialect cannot hold NUL. */
  nul(field: string): string | null;
  /** Whether a field's cell is a DATE value rather than text (a typed column). */
  typedDate?(field: string): boolean;
  /**
   * Whether a field's column is trusted: every cell is NULL or a text that passes unchanged
   * (trusted-fields.ts), so only its absence is checked.
   */
  trusted?(field: string): boolean;
}

/**
 * A date, optionally with a time and an offset (F4): `YYYY-MM-DD`, then `T` or a space, `hh:mm:ss`,
 * optional fractions, optional `Z` or `±hh[:]mm`. The repeated `-DD` and `:ss` parts are written
 * `(…){2}`, which matches exactly what the spelled-out form matched, so that the pattern keeps a
 * printed line within 120 characters (issue 15).
 */
export const DATE_TIME =
  "[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?";
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

function caseOf(branches: Array<[string, string]>, otherwise = "NULL"): string {
  const live = branches.filter(([condition]) => condition !== "FALSE");
  if (live.length === 0) return otherwise;
  return `CASE ${live.map(([when, then]) => `WHEN ${when} THEN ${then}`).join(" ")} ELSE ${otherwise} END`;
}

function integerAt(t: string, start: number | string, length: number): string {
  return `CAST(SUBSTR(${t}, ${start}, ${length}) AS INTEGER)`;
}

const OFFSET = ".*[+-][0-9]{2}:?[0-9]{2}";

function offsetHour(context: FieldContext, t: string): string {
  const L = context.ops.length(t);
  return (
    `CAST(CASE WHEN SUBSTR(${t}, ${L} - 2, 1) = ':' THEN SUBSTR(${t}, ${L} - 4, 2)` +
    ` ELSE SUBSTR(${t}, ${L} - 3, 2) END AS INTEGER)`
  );
}

/**
 * Whether a text matching the date-time pattern is a real date and time (F4). Nested CASEs, not AND:
 * PostgreSQL may evaluate the operands of AND in any order, and a cast of a missing part would fail.
 */
function validDateTime(context: FieldContext, t: string): string {
  const { ops } = context;
  const L = ops.length(t);
  const year = integerAt(t, 1, 4);
  const month = integerAt(t, 6, 2);
  const day = integerAt(t, 9, 2);
  const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;
  const monthLength =
    `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END` +
    ` WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
  const time = `${integerAt(t, 12, 2)} <= 23 AND ${integerAt(t, 15, 2)} <= 59 AND ${integerAt(t, 18, 2)} <= 60`;
  const offset =
    `CASE WHEN ${ops.matches(t, OFFSET)} THEN ${offsetHour(context, t)} <= 23` +
    ` AND ${integerAt(t, `${L} - 1`, 2)} <= 59 ELSE TRUE END`;
  const clock = `CASE WHEN ${L} = 10 THEN TRUE WHEN ${time} THEN ${offset} ELSE FALSE END`;
  return (
    `CASE WHEN ${year} >= 1 AND ${month} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${monthLength}` +
    ` THEN ${clock} ELSE FALSE END`
  );
}

/** The Helsinki date of a valid date or date-time text (F4: without an offset the date is literal). */
function dateValue(context: FieldContext, t: string): string {
  const { ops } = context;
  const L = ops.length(t);
  const day = `CAST(SUBSTR(${t}, 1, 10) AS DATE)`;
  const sign =
    `CASE WHEN SUBSTR(${t}, ${L} - 2, 1) = ':' THEN SUBSTR(${t}, ${L} - 5, 1)` + ` ELSE SUBSTR(${t}, ${L} - 4, 1) END`;
  const offsetSeconds =
    `(CASE WHEN ${sign} = '-' THEN -1 ELSE 1 END)` +
    ` * (${offsetHour(context, t)} * 3600 + ${integerAt(t, `${L} - 1`, 2)} * 60)`;
  const clock = `(${integerAt(t, 12, 2)} * 3600 + ${integerAt(t, 15, 2)} * 60 + ${integerAt(t, 18, 2)})`;
  return caseOf(
    [
      [`${L} = 10`, day],
      [ops.matches(t, ".*[Zz]"), ops.helsinkiDate(day, clock)],
      [ops.matches(t, OFFSET), ops.helsinkiDate(day, `${clock} - ${offsetSeconds}`)],
    ],
    day,
  );
}

/** F11: `DDMMYY` + century sign + three digits + the right check character, any case. */
function identityCode(context: FieldContext, t: string): string {
  const { ops, dialect } = context;
  const number = `CAST(SUBSTR(${t}, 1, 6) || SUBSTR(${t}, 8, 3) AS BIGINT)`;
  const check = `SUBSTR(${textLiteral(dialect, CHECK_CHARACTERS)}, CAST(${number} % 31 AS INTEGER) + 1, 1)`;
  const shape = ops.matches(t, "[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]");
  // Only a text of 11 code points can match: the length is compared before the pattern is run (issue 14:
  // most ids and organizer codes are shorter, and a length is far cheaper than a regex).
  return (
    `CASE WHEN ${ops.length(t)} <> 11 THEN FALSE` +
    ` WHEN ${shape} THEN UPPER(SUBSTR(${t}, 11, 1)) = ${check} ELSE FALSE END`
  );
}

function wordCase(context: FieldContext, t: string, words: ReadonlyArray<readonly [string, string]>): string {
  const lower = new Map<string, string>();
  for (const [spelling, meaning] of words)
    if (!lower.has(spelling.toLowerCase())) lower.set(spelling.toLowerCase(), meaning);
  const branches = [...lower].map(
    ([spelling, meaning]) => `WHEN ${textLiteral(context.dialect, spelling)} THEN ${meaning}`,
  );
  const general = `CASE LOWER(${t}) ${branches.join(" ")} ELSE NULL END`;
  // A text equal to a lower-case spelling is its own lower case: the same meaning without LOWER (F2).
  return context.ops.exactWordsFirst ? `CASE ${t} ${branches.join(" ")} ELSE ${general} END` : general;
}

/**
 * The width a municipality (3) or organizer (2) code is left-padded to (F3), 0 for any other field.
 *
 * @example
 * ```ts
 * codeWidth({ name: "organizer_code", type: "organizer", required: false, default: null }); // 2
 * ```
 */
export function codeWidth(field: Pick<FieldDeclaration, "type">): number {
  return field.type === "municipality" ? 3 : field.type === "organizer" ? 2 : 0;
}

/**
 * A code's text left-padded with zeros to `width` (F3), in the same SQL on every dialect.
 *
 * @example
 * ```ts
 * paddedCode('"organizer_code"', 2); // LPAD("organizer_code", 2, '0')
 * ```
 */
export function paddedCode(text: string, width: number): string {
  return `LPAD(${text}, ${width}, '0')`;
}

/**
 * The reason and value SQL of one field (the municipality's `unknown_code` excepted: see the row step).
 *
 * @example
 * ```ts
 * fieldSql({ name: "sex", type: "sex", required: true, default: null }, context).reason;
 * // CASE WHEN "sex" IS NULL THEN 'missing' WHEN CASE LOWER("sex") … END IS NULL THEN 'not_in_list' ELSE NULL END
 * ```
 */
export function fieldSql(field: FieldDeclaration, context: FieldContext): FieldSql {
  const { dialect, ops, data } = context;
  const t = context.text(field.name);
  const lit = (text: string) => textLiteral(dialect, text);
  const nul = context.nul(field.name);
  const absentReason = field.required
    ? "'missing'"
    : field.requiredUnless !== undefined
      ? `CASE WHEN ${context.text(field.requiredUnless)} IS NULL THEN 'missing' ELSE NULL END`
      : "NULL";
  const absentValue =
    field.default === null
      ? "NULL"
      : typeof field.default === "boolean"
        ? String(field.default).toUpperCase()
        : lit(field.default);
  const checks: Array<[string, string]> = [];
  if (nul !== null) checks.push([nul, "'invalid_format'"]);
  checks.push([`${t} IS NULL`, absentReason]);
  if (context.trusted?.(field.name)) return { reason: caseOf(checks), value: t, absent: absentValue };
  let value: string;
  switch (field.type) {
    case "id":
    case "string": {
      checks.push([`${ops.length(t)} > ${field.maxLength ?? 64}`, "'too_long'"]);
      // F11 for ids; F36 for the code-valued string fields (service_code, service_class, specialty).
      checks.push([identityCode(context, t), "'personal_identity_code'"]);
      value = t;
      break;
    }
    case "date": {
      if (context.typedDate?.(field.name)) {
        // A DATE value is a real date; its text is `YYYY-MM-DD` only for years 0001–9999, else it is
        // invalid_format (F4), as are `infinity` and `-infinity` (no year).
        checks.push([`NOT COALESCE(${dialect.datePart("year", t)} BETWEEN 1 AND 9999, FALSE)`, "'invalid_format'"]);
        value = t;
        break;
      }
      // The usual plain date first: of 10 characters only `YYYY-MM-DD` matches DATE_TIME, and it is
      // valid exactly when it is a real date of year ≥ 1 (the general branches below, F4).
      const plain = ops.plainDate(t);
      if (plain !== null)
        checks.push([`${ops.length(t)} = 10`, `CASE WHEN ${plain} THEN NULL ELSE 'invalid_format' END`]);
      checks.push([`NOT ${ops.matches(t, DATE_TIME)}`, "'invalid_format'"]);
      checks.push([`NOT (${validDateTime(context, t)})`, "'invalid_format'"]);
      value = dateValue(context, t);
      break;
    }
    case "municipality":
    case "organizer": {
      const width = codeWidth(field);
      // F36: an organizer code holding an identity code is rejected as one (as the embedded validator does).
      if (field.type === "organizer") checks.push([identityCode(context, t), "'personal_identity_code'"]);
      checks.push([`NOT ${ops.matches(t, `[0-9]{1,${width}}`)}`, "'invalid_format'"]);
      if (field.type === "organizer")
        checks.push([`${paddedCode(t, 2)} NOT IN (${data.organizers.map(lit).join(", ")})`, "'unknown_code'"]);
      value = paddedCode(t, width);
      break;
    }
    case "sex":
    case "enum": {
      const words = field.type === "sex" ? data.sexWords : (field.values ?? []).map((word) => [word, word] as const);
      const matched = wordCase(
        context,
        t,
        words.map(([spelling, meaning]) => [spelling, lit(meaning)] as const),
      );
      checks.push([`${matched} IS NULL`, "'not_in_list'"]);
      value = matched;
      break;
    }
    case "bool": {
      const matched = wordCase(
        context,
        t,
        data.boolWords.map(([spelling, flag]) => [spelling, String(flag).toUpperCase()] as const),
      );
      checks.push([`${matched} IS NULL`, "'invalid_format'"]);
      value = matched;
      break;
    }
    case "integer": {
      const number = `CAST(${t} AS DECIMAL(38,0))`;
      const bounds = [
        ...(field.min !== undefined ? [`${number} < ${field.min}`] : []),
        ...(field.max !== undefined ? [`${number} > ${field.max}`] : []),
      ];
      checks.push([`NOT ${ops.matches(t, "-?[0-9]+")}`, "'invalid_format'"]);
      checks.push([`${ops.length(`LTRIM(REPLACE(${t}, '-', ''), '0')`)} > 15`, "'out_of_range'"]);
      if (bounds.length > 0) checks.push([bounds.join(" OR "), "'out_of_range'"]);
      value = `CAST(${t} AS BIGINT)`;
      break;
    }
    case "decimal": {
      const point = `REPLACE(REPLACE(${t}, ',', '.'), '-', '')`;
      const position = `POSITION('.' IN ${point})`;
      const whole = `LTRIM(CASE WHEN ${position} > 0 THEN SUBSTR(${point}, 1, ${position} - 1) ELSE ${point} END, '0')`;
      const fraction = `RTRIM(CASE WHEN ${position} > 0 THEN SUBSTR(${point}, ${position} + 1) ELSE '' END, '0')`;
      const nonZero = `(${whole} <> '' OR ${fraction} <> '')`;
      const bounds = [
        ...(field.min === 0 ? [`(SUBSTR(${t}, 1, 1) = '-' AND ${nonZero})`] : []),
        ...(field.digits
          ? [`${ops.length(whole)} > ${field.digits.integer}`, `${ops.length(fraction)} > ${field.digits.fraction}`]
          : []),
      ];
      checks.push([`NOT ${ops.matches(t, "-?[0-9]+([.,][0-9]+)?")}`, "'invalid_format'"]);
      if (bounds.length > 0) checks.push([bounds.join(" OR "), "'out_of_range'"]);
      value = `CAST(CASE WHEN ${nonZero} THEN REPLACE(${t}, ',', '.') ELSE '0' END AS ${dialect.typeName("decimal")})`;
      break;
    }
    case "answer": {
      // The range per value of the declared `rangeBy` field (customer feedback: nps 0–10, else 1–5 or eos).
      const number = `CAST(${t} AS DECIMAL(38,0))`;
      const digits = ops.length(`LTRIM(REPLACE(${t}, '-', ''), '0')`);
      const fixed = { min: field.min ?? 0, max: field.max ?? 10, eos: true };
      const by = field.rangeBy;
      const cases = by === undefined ? [] : Object.entries(by.cases);
      const is = (value: string) => `LOWER(${context.text(by!.field)}) = ${lit(value.toLowerCase())}`;
      // A value none of the cases names (or NULL) takes `otherwise`.
      const otherwise =
        cases.length === 0 ? "TRUE" : cases.map(([value]) => `COALESCE(NOT ${is(value)}, TRUE)`).join(" AND ");
      const ranges: Array<readonly [string, AnswerRangeDeclaration]> =
        by === undefined
          ? [["TRUE", fixed]]
          : [...cases.map(([value, range]) => [is(value), range] as const), [otherwise, by.otherwise]];
      const noEos = ranges.filter(([, range]) => !range.eos).map(([when]) => when);
      checks.push([`NOT (LOWER(${t}) = 'eos' OR ${ops.matches(t, "-?[0-9]+")})`, "'invalid_format'"]);
      checks.push([
        `LOWER(${t}) = 'eos'`,
        noEos.length === 0 ? "NULL" : `CASE WHEN ${noEos.join(" OR ")} THEN 'out_of_range' ELSE NULL END`,
      ]);
      checks.push([`${digits} > 15`, "'out_of_range'"]);
      for (const [when, range] of ranges)
        checks.push([`${when} AND ${number} NOT BETWEEN ${range.min} AND ${range.max}`, "'out_of_range'"]);
      const text = dialect.typeName("string");
      value = `CASE WHEN LOWER(${t}) = 'eos' THEN 'eos' ELSE CAST(CAST(${t} AS BIGINT) AS ${text}) END`;
      break;
    }
  }
  return { reason: caseOf(checks), value, absent: absentValue };
}

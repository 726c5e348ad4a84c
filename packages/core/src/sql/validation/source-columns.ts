/**
 * The source step of a concept's validation SQL (validation-sql.ts, step 1; fine-print F1, F3, F4,
 * F5a): how one field's column is read — absent (NULL text), a DATE value as it is (F4), a trusted
 * column as its text (trusted-fields.ts: nothing to trim, no NUL), a padded code column as its text
 * left-padded with zeros (F3), or any other column cleaned (F1: trimmed, NULL when empty) with its NUL
 * flag beside it (F5a).
 */
import type { FieldDeclaration } from "../../concept/declaration";
import type { SqlDialect } from "../dialect";
import type { TextOps } from "./dialect-text";
import { codeWidth, paddedCode } from "./field-sql";

/** How the source step reads a field's column. */
export type FieldReading = "absent" | "date" | "trusted" | "padded" | "text";

/**
 * The source step's select-list items for one field (`column` is its cell's SQL), named as the field
 * (and `__nul_<field>` for a cleaned text whose dialect can hold a NUL).
 *
 * @example
 * ```ts
 * const organizer = { name: "organizer_code", type: "organizer", required: false, default: null };
 * fieldSourceColumns(organizer, 'CAST("o" AS VARCHAR)', "padded", duckdbDialect, textOps(duckdbDialect));
 * // [`LPAD(CAST(CAST("o" AS VARCHAR) AS VARCHAR), 2, '0') AS "organizer_code"`]
 * ```
 */
export function fieldSourceColumns(
  field: FieldDeclaration,
  column: string,
  reading: FieldReading,
  dialect: SqlDialect,
  ops: TextOps,
): string[] {
  const name = dialect.quoteIdentifier(field.name);
  const text = `CAST(${column} AS ${dialect.typeName("string")})`;
  switch (reading) {
    case "absent":
      return [`CAST(NULL AS ${dialect.typeName("string")}) AS ${name}`];
    case "date":
      return [`${column} AS ${name}`]; // a DATE value: nothing to trim, no NUL
    case "trusted":
      return [`${text} AS ${name}`];
    case "padded":
      return [`${paddedCode(text, codeWidth(field))} AS ${name}`];
    case "text": {
      const nul = ops.hasNul(column);
      const flag = dialect.quoteIdentifier(`__nul_${field.name}`);
      return [`${ops.cleaned(column)} AS ${name}`, ...(nul === null ? [] : [`COALESCE(${nul}, FALSE) AS ${flag}`])];
    }
  }
}

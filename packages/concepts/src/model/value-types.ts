/**
 * The value types the indicator definitions read a concept's fields as (core's `ValueType`: the engines,
 * in memory and in SQL, read a column by it without consulting the concept model at run time), derived
 * from the concept declaration: dates as dates, integers as integers, booleans as booleans, exact
 * decimals as decimals (F5), and every code, identifier and text as a string.
 */
import type { ValueType } from "@virta/core";
import type { ConceptModel, FieldSpec } from "./concept-model";

/**
 * The value type of one declared field.
 *
 * @example
 * ```ts
 * valueTypeOf({ name: "fte", type: "decimal", required: true, default: null, description: "" }); // "decimal"
 * valueTypeOf({ name: "sex", type: "sex", required: true, default: null, description: "" }); // "string"
 * ```
 */
export function valueTypeOf(field: FieldSpec): ValueType {
  switch (field.type) {
    case "date":
      return "date";
    case "integer":
      return "integer";
    case "bool":
      return "boolean";
    case "decimal":
      return "decimal";
    default:
      return "string";
  }
}

/**
 * The value type of every field of a concept, in the declaration's field order.
 *
 * @example
 * ```ts
 * valueTypesOf(getConcept("staff_fte"));
 * // { organizer_code: "string", year: "integer", professional_group: "string", fte: "decimal" }
 * ```
 */
export function valueTypesOf(model: ConceptModel): Record<string, ValueType> {
  return Object.fromEntries(model.fields.map((field) => [field.name, valueTypeOf(field)]));
}

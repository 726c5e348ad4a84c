/**
 * `cost` — net operating costs (concepts.md) per organizer, year and service class. Placed by
 * 31 December of `year` (F10). No uniqueness key in concepts.md. `net_cost_eur` may be negative.
 */
import { defineConcept, F5_DECIMAL_DIGITS, type FieldSpec } from "../model/concept-model";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  { name: "organizer_code", type: "organizer", required: true, default: null, description: "organizer" },
  { name: "year", type: "integer", required: true, default: null, description: "statistical year" },
  {
    name: "service_class",
    type: "string",
    required: true,
    default: null,
    maxLength: 40,
    description: "service class as in the national service classification",
  },
  {
    name: "net_cost_eur",
    type: "decimal",
    required: true,
    default: null,
    digits: F5_DECIMAL_DIGITS,
    description: "net operating cost in euros, exact decimal (may be negative)",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `cost`.
 *
 * @example
 * ```ts
 * costModel.fields.map((field) => field.name); // ["organizer_code", "year", "service_class", "net_cost_eur"]
 * ```
 */
export const costModel = defineConcept({
  name: "cost",
  title: "net operating costs",
  fields: FIELDS,
  rules: [],
  key: [],
  keyReason: "duplicate_key",
  eventDateField: "year",
  hasPerson: false,
});

/** A normalised `cost` row. */
export type CostRow = RowOf<typeof FIELDS>;

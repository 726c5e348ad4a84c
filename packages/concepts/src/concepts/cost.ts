/**
 * `cost` — net operating costs (concepts.md) per organizer, year and service class. Placed by
 * 31 December of `year` (F10). No uniqueness key in concepts.md. `net_cost_eur` may be negative.
 */
import { z } from "zod";
import { type ConceptModel, F5_DECIMAL_DIGITS, type FieldSpec } from "../model/concept-model";
import { boundedString, decimalSchema, integerSchema, organizerSchema } from "../model/zod-fields";
import { rowChecks } from "../model/zod-row-checks";

const FIELDS: readonly FieldSpec[] = [
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
];

/**
 * The concept model of `cost`.
 *
 * @example
 * ```ts
 * costModel.fields.map((field) => field.name); // ["organizer_code", "year", "service_class", "net_cost_eur"]
 * ```
 */
export const costModel: ConceptModel<"cost"> = {
  name: "cost",
  title: "net operating costs",
  fields: FIELDS,
  rules: [],
  key: [],
  keyReason: "duplicate_key",
  eventDateField: "year",
  hasPerson: false,
};

const meaning = (name: string) => FIELDS.find((field) => field.name === name)!.description;

/**
 * The zod schema of a normalised `cost` row.
 *
 * @example
 * ```ts
 * costSchema.safeParse({ organizer_code: "90", year: 2024, service_class: "3110", net_cost_eur: "-1250.5" }).success; // true
 * ```
 */
export const costSchema = /* @__PURE__ */ (() =>
  z
    .object({
      organizer_code: organizerSchema(meaning("organizer_code")),
      year: integerSchema(meaning("year")),
      service_class: boundedString(40).describe(meaning("service_class")),
      net_cost_eur: decimalSchema(meaning("net_cost_eur")),
    })
    .superRefine(rowChecks(costModel))
    .describe(`cost — ${costModel.title}`))();

/** A normalised `cost` row. */
export type CostRow = z.output<typeof costSchema>;

/**
 * `staff_fte` — staff resources (henkilöstövoimavarat; concepts.md): full-time equivalents per
 * organizer, year and professional group. Placed by 31 December of `year` (F10). concepts.md gives no
 * uniqueness key, so none is checked. `year` is any integer (the spec sets no range).
 */
import { z } from "zod";
import { STAFF_PROFESSIONAL_GROUPS } from "../classifications/enums";
import { type ConceptModel, F5_DECIMAL_DIGITS, type FieldSpec } from "../model/concept-model";
import { decimalSchema, integerSchema, organizerSchema } from "../model/zod-fields";
import { rowChecks } from "../model/zod-row-checks";

const FIELDS: readonly FieldSpec[] = [
  { name: "organizer_code", type: "organizer", required: true, default: null, description: "organizer" },
  { name: "year", type: "integer", required: true, default: null, description: "statistical year" },
  {
    name: "professional_group",
    type: "enum",
    required: true,
    default: null,
    values: STAFF_PROFESSIONAL_GROUPS,
    description: "professional group",
  },
  {
    name: "fte",
    type: "decimal",
    required: true,
    default: null,
    min: 0,
    digits: F5_DECIMAL_DIGITS,
    description: "full-time equivalents (henkilötyövuodet) in the year, exact decimal ≥ 0",
  },
];

/**
 * The concept model of `staff_fte`.
 *
 * @example
 * ```ts
 * staffFteModel.key; // [] (no uniqueness key)
 * ```
 */
export const staffFteModel: ConceptModel<"staff_fte"> = {
  name: "staff_fte",
  title: "staff resources (henkilöstövoimavarat)",
  fields: FIELDS,
  rules: [],
  key: [],
  keyReason: "duplicate_key",
  eventDateField: "year",
  hasPerson: false,
};

const meaning = (name: string) => FIELDS.find((field) => field.name === name)!.description;

/**
 * The zod schema of a normalised `staff_fte` row (`fte` as canonical exact decimal text, F5).
 *
 * @example
 * ```ts
 * staffFteSchema.safeParse({ organizer_code: "14", year: 2024, professional_group: "nurse", fte: "812.5" }).success; // true
 * ```
 */
export const staffFteSchema = /* @__PURE__ */ (() =>
  z
    .object({
      organizer_code: organizerSchema(meaning("organizer_code")),
      year: integerSchema(meaning("year")),
      professional_group: z.enum(STAFF_PROFESSIONAL_GROUPS).describe(meaning("professional_group")),
      fte: decimalSchema(meaning("fte"), true),
    })
    .superRefine(rowChecks(staffFteModel))
    .describe(`staff_fte — ${staffFteModel.title}`))();

/** A normalised `staff_fte` row. */
export type StaffFteRow = z.output<typeof staffFteSchema>;

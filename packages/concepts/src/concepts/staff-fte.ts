/**
 * `staff_fte` — staff resources (henkilöstövoimavarat; concepts.md): full-time equivalents per
 * organizer, year and professional group. Placed by 31 December of `year` (F10). concepts.md gives no
 * uniqueness key, so none is checked. `year` is any integer (the spec sets no range).
 */
import { STAFF_PROFESSIONAL_GROUPS } from "../classifications/enums";
import { defineConcept, F5_DECIMAL_DIGITS, type FieldSpec } from "../model/concept-model";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
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
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `staff_fte`.
 *
 * @example
 * ```ts
 * staffFteModel.key; // [] (no uniqueness key)
 * ```
 */
export const staffFteModel = defineConcept({
  name: "staff_fte",
  title: "staff resources (henkilöstövoimavarat)",
  fields: FIELDS,
  rules: [],
  key: [],
  keyReason: "duplicate_key",
  eventDateField: "year",
  hasPerson: false,
});

/** A normalised `staff_fte` row. */
export type StaffFteRow = RowOf<typeof FIELDS>;

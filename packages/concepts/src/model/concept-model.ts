/**
 * The concept model is the concept's one declaration (issue 13): `ConceptDeclaration` of `@virta/core`
 * (fields in F8 order, their types and limits, the row rules in the `$` expression language, the
 * uniqueness key F9, the event date F10, F12, F16) with this package's reason codes. The validators, the
 * SQL validation, the zod and JSON Schemas, the row types and the docs are all derived from it.
 */
import type { ConceptDeclaration, ConceptFieldType, FieldDeclaration, RowRuleDeclaration } from "@virta/core";

/** The field types of concepts.md ("Common types"), plus `integer`, `string` and `answer`. */
export type FieldType = ConceptFieldType;

/** One field of a concept's table (the declaration's `FieldDeclaration` of `@virta/core`). */
export type FieldSpec = FieldDeclaration;

/** The most digits a decimal value may have before and after its point (leading and trailing zeros not counted). */
export interface DecimalDigits {
  readonly integer: number;
  readonly fraction: number;
}

/**
 * F5's limits of every decimal field: 18 digits before the point, 6 after. The in-memory validator and
 * the SQL validation both read them from the field table, and the SQL engines choose types that hold
 * these values and their sums exactly (DECIMAL(38,6), NUMERIC).
 */
export const F5_DECIMAL_DIGITS: DecimalDigits = Object.freeze({ integer: 18, fraction: 6 });

/**
 * The reason codes of row rejections: the field reasons in F8's order, then `organizer_mismatch`, then
 * the row rules, then uniqueness (F9). Summaries list `rejected_by_reason` in this order.
 */
export const REJECTION_REASONS = Object.freeze([
  "missing",
  "invalid_format",
  "not_in_list",
  "out_of_range",
  "too_long",
  "unknown_code",
  "personal_identity_code",
  "organizer_mismatch",
  "visit_before_assessment",
  "assessment_before_contact",
  "born_after_event",
  "left_before_referral",
  "treated_and_removed",
  "dates_out_of_order",
  "completed_without_start",
  "not_a_child",
  "duplicate_id",
  "duplicate_key",
] as const);

/** A reason code of a rejected row (F8). */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * A row rule (F8, F12, F13): rejected with `reason`, naming `field`, when `holds` — an expression of
 * core's `$` language over the row's normalised values — is false (unknown passes).
 */
export type RowRule = RowRuleDeclaration<RejectionReason>;

/** A concept's declaration with the reason codes of this package (`ConceptDeclaration` of `@virta/core`). */
export type ConceptModel<Name extends string = string> = ConceptDeclaration<Name, RejectionReason>;

/**
 * Declares a concept: the declaration as it is, typed so that its name and its fields stay literal
 * (the registry derives the concept's name, row type, date fields, zod schema and field value types
 * from them). Adding a concept is one file that calls this, and one entry in the registry's list.
 *
 * @example
 * ```ts
 * const homeCareVisitModel = defineConcept({
 *   name: "home_care_visit",
 *   title: "a home-care visit",
 *   fields: [{ name: "visit_id", type: "id", required: true, default: null, maxLength: 64, description: "" }],
 *   rules: [],
 *   key: ["visit_id"],
 *   keyReason: "duplicate_id",
 *   eventDateField: "visit_date",
 *   hasPerson: false,
 * } as const);
 * homeCareVisitModel.name; // "home_care_visit"
 * ```
 */
export function defineConcept<const Name extends string, const Fields extends readonly FieldSpec[]>(
  model: ConceptModel<Name> & { readonly fields: Fields },
): ConceptModel<Name> & { readonly fields: Fields } {
  return model;
}

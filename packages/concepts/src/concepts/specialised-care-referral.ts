/**
 * `specialised_care_referral` — a referral to specialised care and its place in the waiting list
 * (concepts.md). Key `referral_id` (`duplicate_id`, F9).
 *
 * The date that places a row (F10 classification year, F12 `born_after_event`) is
 * `referral_received_date`: the day the referral joined the list. (The census indicators count the
 * list on a census date C, which is not a field of the row; concepts.md names no other date, so this is
 * this SDK's documented choice.) Row rules in listing order: `left_before_referral`,
 * `treated_and_removed`, then `born_after_event` (F12).
 */
import { $ } from "@virta/core";
import { defineConcept, type FieldSpec, type RowRule } from "../model/concept-model";
import { PERSON_FIELDS, bornAfterEvent } from "../model/person-fields";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "referral_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "unique within the table (duplicate_id otherwise)",
  },
  ...PERSON_FIELDS,
  {
    name: "specialty",
    type: "string",
    required: true,
    default: null,
    maxLength: 10,
    description: "specialty code as the source system has it (e.g. 20 internal medicine)",
  },
  {
    name: "referral_received_date",
    type: "date",
    required: true,
    default: null,
    description: "the day the referral arrived",
  },
  {
    name: "treatment_date",
    type: "date",
    required: false,
    default: null,
    description: "the day treatment began (leaves the list)",
  },
  {
    name: "removed_date",
    type: "date",
    required: false,
    default: null,
    description: "the day the referral left the list without treatment",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `specialised_care_referral`.
 *
 * @example
 * ```ts
 * specialisedCareReferralModel.rules.map((rule) => rule.reason);
 * // ["left_before_referral", "treated_and_removed", "born_after_event"]
 * ```
 */
export const specialisedCareReferralModel = defineConcept({
  name: "specialised_care_referral",
  title: "a referral to specialised care and its place in the waiting list",
  fields: FIELDS,
  rules: [
    ...(["treatment_date", "removed_date"] as const).map(
      (later): RowRule => ({
        reason: "left_before_referral",
        field: later,
        holds: $.le($.field("referral_received_date"), $.field(later)),
        description: "treatment_date and removed_date, when given, are ≥ referral_received_date",
      }),
    ),
    {
      reason: "treated_and_removed",
      field: "removed_date",
      holds: $.or($.isNull($.field("treatment_date")), $.isNull($.field("removed_date"))),
      description: "treatment_date and removed_date are not both given",
    },
    bornAfterEvent("referral_received_date"),
  ],
  key: ["referral_id"],
  keyReason: "duplicate_id",
  eventDateField: "referral_received_date",
  hasPerson: true,
});

/** A normalised `specialised_care_referral` row. */
export type SpecialisedCareReferralRow = RowOf<typeof FIELDS>;

/**
 * `social_care_assessment` — a social-care service need assessment (palvelutarpeen arviointi,
 * SHL 36 §; concepts.md). Key `assessment_id` (`duplicate_id`, F9); placed in a period by
 * `initiated_date` (F16). Row rules: `dates_out_of_order` (every pair of given dates in order,
 * initiated ≤ started ≤ completed, F13), `completed_without_start` (F13), `born_after_event` (F12).
 */
import { $ } from "@virta/core";
import { CLIENT_GROUPS } from "../classifications/enums";
import { defineConcept, type FieldSpec, type RowRule } from "../model/concept-model";
import { PERSON_FIELDS, bornAfterEvent } from "../model/person-fields";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "assessment_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "unique within the table (duplicate_id otherwise)",
  },
  ...PERSON_FIELDS,
  {
    name: "client_group",
    type: "enum",
    required: true,
    default: null,
    values: CLIENT_GROUPS,
    description: "the client group of the assessment",
  },
  {
    name: "highest_care_allowance",
    type: "bool",
    required: false,
    default: false,
    description: "receives the highest care allowance (ylin hoitotuki)",
  },
  {
    name: "urgent",
    type: "bool",
    required: false,
    default: false,
    description: "urgent cases are assessed without delay and are outside the 7-working-day rule",
  },
  {
    name: "initiated_date",
    type: "date",
    required: true,
    default: null,
    description: "the day the matter was opened / the contact was made",
  },
  { name: "started_date", type: "date", required: false, default: null, description: "the day the assessment began" },
  {
    name: "completed_date",
    type: "date",
    required: false,
    default: null,
    description: "the day the assessment was completed",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `social_care_assessment`.
 *
 * @example
 * ```ts
 * socialCareAssessmentModel.eventDateField; // "initiated_date"
 * ```
 */
export const socialCareAssessmentModel = defineConcept({
  name: "social_care_assessment",
  title: "a social-care service need assessment (palvelutarpeen arviointi, SHL 36 §)",
  fields: FIELDS,
  rules: [
    ...(
      [
        ["initiated_date", "started_date"],
        ["initiated_date", "completed_date"],
        ["started_date", "completed_date"],
      ] as const
    ).map(
      ([earlier, later]): RowRule => ({
        reason: "dates_out_of_order",
        field: later,
        holds: $.le($.field(earlier), $.field(later)),
        description: "initiated_date ≤ started_date ≤ completed_date for every pair of given dates (F13)",
      }),
    ),
    {
      reason: "completed_without_start",
      field: "completed_date",
      holds: $.or($.isNull($.field("completed_date")), $.isPresent($.field("started_date"))),
      description: "completed_date needs started_date (F13)",
    },
    bornAfterEvent("initiated_date"),
  ],
  key: ["assessment_id"],
  keyReason: "duplicate_id",
  eventDateField: "initiated_date",
  hasPerson: true,
});

/** A normalised `social_care_assessment` row. */
export type SocialCareAssessmentRow = RowOf<typeof FIELDS>;

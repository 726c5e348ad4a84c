/**
 * `child_welfare_case` — a child welfare matter opened by a notification or request (LsL 26–27 §;
 * concepts.md). Key `case_id` (`duplicate_id`, F9); placed in a period by `opened_date` (F16).
 * Row rules in listing order: `not_a_child` (age on `opened_date` must be < 18, listed with the person
 * fields), `dates_out_of_order` (dates not before `opened_date`), `born_after_event` (F12).
 * F13: `assessment_started` is taken as true when `assessment_completed_date` is given.
 */
import { $ } from "@virta/core";
import { defineConcept, type FieldSpec, type RowRule } from "../model/concept-model";
import { PERSON_FIELDS, bornAfterEvent } from "../model/person-fields";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "case_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "unique within the table (duplicate_id otherwise)",
  },
  ...PERSON_FIELDS.map((field) =>
    field.name === "birth_date"
      ? { ...field, description: "birth date of the child; age at opened_date must be < 18" }
      : field,
  ),
  {
    name: "opened_date",
    type: "date",
    required: true,
    default: null,
    description: "the day the matter was opened (vireilletulo)",
  },
  {
    name: "decision_date",
    type: "date",
    required: false,
    default: null,
    description: "the day it was decided whether to start the assessment",
  },
  {
    name: "assessment_completed_date",
    type: "date",
    required: false,
    default: null,
    description: "the day the service need assessment was completed (no assessment started: leave empty)",
  },
  {
    name: "assessment_started",
    type: "bool",
    required: false,
    default: false,
    trueWhenGiven: "assessment_completed_date",
    description: "an assessment was started; true when assessment_completed_date is given (F13)",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `child_welfare_case`.
 *
 * @example
 * ```ts
 * childWelfareCaseModel.rules[0]?.reason; // "not_a_child"
 * ```
 */
export const childWelfareCaseModel = defineConcept({
  name: "child_welfare_case",
  title: "a child welfare matter opened by a notification or request (LsL 26–27 §)",
  fields: FIELDS,
  rules: [
    {
      reason: "not_a_child",
      field: "birth_date",
      holds: $.lt($.ageOn($.field("birth_date"), $.field("opened_date")), 18),
      description: "age at opened_date < 18",
    },
    ...(["decision_date", "assessment_completed_date"] as const).map(
      (later): RowRule => ({
        reason: "dates_out_of_order",
        field: later,
        holds: $.le($.field("opened_date"), $.field(later)),
        description: "decision_date and assessment_completed_date are not before opened_date",
      }),
    ),
    bornAfterEvent("opened_date"),
  ],
  key: ["case_id"],
  keyReason: "duplicate_id",
  eventDateField: "opened_date",
  hasPerson: true,
});

/** A normalised `child_welfare_case` row. */
export type ChildWelfareCaseRow = RowOf<typeof FIELDS>;

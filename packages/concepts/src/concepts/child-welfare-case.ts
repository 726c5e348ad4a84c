/**
 * `child_welfare_case` — a child welfare matter opened by a notification or request (LsL 26–27 §;
 * concepts.md). Key `case_id` (`duplicate_id`, F9); placed in a period by `opened_date` (F16).
 * Row rules in listing order: `not_a_child` (age on `opened_date` must be < 18, listed with the person
 * fields), `dates_out_of_order` (dates not before `opened_date`), `born_after_event` (F12).
 * F13: `assessment_started` is taken as true when `assessment_completed_date` is given.
 */
import { $ } from "@virta/core";
import { z } from "zod";
import type { ConceptModel, FieldSpec, RowRule } from "../model/concept-model";
import { PERSON_FIELDS, bornAfterEvent } from "../model/person-fields";
import {
  dateSchema,
  idSchema,
  municipalitySchema,
  optionalBoolSchema,
  optionalDateSchema,
  organizerSchema,
  sexSchema,
} from "../model/zod-fields";
import { rowChecks } from "../model/zod-row-checks";

const FIELDS: readonly FieldSpec[] = [
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
];

/**
 * The concept model of `child_welfare_case`.
 *
 * @example
 * ```ts
 * childWelfareCaseModel.rules[0]?.reason; // "not_a_child"
 * ```
 */
export const childWelfareCaseModel: ConceptModel<"child_welfare_case"> = {
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
};

const meaning = (name: string) => FIELDS.find((field) => field.name === name)!.description;

/**
 * The zod schema of a normalised `child_welfare_case` row.
 *
 * @example
 * ```ts
 * childWelfareCaseSchema.safeParse(row).success;
 * ```
 */
export const childWelfareCaseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      case_id: idSchema(meaning("case_id")),
      client_id: idSchema(meaning("client_id")),
      birth_date: dateSchema(meaning("birth_date")),
      sex: sexSchema(meaning("sex")),
      municipality_code: municipalitySchema(meaning("municipality_code")),
      organizer_code: organizerSchema(meaning("organizer_code")).optional(),
      opened_date: dateSchema(meaning("opened_date")),
      decision_date: optionalDateSchema(meaning("decision_date")),
      assessment_completed_date: optionalDateSchema(meaning("assessment_completed_date")),
      assessment_started: optionalBoolSchema(meaning("assessment_started")),
    })
    .superRefine(rowChecks(childWelfareCaseModel))
    .describe(`child_welfare_case — ${childWelfareCaseModel.title}`))();

/** A normalised `child_welfare_case` row. */
export type ChildWelfareCaseRow = Omit<z.output<typeof childWelfareCaseSchema>, "organizer_code"> & {
  organizer_code: string;
};

/**
 * `customer_feedback_answer` — one answer to one question of the national customer feedback
 * (concepts.md). Key (`response_id`, `question_code`) (`duplicate_key`, F9); placed in a period by
 * `response_date`. `answer`: `nps` 0–10; `S1`…`S7` 1–5 or `eos` (can't say). This SDK reads "or eos"
 * as belonging to the statements only: `eos` for `nps` is `out_of_range`.
 */
import { QUESTION_CODES, RESPONDENT_AGE_GROUPS } from "../classifications/enums";
import { defineConcept, type FieldSpec } from "../model/concept-model";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "response_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "one questionnaire filled in once; (response_id, question_code) is unique",
  },
  { name: "organizer_code", type: "organizer", required: true, default: null, description: "organizer" },
  {
    name: "service_code",
    type: "string",
    required: true,
    default: null,
    maxLength: 20,
    description: "the service the feedback is about, as the region classifies it",
  },
  { name: "response_date", type: "date", required: true, default: null, description: "the day of the answer" },
  {
    name: "respondent_age_group",
    type: "enum",
    required: false,
    default: "unknown",
    values: RESPONDENT_AGE_GROUPS,
    description: "respondent age group (unknown when absent)",
  },
  {
    name: "question_code",
    type: "enum",
    required: true,
    default: null,
    values: QUESTION_CODES,
    description: "nps: the recommendation question; S1…S7: the national core statements",
  },
  {
    name: "answer",
    type: "answer",
    required: true,
    default: null,
    min: 0,
    max: 10,
    // The range by question, as data (F8 `out_of_range`): every validator derives it from here.
    rangeBy: {
      field: "question_code",
      cases: { nps: { min: 0, max: 10, eos: false } },
      otherwise: { min: 1, max: 5, eos: true },
    },
    description: "nps: 0–10; S1…S7: 1–5 (1 strongly disagree … 5 strongly agree) or eos (can't say)",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `customer_feedback_answer`.
 *
 * @example
 * ```ts
 * customerFeedbackAnswerModel.key; // ["response_id", "question_code"]
 * ```
 */
export const customerFeedbackAnswerModel = defineConcept({
  name: "customer_feedback_answer",
  title: "one answer to one question of the national customer feedback",
  fields: FIELDS,
  rules: [],
  key: ["response_id", "question_code"],
  keyReason: "duplicate_key",
  eventDateField: "response_date",
  hasPerson: false,
});

/** A normalised `customer_feedback_answer` row. */
export type CustomerFeedbackAnswerRow = RowOf<typeof FIELDS>;

/**
 * `health_care_visit` — a realised outpatient visit or remote contact in primary or oral health care
 * (concepts.md). Key `visit_id` (`duplicate_id`, F9); placed in a period by `visit_date`.
 * Row rules in listing order: `visit_before_assessment`, `assessment_before_contact`,
 * `born_after_event` (F8, F12).
 */
import { $ } from "@virta/core";
import { CONTACT_MODES, SERVICE_BRANCHES, URGENCIES, VISIT_PROFESSIONAL_GROUPS } from "../classifications/enums";
import { defineConcept, type FieldSpec } from "../model/concept-model";
import { PERSON_FIELDS, bornAfterEvent } from "../model/person-fields";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "visit_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "unique within the table (duplicate_id otherwise)",
  },
  ...PERSON_FIELDS,
  {
    name: "service_branch",
    type: "enum",
    required: true,
    default: null,
    values: SERVICE_BRANCHES,
    description: "primary care = avosairaanhoito; oral care = suun terveydenhuolto",
  },
  {
    name: "professional_group",
    type: "enum",
    required: true,
    default: null,
    values: VISIT_PROFESSIONAL_GROUPS,
    description: "the professional the visit was with",
  },
  {
    name: "urgency",
    type: "enum",
    required: true,
    default: null,
    values: URGENCIES,
    description: "urgent or non-urgent",
  },
  {
    name: "contact_mode",
    type: "enum",
    required: true,
    default: null,
    values: CONTACT_MODES,
    description: "remote = phone, video or chat contact that replaces a visit",
  },
  { name: "contact_date", type: "date", required: false, default: null, description: "first contact about the matter" },
  {
    name: "need_assessment_date",
    type: "date",
    required: false,
    default: null,
    description: "date of the care need assessment (hoidon tarpeen arviointi)",
  },
  {
    name: "visit_date",
    type: "date",
    required: true,
    default: null,
    description: "date the visit or remote contact took place",
  },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `health_care_visit`.
 *
 * @example
 * ```ts
 * healthCareVisitModel.fields.map((field) => field.name)[0]; // "visit_id"
 * healthCareVisitModel.eventDateField; // "visit_date"
 * ```
 */
export const healthCareVisitModel = defineConcept({
  name: "health_care_visit",
  title: "a realised outpatient visit or remote contact in primary or oral health care",
  fields: FIELDS,
  rules: [
    {
      reason: "visit_before_assessment",
      field: "visit_date",
      holds: $.le($.field("need_assessment_date"), $.field("visit_date")),
      description: "need_assessment_date ≤ visit_date",
    },
    {
      reason: "assessment_before_contact",
      field: "contact_date",
      holds: $.le($.field("contact_date"), $.field("need_assessment_date")),
      description: "contact_date ≤ need_assessment_date when both are given",
    },
    bornAfterEvent("visit_date"),
  ],
  key: ["visit_id"],
  keyReason: "duplicate_id",
  eventDateField: "visit_date",
  hasPerson: true,
});

/** A normalised `health_care_visit` row (dates as ISO strings; `organizer_code` always filled). */
export type HealthCareVisitRow = RowOf<typeof FIELDS>;

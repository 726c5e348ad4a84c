/**
 * The field types definitions rely on, per concept (concepts.md). They are part of each definition's
 * data, so the engines — in memory and in SQL — know how to read a column without consulting the
 * concept models at run time.
 */
import type { ValueType } from "@virta/core";

const person: Record<string, ValueType> = {
  client_id: "string",
  birth_date: "date",
  sex: "string",
  municipality_code: "string",
  organizer_code: "string",
};

/** Field types of every concept table. */
export const FIELD_TYPES: Record<string, Record<string, ValueType>> = {
  health_care_visit: {
    visit_id: "string",
    ...person,
    service_branch: "string",
    professional_group: "string",
    urgency: "string",
    contact_mode: "string",
    contact_date: "date",
    need_assessment_date: "date",
    visit_date: "date",
  },
  specialised_care_referral: {
    referral_id: "string",
    ...person,
    specialty: "string",
    referral_received_date: "date",
    treatment_date: "date",
    removed_date: "date",
  },
  social_care_assessment: {
    assessment_id: "string",
    ...person,
    client_group: "string",
    highest_care_allowance: "boolean",
    urgent: "boolean",
    initiated_date: "date",
    started_date: "date",
    completed_date: "date",
  },
  child_welfare_case: {
    case_id: "string",
    ...person,
    opened_date: "date",
    decision_date: "date",
    assessment_completed_date: "date",
    assessment_started: "boolean",
  },
  population: {
    year: "integer",
    municipality_code: "string",
    organizer_code: "string",
    age: "integer",
    sex: "string",
    count: "integer",
  },
  customer_feedback_answer: {
    response_id: "string",
    organizer_code: "string",
    service_code: "string",
    response_date: "date",
    respondent_age_group: "string",
    question_code: "string",
    answer: "string",
  },
  staff_fte: { organizer_code: "string", year: "integer", professional_group: "string", fte: "decimal" },
  cost: { organizer_code: "string", year: "integer", service_class: "string", net_cost_eur: "decimal" },
};

/** The field types of the concepts a definition reads. */
export function fieldsFor(...concepts: string[]): Record<string, Record<string, ValueType>> {
  return Object.fromEntries(concepts.map((concept) => [concept, FIELD_TYPES[concept]!]));
}

/**
 * Good rows of every concept, written as a CSV reader gives them (strings), for tests. Each test
 * changes one field to make the row bad in exactly one way.
 */
import type { ConceptName } from "../concepts/registry";

/** A good raw row per concept (all cells are strings). */
export const GOOD_ROWS: Readonly<Record<ConceptName, Readonly<Record<string, string>>>> = {
  health_care_visit: {
    visit_id: "v1",
    client_id: "c1",
    birth_date: "1980-05-01",
    sex: "female",
    municipality_code: "167",
    service_branch: "primary_care",
    professional_group: "doctor",
    urgency: "non_urgent",
    contact_mode: "in_person",
    contact_date: "2024-02-28",
    need_assessment_date: "2024-03-01",
    visit_date: "2024-03-15",
  },
  specialised_care_referral: {
    referral_id: "r1",
    client_id: "c1",
    birth_date: "1970-01-31",
    sex: "male",
    municipality_code: "837",
    specialty: "20",
    referral_received_date: "2024-01-10",
    treatment_date: "2024-04-02",
  },
  social_care_assessment: {
    assessment_id: "a1",
    client_id: "c1",
    birth_date: "1940-06-06",
    sex: "female",
    municipality_code: "905",
    client_group: "older_people",
    initiated_date: "2024-03-05",
    started_date: "2024-03-07",
    completed_date: "2024-03-14",
  },
  child_welfare_case: {
    case_id: "k1",
    client_id: "c1",
    birth_date: "2012-09-30",
    sex: "male",
    municipality_code: "049",
    opened_date: "2024-05-02",
    decision_date: "2024-05-08",
    assessment_completed_date: "2024-07-30",
  },
  population: { year: "2024", municipality_code: "167", age: "40", sex: "female", count: "812" },
  customer_feedback_answer: {
    response_id: "q1",
    organizer_code: "14",
    service_code: "TK-01",
    response_date: "2024-03-15",
    question_code: "nps",
    answer: "9",
  },
  staff_fte: { organizer_code: "14", year: "2024", professional_group: "nurse", fte: "812.50" },
  cost: { organizer_code: "90", year: "2024", service_class: "3110", net_cost_eur: "-1250,5" },
};

/** A copy of the good row of `concept` with `changes` applied (`undefined` deletes the key). */
export function rowWith(concept: ConceptName, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const row: Record<string, unknown> = { ...GOOD_ROWS[concept] };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete row[key];
    else row[key] = value;
  }
  return row;
}

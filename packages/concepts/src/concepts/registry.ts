/**
 * The registry of the eight concept models (concepts.md): their names, models, zod schemas, row types
 * and the columns a file header must have.
 */
import { type DayNumber, UsageError } from "@virta/core";
import type { z } from "zod";
import type { ConceptModel } from "../model/concept-model";
import { type ChildWelfareCaseRow, childWelfareCaseModel, childWelfareCaseSchema } from "./child-welfare-case";
import { type CostRow, costModel, costSchema } from "./cost";
import {
  type CustomerFeedbackAnswerRow,
  customerFeedbackAnswerModel,
  customerFeedbackAnswerSchema,
} from "./customer-feedback-answer";
import { type HealthCareVisitRow, healthCareVisitModel, healthCareVisitSchema } from "./health-care-visit";
import { type PopulationRow, populationModel, populationSchema } from "./population";
import {
  type SocialCareAssessmentRow,
  socialCareAssessmentModel,
  socialCareAssessmentSchema,
} from "./social-care-assessment";
import {
  type SpecialisedCareReferralRow,
  specialisedCareReferralModel,
  specialisedCareReferralSchema,
} from "./specialised-care-referral";
import { type StaffFteRow, staffFteModel, staffFteSchema } from "./staff-fte";

/** The concept names in the order concepts.md lists them. */
export const CONCEPT_NAMES = Object.freeze([
  "health_care_visit",
  "specialised_care_referral",
  "social_care_assessment",
  "child_welfare_case",
  "population",
  "customer_feedback_answer",
  "staff_fte",
  "cost",
] as const);

/** A concept name. */
export type ConceptName = (typeof CONCEPT_NAMES)[number];

/** Normalised rows by concept (date fields as ISO `YYYY-MM-DD` strings, the default `dates: "iso"`). */
export interface ConceptRows {
  health_care_visit: HealthCareVisitRow;
  specialised_care_referral: SpecialisedCareReferralRow;
  social_care_assessment: SocialCareAssessmentRow;
  child_welfare_case: ChildWelfareCaseRow;
  population: PopulationRow;
  customer_feedback_answer: CustomerFeedbackAnswerRow;
  staff_fte: StaffFteRow;
  cost: CostRow;
}

/** The date fields of each concept. */
export interface ConceptDateFields {
  health_care_visit: "birth_date" | "contact_date" | "need_assessment_date" | "visit_date";
  specialised_care_referral: "birth_date" | "referral_received_date" | "treatment_date" | "removed_date";
  social_care_assessment: "birth_date" | "initiated_date" | "started_date" | "completed_date";
  child_welfare_case: "birth_date" | "opened_date" | "decision_date" | "assessment_completed_date";
  population: never;
  customer_feedback_answer: "response_date";
  staff_fte: never;
  cost: never;
}

/** A row with its date fields `D` as day numbers (`dates: "day"`). */
export type WithDayNumbers<Row, D extends PropertyKey> = {
  [K in keyof Row]: K extends D ? (null extends Row[K] ? DayNumber | null : DayNumber) : Row[K];
};

/** Normalised rows by concept with `dates: "day"`: date fields are `DayNumber`s (days since 1970-01-01). */
export type ConceptDayRows = { [C in ConceptName]: WithDayNumbers<ConceptRows[C], ConceptDateFields[C]> };

const MODELS: Readonly<Record<ConceptName, ConceptModel>> = Object.freeze({
  health_care_visit: healthCareVisitModel,
  specialised_care_referral: specialisedCareReferralModel,
  social_care_assessment: socialCareAssessmentModel,
  child_welfare_case: childWelfareCaseModel,
  population: populationModel,
  customer_feedback_answer: customerFeedbackAnswerModel,
  staff_fte: staffFteModel,
  cost: costModel,
});

/**
 * The zod schemas of the normalised rows, by concept (the published model).
 *
 * @example
 * ```ts
 * const row = { year: 2024, municipality_code: "167", age: 40, sex: "female", count: 812 };
 * CONCEPT_SCHEMAS.population.safeParse(row).success; // true
 * ```
 */
export const CONCEPT_SCHEMAS = /* @__PURE__ */ (() =>
  Object.freeze({
    health_care_visit: healthCareVisitSchema,
    specialised_care_referral: specialisedCareReferralSchema,
    social_care_assessment: socialCareAssessmentSchema,
    child_welfare_case: childWelfareCaseSchema,
    population: populationSchema,
    customer_feedback_answer: customerFeedbackAnswerSchema,
    staff_fte: staffFteSchema,
    cost: costSchema,
  } satisfies Record<ConceptName, z.ZodType>))();

/**
 * Whether `name` is a concept name.
 *
 * @example
 * ```ts
 * isConceptName("population"); // true
 * isConceptName("visits"); // false
 * ```
 */
export function isConceptName(name: string): name is ConceptName {
  return (CONCEPT_NAMES as readonly string[]).includes(name);
}

/**
 * The model of a concept; an unknown name throws `UsageError("unknown_concept")` listing the names.
 *
 * @example
 * ```ts
 * getConcept("health_care_visit").key; // ["visit_id"]
 * getConcept("visits"); // throws: unknown concept "visits": expected one of health_care_visit, …
 * ```
 */
export function getConcept<C extends ConceptName>(name: C): ConceptModel<C>;
export function getConcept(name: string): ConceptModel;
export function getConcept(name: string): ConceptModel {
  if (!isConceptName(name)) {
    throw new UsageError(
      "unknown_concept",
      `unknown concept ${JSON.stringify(name)}: expected one of ${CONCEPT_NAMES.join(", ")}`,
      {
        value: name,
        allowed: [...CONCEPT_NAMES],
      },
    );
  }
  return MODELS[name];
}

/**
 * The zod schema of a concept's normalised rows; an unknown name throws `UsageError("unknown_concept")`.
 *
 * @example
 * ```ts
 * const row = { organizer_code: "90", year: 2024, service_class: "3110", net_cost_eur: "10.5" };
 * conceptSchema("cost").safeParse(row).success; // true
 * ```
 */
export function conceptSchema<C extends ConceptName>(name: C): (typeof CONCEPT_SCHEMAS)[C] {
  getConcept(name);
  return CONCEPT_SCHEMAS[name];
}

/**
 * The columns a file header must have: each entry is a column name, or a list of names of which at
 * least one must be present (`population`: `municipality_code` or `organizer_code`).
 *
 * @example
 * ```ts
 * requiredColumns("population"); // ["year", ["municipality_code", "organizer_code"], "age", "sex", "count"]
 * requiredColumns("staff_fte"); // ["organizer_code", "year", "professional_group", "fte"]
 * ```
 */
export function requiredColumns(concept: string): ReadonlyArray<string | readonly string[]> {
  const model = getConcept(concept);
  const columns: Array<string | readonly string[]> = [];
  for (const field of model.fields) {
    if (field.required) columns.push(field.name);
    else if (field.requiredUnless !== undefined) columns.push([field.name, field.requiredUnless]);
  }
  return columns;
}

/**
 * Checks a file header against `requiredColumns` and throws `UsageError("missing_column")` naming the
 * file, the missing columns and the columns the concept needs (concepts.md "Bad input as a whole";
 * F29: for JSON pass the union of the keys).
 *
 * @example
 * ```ts
 * assertHeader("population", ["year", "age", "sex", "count"], "pop.csv");
 * // throws: pop.csv: the header has no municipality_code or organizer_code column; population needs …
 * ```
 */
export function assertHeader(concept: string, columns: Iterable<string>, source?: string): void {
  const present = new Set(Array.from(columns, (column) => column.trim()));
  const missing = requiredColumns(concept).filter((column) =>
    typeof column === "string" ? !present.has(column) : !column.some((name) => present.has(name)),
  );
  if (missing.length === 0) return;
  const names = missing.map((column) => (typeof column === "string" ? column : column.join(" or ")));
  const needed = requiredColumns(concept).map((column) =>
    typeof column === "string" ? column : `(${column.join(" or ")})`,
  );
  throw new UsageError(
    "missing_column",
    `${source ?? concept}: the header has no ${names.join(", ")} column${names.length > 1 ? "s" : ""}; ` +
      `${concept} needs ${needed.join(", ")}`,
    { source, concept, missing: names },
  );
}

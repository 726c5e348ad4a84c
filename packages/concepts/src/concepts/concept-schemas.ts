/**
 * The zod schemas of the concepts' normalised rows (the published model), derived from the
 * declarations (`zodSchemaOf`). Exported from `@virta/concepts/schemas`, the entry that loads zod:
 * reading and validating files never needs them, so a program that only validates or computes never
 * loads zod (≈ 95 ms of a cold start, issue 14: a quick CLI).
 */
import type { z } from "zod";
import { zodSchemaOf } from "../model/zod-schema";
import { CONCEPT_NAMES, type ConceptName, type ConceptRows, getConcept } from "./registry";
import { type ChildWelfareCaseRow, childWelfareCaseModel } from "./child-welfare-case";
import { type CostRow, costModel } from "./cost";
import { type CustomerFeedbackAnswerRow, customerFeedbackAnswerModel } from "./customer-feedback-answer";
import { type HealthCareVisitRow, healthCareVisitModel } from "./health-care-visit";
import { type PopulationRow, populationModel } from "./population";
import { type SocialCareAssessmentRow, socialCareAssessmentModel } from "./social-care-assessment";
import { type SpecialisedCareReferralRow, specialisedCareReferralModel } from "./specialised-care-referral";
import { type StaffFteRow, staffFteModel } from "./staff-fte";

/**
 * The zod schema of a normalised `child_welfare_case` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * childWelfareCaseSchema.safeParse(row).success;
 * ```
 */
export const childWelfareCaseSchema = /* @__PURE__ */ zodSchemaOf<ChildWelfareCaseRow>(childWelfareCaseModel);

/**
 * The zod schema of a normalised `cost` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * costSchema.safeParse(row).success;
 * ```
 */
export const costSchema = /* @__PURE__ */ zodSchemaOf<CostRow>(costModel);

/**
 * The zod schema of a normalised `customer_feedback_answer` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * customerFeedbackAnswerSchema.safeParse(row).success;
 * ```
 */
export const customerFeedbackAnswerSchema =
  /* @__PURE__ */ zodSchemaOf<CustomerFeedbackAnswerRow>(customerFeedbackAnswerModel);

/**
 * The zod schema of a normalised `health_care_visit` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * healthCareVisitSchema.safeParse(row).success;
 * ```
 */
export const healthCareVisitSchema = /* @__PURE__ */ zodSchemaOf<HealthCareVisitRow>(healthCareVisitModel);

/**
 * The zod schema of a normalised `population` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * populationSchema.safeParse(row).success;
 * ```
 */
export const populationSchema = /* @__PURE__ */ zodSchemaOf<PopulationRow>(populationModel);

/**
 * The zod schema of a normalised `social_care_assessment` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * socialCareAssessmentSchema.safeParse(row).success;
 * ```
 */
export const socialCareAssessmentSchema =
  /* @__PURE__ */ zodSchemaOf<SocialCareAssessmentRow>(socialCareAssessmentModel);

/**
 * The zod schema of a normalised `specialised_care_referral` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * specialisedCareReferralSchema.safeParse(row).success;
 * ```
 */
export const specialisedCareReferralSchema =
  /* @__PURE__ */ zodSchemaOf<SpecialisedCareReferralRow>(specialisedCareReferralModel);

/**
 * The zod schema of a normalised `staff_fte` row, derived from the declaration (JSON Schema).
 *
 * @example
 * ```ts
 * staffFteSchema.safeParse(row).success;
 * ```
 */
export const staffFteSchema = /* @__PURE__ */ zodSchemaOf<StaffFteRow>(staffFteModel);

/**
 * The zod schemas of the normalised rows, by concept (the published model), derived from the
 * declarations (`zodSchemaOf`).
 *
 * @example
 * ```ts
 * const row = { year: 2024, municipality_code: "167", age: 40, sex: "female", count: 812 };
 * CONCEPT_SCHEMAS.population.safeParse(row).success; // true
 * ```
 */
export const CONCEPT_SCHEMAS: { readonly [C in ConceptName]: z.ZodType<ConceptRows[C]> } = /* @__PURE__ */ (() =>
  // Pure, so that a bundle that never reads a schema leaves zod's objects (and its `new Function`
  // probe, refused under a strict CSP) out.
  Object.freeze(Object.fromEntries(CONCEPT_NAMES.map((name) => [name, zodSchemaOf(getConcept(name))]))) as {
    readonly [C in ConceptName]: z.ZodType<ConceptRows[C]>;
  })();

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

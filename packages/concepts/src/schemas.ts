/**
 * @virta/concepts/schemas — the zod schemas of the concepts' normalised rows (the published model),
 * derived from the declarations, and their JSON Schemas. Kept out of the main entry: reading and
 * validating files runs on the compiled declarations, never on zod, so a program that only validates
 * or computes never loads zod (≈ 95 ms of a cold start; issue 14: a quick CLI).
 *
 * @example
 * ```ts
 * import { conceptSchema } from "@virta/concepts/schemas";
 * const row = { organizer_code: "90", year: 2024, service_class: "3110", net_cost_eur: "10.5" };
 * conceptSchema("cost").safeParse(row).success; // true
 * ```
 * @module @virta/concepts/schemas
 */
export { zodSchemaOf } from "./model/zod-schema";
export {
  CONCEPT_SCHEMAS,
  childWelfareCaseSchema,
  conceptSchema,
  costSchema,
  customerFeedbackAnswerSchema,
  healthCareVisitSchema,
  populationSchema,
  socialCareAssessmentSchema,
  specialisedCareReferralSchema,
  staffFteSchema,
} from "./concepts/concept-schemas";
export { conceptJsonSchema } from "./concepts/json-schema";

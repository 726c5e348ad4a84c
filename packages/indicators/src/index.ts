/**
 * @virta/indicators — the national minimum-data indicator catalogue, edition 1, and `compute`.
 * Browser-safe: reads nothing but the rows it is given.
 * @module @virta/indicators
 */
export const packageName = "@virta/indicators";
export { LIBRARY } from "./version";
export { compute, type ComputeRequest } from "./compute/compute";
export { memoryEngine, referenceEngine, type Engine, type EngineResult } from "./compute/engines";
export {
  columnBatchesOf,
  rowBatchesOf,
  type ArqueroLike,
  type ArrowLike,
  type TableInput,
} from "./compute/input";
export { catalogue, DEFINITIONS, suggestIds, type CatalogueEntry } from "./catalogue/catalogue";
export { AREAS, type Area } from "./catalogue/areas";
export { primaryCareWithin7Days } from "./availability/primary-care-within-7-days/definition";
export { primaryCareWithin14Days } from "./availability/primary-care-within-14-days/definition";
export { primaryCareWithin3Months } from "./availability/primary-care-within-3-months/definition";
export { primaryCareCareGuaranteeMet } from "./availability/primary-care-care-guarantee-met/definition";
export { primaryCareWaitDaysMedian } from "./availability/primary-care-wait-days-median/definition";
export { primaryCareWaitDaysP90 } from "./availability/primary-care-wait-days-p90/definition";
export { primaryCareWaitBandShare } from "./availability/primary-care-wait-band-share/definition";
export { oralCareWithin3Months } from "./availability/oral-care-within-3-months/definition";
export { oralCareWithin6Months } from "./availability/oral-care-within-6-months/definition";
export { specialisedCareWaitingOver90Days } from "./availability/specialised-care-waiting-over-90-days/definition";
export { specialisedCareWaitingOver180Days } from "./availability/specialised-care-waiting-over-180-days/definition";
// biome-ignore format: the module path alone fills most of a line
export {
  socialCareAssessmentStartedWithin7WorkingDays,
} from "./availability/social-care-assessment-started-within-7-working-days/definition";
// biome-ignore format: the module path alone fills most of a line
export {
  childWelfareDecisionWithin7WorkingDays,
} from "./availability/child-welfare-decision-within-7-working-days/definition";
// biome-ignore format: the module path alone fills most of a line
export {
  childWelfareAssessmentCompletedWithin3Months,
} from "./availability/child-welfare-assessment-completed-within-3-months/definition";
export { populationCount } from "./population-health/population-count/definition";
export { shareAged75Plus } from "./population-health/share-aged-75-plus/definition";
export { dependencyRatio } from "./population-health/dependency-ratio/definition";
export { nps } from "./customer-experience/nps/definition";
export { statementAgreement } from "./customer-experience/statement-agreement/definition";
export { ftePer1000Residents } from "./staff/fte-per-1000-residents/definition";
export { netCostPerResident } from "./costs/net-cost-per-resident/definition";
export { primaryCareDoctorVisitsPerFte } from "./productivity/primary-care-doctor-visits-per-fte/definition";
export * from "./publishing/index";
export { runDeck, runDeckCase, type DeckCase, type DeckOutcome, type DeckReport } from "./decks/deck";
export { validate, validateStream, createValidator } from "@virta/concepts";
export * from "./publication/index";

/**
 * @virta/concepts — the concept models (input tables) of the national indicators, row validation with
 * one reason per rejected row, personal identity code checks, and the classifications (organizers,
 * municipality → organizer per year, sex, age groups, waiting bands, Sotkanet region ids) as data.
 * @module @virta/concepts
 */
export const packageName = "@virta/concepts";

// Concept models
export type {
  ConceptModel,
  DecimalDigits,
  FieldSpec,
  FieldType,
  RejectionReason,
  RowRule,
} from "./model/concept-model";
export { defineConcept, F5_DECIMAL_DIGITS, REJECTION_REASONS } from "./model/concept-model";
export { valueTypeOf, valueTypesOf } from "./model/value-types";
export { PERSON_FIELDS } from "./model/person-fields";
export type { FieldValueOf, RowOf } from "./model/zod-schema";
export {
  CONCEPT_DOCS_MARKERS,
  type ConceptReference,
  conceptDocsSection,
  conceptMarkdown,
  conceptReference,
  type FieldReference,
  type RuleReference,
  type WordReference,
} from "./model/concept-doc";
export {
  assertHeader,
  CONCEPT_NAMES,
  type ConceptDateFields,
  type ConceptDayRows,
  type ConceptName,
  type ConceptRows,
  getConcept,
  isConceptName,
  requiredColumns,
  type WithDayNumbers,
} from "./concepts/registry";
export { type HealthCareVisitRow, healthCareVisitModel } from "./concepts/health-care-visit";
export {
  type SpecialisedCareReferralRow,
  specialisedCareReferralModel,
} from "./concepts/specialised-care-referral";
export {
  type SocialCareAssessmentRow,
  socialCareAssessmentModel,
} from "./concepts/social-care-assessment";
export { type ChildWelfareCaseRow, childWelfareCaseModel } from "./concepts/child-welfare-case";
export { type PopulationRow, populationModel } from "./concepts/population";
export {
  type CustomerFeedbackAnswerRow,
  customerFeedbackAnswerModel,
} from "./concepts/customer-feedback-answer";
export { type StaffFteRow, staffFteModel } from "./concepts/staff-fte";
export { type CostRow, costModel } from "./concepts/cost";

// Validation
export type {
  Rejection,
  ValidateOptions,
  ValidatedBatch,
  ValidationSummary,
  Validator,
} from "./validation/validator-types";
export { createValidator } from "./validation/create-validator";
export { summarise, type ValidationCounts } from "./validation/summary";
export {
  validate,
  validateStream,
  type ValidatedStream,
  type ValidateStreamOptions,
  type ValidationResult,
} from "./validation/validate";
export { shownValue, trimAscii } from "./validation/text";
export { wordsOf } from "./validation/field-parsers";

// Personal identity codes
export { isPersonalIdentityCode, maskIdentifier, maskIdentityCodes } from "./hetu/personal-identity-code";

// Classifications
export { type Language, LANGUAGES, type Names } from "./classifications/names";
export {
  isOrganizerCode,
  ORGANIZER_CODES,
  type Organizer,
  type OrganizerCode,
  ORGANIZERS,
  organizerByCode,
} from "./classifications/organizers";
export {
  classificationYear,
  isMunicipalityInAnyYear,
  MUNICIPALITY_CLASSIFICATION_YEARS,
  type Municipality,
  type MunicipalityCode,
  type MunicipalityData,
  municipalities,
  municipalityName,
  municipalityNames,
  municipalityTable,
  organizerOfMunicipality,
} from "./classifications/municipalities";
export { BOOLEAN_INPUT_SPELLINGS } from "./classifications/booleans";
export {
  SEX_CODES,
  SEX_INPUT_SPELLINGS,
  SEX_NAMES,
  type Sex,
  type SexOrTotal,
  sexFromPxWeb,
  sexFromSotkanet,
  sexToPxWeb,
  sexToSotkanet,
} from "./classifications/sex";
export {
  AVAILABILITY_DAYS,
  WAIT_BAND_SET_ID,
  type WaitBand,
  waitBandNames,
  waitBandOf,
} from "./classifications/waiting-bands";
export {
  organizerOfSotkanetRegion,
  SOTKANET_REGION_ORGANIZERS,
  SOTKANET_WHOLE_COUNTRY_ID,
  sotkanetRegionOfOrganizer,
} from "./classifications/sotkanet-regions";
export { AGE_GROUP_SET_NAMES, AGE_GROUP_SETS, ageGroupNames } from "./classifications/age-groups";
export {
  CLIENT_GROUPS,
  CONTACT_MODES,
  ENUM_CLASSIFICATIONS,
  type EnumClassification,
  type EnumDimension,
  QUESTION_CODES,
  RESPONDENT_AGE_GROUPS,
  SERVICE_BRANCHES,
  STAFF_PROFESSIONAL_GROUPS,
  URGENCIES,
  VISIT_PROFESSIONAL_GROUPS,
} from "./classifications/enums";
export { labelOf } from "./classifications/labels";
export { DIMENSION_NAMES, dimensionLabelOf, GEO_DIMENSIONS } from "./classifications/dimension-names";
export { classificationOrder, compareInDimension, type OrderOptions } from "./classifications/order";

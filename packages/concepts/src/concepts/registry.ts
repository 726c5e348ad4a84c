/**
 * The registry of the concept models (concepts.md): one list of declarations, from which the concept
 * names, the row types, the date fields, the zod schemas and the columns a file header must have are
 * derived. Adding a concept is its declaration file (`defineConcept`) and one entry in `MODELS_IN_ORDER`.
 */
import { type DayNumber, UsageError } from "@virta/core";
import type { ConceptModel } from "../model/concept-model";
import type { RowOf } from "../model/zod-schema";
import { childWelfareCaseModel } from "./child-welfare-case";
import { costModel } from "./cost";
import { customerFeedbackAnswerModel } from "./customer-feedback-answer";
import { healthCareVisitModel } from "./health-care-visit";
import { populationModel } from "./population";
import { socialCareAssessmentModel } from "./social-care-assessment";
import { specialisedCareReferralModel } from "./specialised-care-referral";
import { staffFteModel } from "./staff-fte";

/** Every concept's declaration, in the order concepts.md lists them. */
const MODELS_IN_ORDER = [
  healthCareVisitModel,
  specialisedCareReferralModel,
  socialCareAssessmentModel,
  childWelfareCaseModel,
  populationModel,
  customerFeedbackAnswerModel,
  staffFteModel,
  costModel,
] as const;

type Models = typeof MODELS_IN_ORDER;

/** The names of a list of declarations, as a tuple of literals. */
type NamesOf<T extends readonly { readonly name: string }[]> = {
  readonly [K in keyof T]: T[K] extends { readonly name: infer Name } ? Name : never;
};

/** The concept names in the order concepts.md lists them. */
export const CONCEPT_NAMES = Object.freeze(MODELS_IN_ORDER.map((model) => model.name)) as unknown as NamesOf<Models>;

/** A concept name. */
export type ConceptName = (typeof CONCEPT_NAMES)[number];

/** The declaration of concept `C`, with its literal field list. */
type ModelOf<C extends ConceptName> = Extract<Models[number], { readonly name: C }>;

/** Normalised rows by concept (date fields as ISO `YYYY-MM-DD` strings, the default `dates: "iso"`). */
export type ConceptRows = { [C in ConceptName]: RowOf<ModelOf<C>["fields"]> };

/** The date fields of each concept (`never` for a concept without one). */
export type ConceptDateFields = {
  [C in ConceptName]: Extract<ModelOf<C>["fields"][number], { readonly type: "date" }>["name"];
};

/** A row with its date fields `D` as day numbers (`dates: "day"`). */
export type WithDayNumbers<Row, D extends PropertyKey> = {
  [K in keyof Row]: K extends D ? (null extends Row[K] ? DayNumber | null : DayNumber) : Row[K];
};

/** Normalised rows by concept with `dates: "day"`: date fields are `DayNumber`s (days since 1970-01-01). */
export type ConceptDayRows = { [C in ConceptName]: WithDayNumbers<ConceptRows[C], ConceptDateFields[C]> };

const MODELS: Readonly<Record<ConceptName, ConceptModel>> = Object.freeze(
  Object.fromEntries(MODELS_IN_ORDER.map((model) => [model.name, model])) as unknown as Record<
    ConceptName,
    ConceptModel
  >,
);

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

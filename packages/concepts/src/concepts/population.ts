/**
 * `population` — residents on a reference date (Statistics Finland; concepts.md). The reference date
 * is 31 December of `year`, which also places the row (F10, F16). Key (`year`, `municipality_code`,
 * `age`, `sex`) is unique (`duplicate_key`, F9). `municipality_code` is required unless
 * `organizer_code` is given; a row given at organizer level (no municipality) is keyed by its
 * organizer in the municipality's place (this SDK's choice). No person fields, so no
 * `born_after_event`.
 */
import { defineConcept, type FieldSpec } from "../model/concept-model";
import type { RowOf } from "../model/zod-schema";

const FIELDS = [
  {
    name: "year",
    type: "integer",
    required: true,
    default: null,
    min: 1990,
    max: 2100,
    description: "statistical year; the reference date is 31 December of that year",
  },
  {
    name: "municipality_code",
    type: "municipality",
    required: false,
    requiredUnless: "organizer_code",
    default: null,
    description: "municipality (required unless organizer_code is given)",
  },
  {
    name: "organizer_code",
    type: "organizer",
    required: false,
    default: null,
    derivedFrom: "municipality_code",
    description: "organizer; derived from the municipality when absent (F10)",
  },
  {
    name: "age",
    type: "integer",
    required: true,
    default: null,
    min: 0,
    max: 100,
    description: "age in completed years on the reference date; 100 means 100 or over",
  },
  { name: "sex", type: "sex", required: true, default: null, description: "male, female or unknown" },
  { name: "count", type: "integer", required: true, default: null, min: 0, description: "persons" },
] as const satisfies readonly FieldSpec[];

/**
 * The concept model of `population`.
 *
 * @example
 * ```ts
 * populationModel.key; // ["year", "municipality_code", "age", "sex"]
 * ```
 */
export const populationModel = defineConcept({
  name: "population",
  title: "residents on a reference date (Statistics Finland)",
  fields: FIELDS,
  rules: [],
  key: ["year", "municipality_code", "age", "sex"],
  keyReason: "duplicate_key",
  eventDateField: "year",
  hasPerson: false,
});

/** A normalised `population` row (`municipality_code` is null for an organizer-level row). */
export type PopulationRow = RowOf<typeof FIELDS>;

/**
 * The concept declarations and classifications of `@virta/concepts` as the data the core's SQL
 * validation compiler reads (issue 15, F34): the concept model itself (fields, types, limits, words,
 * rules, key), the organizer codes, the municipality → organizer table of every shipped year (F10) and
 * the sex and boolean spellings (F2) — taken from the very tables the in-memory validator uses.
 */
import type { ConceptDeclaration, SqlValidationData } from "@virta/core";
import {
  getConcept,
  MUNICIPALITY_CLASSIFICATION_YEARS,
  municipalityTable,
  ORGANIZER_CODES,
  wordsOf,
} from "@virta/concepts";

let cached: SqlValidationData | undefined;

function spellings<T>(type: "sex" | "bool"): Array<readonly [string, T]> {
  const words = wordsOf({ name: type, type, required: true, default: null, description: "" })!;
  return words.spellings.map((spelling, index) => [spelling, words.meanings[index] as T] as const);
}

/**
 * The classifications and word lists as data.
 *
 * @example
 * ```ts
 * sqlValidationData().organizers.includes("14"); // true
 * ```
 */
export function sqlValidationData(): SqlValidationData {
  cached ??= {
    organizers: [...ORGANIZER_CODES],
    municipalities: MUNICIPALITY_CLASSIFICATION_YEARS.map((year) => ({
      year,
      entries: [...municipalityTable(year)].sort(([a], [b]) => (a < b ? -1 : 1)),
    })),
    sexWords: spellings<string>("sex"),
    boolWords: spellings<boolean>("bool"),
  };
  return cached;
}

/**
 * A concept's declaration for the SQL compiler (the concept model, which has this shape).
 *
 * @example
 * ```ts
 * sqlDeclaration("health_care_visit").key; // ["visit_id"]
 * ```
 */
export function sqlDeclaration(concept: string): ConceptDeclaration {
  return getConcept(concept);
}

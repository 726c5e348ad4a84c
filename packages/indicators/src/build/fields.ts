/**
 * The field types definitions rely on, per concept (concepts.md), derived from the concept declarations
 * (`valueTypesOf`). They are part of each definition's data, so the engines — in memory and in SQL —
 * know how to read a column without consulting the concept models at run time.
 */
import { CONCEPT_NAMES, getConcept, valueTypesOf } from "@virta/concepts";
import type { ValueType } from "@virta/core";

/** Field types of every concept table. */
export const FIELD_TYPES: Readonly<Record<string, Record<string, ValueType>>> = Object.freeze(
  Object.fromEntries(CONCEPT_NAMES.map((concept) => [concept, valueTypesOf(getConcept(concept))])),
);

/**
 * The field types of the concepts a definition reads.
 *
 * @example
 * ```ts
 * fieldsFor("staff_fte").staff_fte?.fte; // "decimal"
 * ```
 */
export function fieldsFor(...concepts: string[]): Record<string, Record<string, ValueType>> {
  return Object.fromEntries(concepts.map((concept) => [concept, FIELD_TYPES[concept]!]));
}

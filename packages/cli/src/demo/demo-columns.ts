/**
 * The column order of the demo's generated tables: each concept's field order (F8), read from the
 * concept declarations of `@virta/concepts` (issue 13: never a second, hand-written list).
 */
import { getConcept } from "@virta/concepts";
import type { DemoData } from "./generate";

const DEMO_CONCEPTS: ReadonlyArray<keyof DemoData> = [
  "health_care_visit",
  "specialised_care_referral",
  "social_care_assessment",
  "child_welfare_case",
];

/**
 * The column order of each generated table (the concept's declared field order).
 *
 * @example
 * ```ts
 * DEMO_COLUMNS.health_care_visit[0]; // "visit_id"
 * ```
 */
export const DEMO_COLUMNS: Readonly<Record<keyof DemoData, readonly string[]>> = columnsOf(DEMO_CONCEPTS);

function columnsOf(concepts: ReadonlyArray<keyof DemoData>): Readonly<Record<keyof DemoData, readonly string[]>> {
  const columns = {} as Record<keyof DemoData, readonly string[]>;
  for (const concept of concepts) columns[concept] = getConcept(concept).fields.map((field) => field.name);
  return Object.freeze(columns);
}

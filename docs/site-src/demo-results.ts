/**
 * The demo data's results for the charts (issue 9): the synthetic data set of `virta demo`
 * (packages/cli/src/demo/generate.ts, two counties, 2024) computed with `compute()` and the in-memory
 * engine, once per availability indicator by organizer (the bar charts) and once by organizer and
 * Sotkanet age group for the comparison page, where small cells are suppressed (F20).
 */
import { dayNumber, formatDate, type Definition, type IndicatorResult } from "@virta/core";
import { catalogue, compute, memoryEngine } from "@virta/indicators";
import { generateDemoData, type DemoData } from "../../packages/cli/src/demo/generate";

/** The demo's year. */
export const DEMO_YEAR = 2024;

/** The period a definition takes in the demo year: the census date 31 December or the year. */
function demoPeriod(definition: Definition): string {
  return definition.periods === "census" ? formatDate(dayNumber(DEMO_YEAR, 12, 31)) : String(DEMO_YEAR);
}

/** Results of the availability indicators on the demo data, by id. */
export interface DemoResults {
  byOrganizer: Map<string, IndicatorResult>;
  byOrganizerAndAge: Map<string, IndicatorResult>;
  counties: string[];
  rows: Record<string, number>;
}

/**
 * Computes every availability indicator on the demo data.
 *
 * @example
 * ```ts
 * const demo = await demoResults();
 * demo.byOrganizer.get("availability.primary_care.within_14_days")!.rows.length; // 2 (counties 14 and 17)
 * ```
 */
export async function demoResults(visitsPerCounty = 6000): Promise<DemoResults> {
  const data: DemoData = generateDemoData({ year: DEMO_YEAR, visitsPerCounty });
  const byOrganizer = new Map<string, IndicatorResult>();
  const byOrganizerAndAge = new Map<string, IndicatorResult>();
  for (const entry of catalogue.list({ area: "availability" })) {
    const definition = entry.definition;
    const tables = Object.fromEntries(definition.concepts.map((concept) => [concept, data[concept as keyof DemoData]]));
    const common = {
      data: tables,
      period: demoPeriod(definition),
      engine: memoryEngine,
      definitionHash: entry.definition_hash,
    };
    byOrganizer.set(definition.id, await compute(definition, { ...common, by: ["organizer"] }));
    byOrganizerAndAge.set(
      definition.id,
      await compute(definition, { ...common, by: ["organizer", "age_group"], ageGroups: "sotkanet" }),
    );
  }
  const counties = [...new Set(data.health_care_visit.map((row) => row.organizer_code || ""))].filter(Boolean).sort();
  const rows = Object.fromEntries(Object.entries(data).map(([concept, list]) => [concept, (list as unknown[]).length]));
  return { byOrganizer, byOrganizerAndAge, counties, rows };
}

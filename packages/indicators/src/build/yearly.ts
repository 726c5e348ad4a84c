/**
 * Shared parts of the yearly indicators over aggregate tables (population, staff_fte, cost): period a
 * year (F26), rows of other years excluded `other_year` (F15), no suppression (indicators.md
 * "Disclosure": aggregate tables hold no persons), and the per-resident join to `population` of the
 * same year (F18).
 */
import type { JoinedDenominator } from "@virta/core";

/** The population of the cell's organizers in the period's year (F18). */
export const POPULATION_DENOMINATOR: { join: JoinedDenominator } = {
  join: { concept: "population", yearField: "year", population: [], sum: { field: "count" }, organizerField: "organizer_code" },
};

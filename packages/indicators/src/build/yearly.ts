/**
 * Shared parts of the yearly indicators over aggregate tables (population, staff_fte, cost): period a
 * year (F26), rows of other years excluded `other_year` (F15), no suppression (indicators.md
 * "Disclosure": aggregate tables hold no persons), and the per-resident join to `population` of the
 * same year (F18).
 */
import type { Definition, JoinedDenominator } from "@virta/core";
import { EDITION_1 } from "./changelog";
import { fieldsFor } from "./fields";

/** The population of the cell's organizers in the period's year (F18). */
export const POPULATION_DENOMINATOR: { join: JoinedDenominator } = {
  join: {
    concept: "population",
    yearField: "year",
    population: [],
    sum: { field: "count" },
    organizerField: "organizer_code",
  },
};

type YearlyParts = Pick<
  Definition,
  | "id"
  | "area"
  | "kind"
  | "unit"
  | "decimals"
  | "title"
  | "description"
  | "formula"
  | "numerator"
  | "scale"
  | "breakdowns"
  | "legalBasis"
> &
  Partial<Pick<Definition, "denominator">>;

/**
 * A yearly indicator over one aggregate table (`concept`), with `population` joined when the
 * denominator is the population of the cell's organizers.
 */
export function yearlyIndicator(concept: "population" | "staff_fte" | "cost", parts: YearlyParts): Definition {
  const joinsPopulation = parts.denominator !== undefined && "join" in parts.denominator;
  const concepts = joinsPopulation ? [concept, "population"] : [concept];
  return {
    version: "1.0.0",
    concepts,
    fields: fieldsFor(...concepts),
    source: { concept, yearField: "year", organizerField: "organizer_code" },
    periods: "year",
    asOf: false,
    let: {},
    population: [],
    disclosure: { policy: "national-1", basis: "none" },
    changelog: EDITION_1,
    ...parts,
  };
}

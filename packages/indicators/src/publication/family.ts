/**
 * Population families and the tables of a publication set (fine-print F35): indicators with the same
 * source concept, population rules and period are one family and are published with one suppression
 * pattern; a set's tables are, by default, those every indicator of the family allows among national,
 * organizer, organizer × age group and organizer × sex.
 */
import { canonicalJson, sha256Hex, UsageError, type Definition } from "@virta/core";

/** The default tables of a publication set, in publication order (F35). */
export const DEFAULT_TABLES: readonly (readonly string[])[] = Object.freeze([
  [],
  ["organizer"],
  ["organizer", "age_group"],
  ["organizer", "sex"],
]);

/**
 * The family key of a definition: a hash of everything that places a row in its population (source
 * concept and date, period form, as-of rule, population rules).
 *
 * @example
 * ```ts
 * familyKey(primaryCareWithin7Days) === familyKey(primaryCareWaitDaysMedian); // true (P-PC)
 * familyKey(primaryCareWithin7Days) === familyKey(oralCareWithin3Months); // false
 * ```
 */
export function familyKey(definition: Definition): string {
  const { concept, date, yearField } = definition.source;
  const population = definition.population.map((rule) => ({ reason: rule.reason, keep: rule.keep }));
  const identity = { concept, date, yearField, periods: definition.periods, asOf: definition.asOf, population };
  return `${concept}:${sha256Hex(canonicalJson({ ...identity, let: definition.let })).slice(0, 12)}`;
}

/**
 * Groups definitions into families, keeping the order in which they were given.
 *
 * @example
 * ```ts
 * groupFamilies([primaryCareWithin7Days, oralCareWithin3Months, primaryCareWaitDaysMedian]).length; // 2
 * ```
 */
export function groupFamilies(definitions: readonly Definition[]): Definition[][] {
  const groups = new Map<string, Definition[]>();
  for (const definition of definitions) {
    const key = familyKey(definition);
    const group = groups.get(key) ?? [];
    if (group.some((other) => other.id === definition.id)) {
      throw new UsageError("duplicate_indicator", `${definition.id} is given twice; name each indicator once`, {
        value: definition.id,
      });
    }
    group.push(definition);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The tables of a family's set: the default tables whose dimensions every indicator allows.
 *
 * @example
 * ```ts
 * setTables([primaryCareDoctorVisitsPerFte]); // [[], ["organizer"]]
 * ```
 */
export function setTables(family: readonly Definition[]): string[][] {
  return DEFAULT_TABLES.filter((dims) =>
    family.every((definition) => dims.every((dim) => Object.hasOwn(definition.breakdowns, dim))),
  ).map((dims) => [...dims]);
}

/** The name of a table in file names: `national`, `organizer`, `organizer_age_group`, … */
export const tableName = (dims: readonly string[]): string => (dims.length === 0 ? "national" : dims.join("_"));

/**
 * Age-group sets (classifications.md "Age-group sets"; F17): ordered bands with inclusive lower bounds
 * in completed years, the last band open, labelled `a-b` and `a+`. A caller may also write their own
 * set as `0-17,18-64,65+` (F17: it must start at 0, be contiguous and end with an open band); the set's
 * id is then that string, which the result records as the set's provenance.
 */
import { UsageError } from "../errors/index";

/** One band of an age-group set: ages `lower` … `upper` inclusive; `upper` is null for the open band. */
export interface AgeGroupBand {
  readonly label: string;
  readonly lower: number;
  readonly upper: number | null;
}

/** An ordered age-group set. */
export interface AgeGroupSet {
  /** The set's id (`sotkanet`, …) or, for a custom set, its written form (`0-17,18-64,65+`). */
  readonly id: string;
  readonly bands: readonly AgeGroupBand[];
  /**
   * True only for `feedback`, whose bands label the given `respondent_age_group` of customer feedback
   * and are never computed from an age (F17).
   */
  readonly labelsGiven: boolean;
}

/** The ids of the built-in sets, in the order classifications.md lists them. */
export const AGE_GROUP_SET_IDS = ["sotkanet", "statfin", "five_year", "elderly", "care_guarantee", "feedback"] as const;
/** The id of a built-in age-group set. */
export type AgeGroupSetId = (typeof AGE_GROUP_SET_IDS)[number];

/** The largest lower bound a band may have (an age table is built up to it). */
const MAX_LOWER_BOUND = 200;
const CUSTOM_FORM =
  "a custom set written like 0-17,18-64,65+ (bands a-b and a last open band a+, starting at 0, each starting one " +
  "year after the previous one ends)";

function bandsFromLowerBounds(lowers: readonly number[]): AgeGroupBand[] {
  return lowers.map((lower, index) => {
    const next = lowers[index + 1];
    const upper = next === undefined ? null : next - 1;
    return Object.freeze({ label: upper === null ? `${lower}+` : `${lower}-${upper}`, lower, upper });
  });
}

function makeSet(id: string, bands: readonly AgeGroupBand[], labelsGiven: boolean): AgeGroupSet {
  return Object.freeze({ id, bands: Object.freeze([...bands]), labelsGiven });
}

/**
 * The six built-in sets of classifications.md, by id.
 *
 * @example
 * ```ts
 * AGE_GROUP_SETS.statfin.bands.map((b) => b.label); // ["0-14", "15-64", "65-74", "75+"]
 * ```
 */
export const AGE_GROUP_SETS: Readonly<Record<AgeGroupSetId, AgeGroupSet>> = Object.freeze({
  sotkanet: makeSet("sotkanet", bandsFromLowerBounds([0, 7, 16, 25, 65, 75]), false),
  statfin: makeSet("statfin", bandsFromLowerBounds([0, 15, 65, 75]), false),
  five_year: makeSet("five_year", bandsFromLowerBounds(Array.from({ length: 18 }, (_, index) => index * 5)), false),
  elderly: makeSet("elderly", bandsFromLowerBounds([0, 65, 75, 85]), false),
  care_guarantee: makeSet("care_guarantee", bandsFromLowerBounds([0, 23]), false),
  feedback: makeSet("feedback", bandsFromLowerBounds([7, 13, 18, 65]), true),
});

function unknownSet(value: string, reason: string): UsageError {
  return new UsageError(
    "unknown_age_group_set",
    `age-group set ${JSON.stringify(value)}${reason}: expected one of ${AGE_GROUP_SET_IDS.join(", ")}, or ` +
      `${CUSTOM_FORM}`,
    { value, known: [...AGE_GROUP_SET_IDS] },
  );
}

const BAND_PATTERN = /^(0|[1-9]\d{0,2})(?:-(0|[1-9]\d{0,2})|(\+))$/;

function parseCustomSet(spec: string): AgeGroupSet {
  const parts = spec.split(",");
  const bands: AgeGroupBand[] = [];
  let expectedLower = 0;
  for (const [index, part] of parts.entries()) {
    const match = BAND_PATTERN.exec(part);
    if (match === null)
      throw unknownSet(spec, ` is not a known id and its band ${JSON.stringify(part)} is not written a-b or a+`);
    const lower = Number(match[1]);
    const isLast = index === parts.length - 1;
    if (lower !== expectedLower) {
      throw unknownSet(
        spec,
        index === 0
          ? " does not start at 0 (F17)"
          : ` is not contiguous: band ${part} should start at ${expectedLower}`,
      );
    }
    if (lower > MAX_LOWER_BOUND) throw unknownSet(spec, ` has a band starting above ${MAX_LOWER_BOUND}`);
    if (match[3] === "+") {
      if (!isLast) throw unknownSet(spec, ` has the open band ${part} before its end; only the last band may be open`);
      bands.push(Object.freeze({ label: part, lower, upper: null }));
    } else {
      const upper = Number(match[2]);
      if (upper < lower) throw unknownSet(spec, ` has the band ${part} whose end is before its start`);
      if (isLast)
        throw unknownSet(spec, ` ends with the closed band ${part}; the last band must be open, such as ${upper + 1}+`);
      bands.push(Object.freeze({ label: part, lower, upper }));
      expectedLower = upper + 1;
    }
  }
  return makeSet(spec, bands, false);
}

/**
 * A built-in set by id, or a custom set written like `0-17,18-64,65+` (F17); throws
 * `UsageError("unknown_age_group_set")` naming the value, the known ids and the custom form.
 *
 * @example
 * ```ts
 * resolveAgeGroupSet("elderly").bands.length; // 4
 * resolveAgeGroupSet("0-17,18-64,65+").id; // "0-17,18-64,65+"
 * resolveAgeGroupSet("5-17,18+"); // throws: does not start at 0 (F17)
 * ```
 */
export function resolveAgeGroupSet(idOrSpec: string): AgeGroupSet {
  if (typeof idOrSpec !== "string" || idOrSpec === "") throw unknownSet(String(idOrSpec), " is empty");
  if (Object.hasOwn(AGE_GROUP_SETS, idOrSpec)) return AGE_GROUP_SETS[idOrSpec as AgeGroupSetId];
  if (!/^[0-9]/.test(idOrSpec)) throw unknownSet(idOrSpec, " is not a known id");
  return parseCustomSet(idOrSpec);
}

/** Per set, the band index of every age 0 … the last lower bound (−1 below the first band). */
const ageTables = new WeakMap<AgeGroupSet, Int16Array>();

function ageTable(set: AgeGroupSet): Int16Array {
  let table = ageTables.get(set);
  if (table === undefined) {
    const last = set.bands[set.bands.length - 1];
    if (last === undefined || last.upper !== null) {
      throw new UsageError(
        "unknown_age_group_set",
        `age-group set ${JSON.stringify(set.id)} has no open last band: expected bands ending with a+`,
      );
    }
    table = new Int16Array(last.lower + 1).fill(-1);
    set.bands.forEach((band, index) =>
      table!.fill(index, band.lower, band.upper === null ? undefined : band.upper + 1),
    );
    ageTables.set(set, table);
  }
  return table;
}

/**
 * A fast band-index function for one set, for hot loops: the index of the band that holds `age`, or −1
 * for an age that no band holds (a negative or fractional age, or an age below the first band of
 * `feedback`).
 *
 * @example
 * ```ts
 * const indexOf = ageGroupIndexer(AGE_GROUP_SETS.sotkanet);
 * [indexOf(0), indexOf(6), indexOf(7), indexOf(75), indexOf(104)]; // [0, 0, 1, 5, 5]
 * ```
 */
export function ageGroupIndexer(set: AgeGroupSet): (age: number) => number {
  const table = ageTable(set);
  const lastIndex = table.length - 1;
  const openIndex = table[lastIndex]!;
  return (age: number): number => {
    if (age >= lastIndex) return Number.isFinite(age) && Number.isInteger(age) ? openIndex : -1;
    return age >= 0 && Number.isInteger(age) ? table[age]! : -1;
  };
}

/**
 * The index in `set.bands` of the band that holds `age` (completed years), or −1 when no band holds it.
 *
 * @example
 * ```ts
 * ageGroupIndex(AGE_GROUP_SETS.care_guarantee, 22); // 0
 * ageGroupIndex(AGE_GROUP_SETS.care_guarantee, 23); // 1
 * ageGroupIndex(AGE_GROUP_SETS.feedback, 5); // -1
 * ```
 */
export function ageGroupIndex(set: AgeGroupSet, age: number): number {
  const table = ageTable(set);
  if (!Number.isInteger(age) || age < 0) return -1;
  return age < table.length ? table[age]! : table[table.length - 1]!;
}

/**
 * The label of the band that holds `age`; throws `UsageError("age_not_in_set")` for an age no band
 * holds (a negative or fractional age, or under 7 in `feedback`).
 *
 * @example
 * ```ts
 * ageGroupOf(AGE_GROUP_SETS.sotkanet, 24); // "16-24"
 * ageGroupOf(resolveAgeGroupSet("0-17,18-64,65+"), 90); // "65+"
 * ```
 */
export function ageGroupOf(set: AgeGroupSet, age: number): string {
  const index = ageGroupIndex(set, age);
  if (index < 0) {
    const first = set.bands[0];
    throw new UsageError(
      "age_not_in_set",
      `age ${String(age)} is in no band of age-group set ${JSON.stringify(set.id)}: expected an integer age of at ` +
        `least ${first?.lower ?? 0}`,
      { value: age, set: set.id },
    );
  }
  return set.bands[index]!.label;
}

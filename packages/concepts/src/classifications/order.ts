/**
 * Classification order of breakdown codes, for sorting result rows (F19): within a dimension by
 * classification order — organizers in the code table's order, sex male/female/unknown, age and
 * waiting bands in band order, an enum in the order the concept lists it with `unknown` last — and
 * other codes (municipality, specialty, service code, months) by Unicode code point.
 */
import type { AgeGroupSet } from "@virta/core";
import { ENUM_CLASSIFICATIONS, type EnumDimension } from "./enums";
import { ORGANIZER_CODES } from "./organizers";
import { SEX_CODES } from "./sex";
import { AVAILABILITY_DAYS } from "./waiting-bands";

/** Options of the order helpers. */
export interface OrderOptions {
  /** The age-group set of the result (needed for `age_group`). */
  readonly ageGroups?: AgeGroupSet;
}

/**
 * The codes of a dimension in classification order, or `null` when the dimension sorts by code point.
 *
 * @example
 * ```ts
 * classificationOrder("sex"); // ["male", "female", "unknown"]
 * classificationOrder("wait_band"); // ["0", "1-7", "8-14", "15-28", "29-90", "91-180", "181+"]
 * classificationOrder("municipality"); // null (code point order)
 * ```
 */
export function classificationOrder(dimension: string, options: OrderOptions = {}): readonly string[] | null {
  switch (dimension) {
    case "organizer":
      return ORGANIZER_CODES;
    case "sex":
      return SEX_CODES;
    case "wait_band":
      return AVAILABILITY_DAYS.map((band) => band.label);
    case "age_group":
      return options.ageGroups === undefined ? null : options.ageGroups.bands.map((band) => band.label);
    default:
      return Object.hasOwn(ENUM_CLASSIFICATIONS, dimension)
        ? ENUM_CLASSIFICATIONS[dimension as EnumDimension].values
        : null;
  }
}

function compareCodePoints(a: string, b: string): number {
  // Code point order, not UTF-16 unit order: compare via the code points of the first difference.
  if (a === b) return 0;
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const difference = left[index]!.codePointAt(0)! - right[index]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/**
 * A comparator of the codes of one dimension in classification order (F19). Codes the classification
 * lists come first in its order; other codes follow by code point; `unknown` is always last.
 *
 * @example
 * ```ts
 * ["unknown", "female", "male"].sort(compareInDimension("sex")); // ["male", "female", "unknown"]
 * ["90", "14", "01"].sort(compareInDimension("organizer")); // ["01", "14", "90"]
 * ["S2", "nps", "S1"].sort(compareInDimension("question_code")); // ["nps", "S1", "S2"]
 * ```
 */
export function compareInDimension(dimension: string, options: OrderOptions = {}): (a: string, b: string) => number {
  const order = classificationOrder(dimension, options);
  const rank = new Map<string, number>();
  order?.forEach((code, index) => rank.set(code, index));
  return (a, b) => {
    if (a === b) return 0;
    if (a === "unknown") return 1;
    if (b === "unknown") return -1;
    const left = rank.get(a);
    const right = rank.get(b);
    if (left !== undefined && right !== undefined) return left - right;
    if (left !== undefined) return -1;
    if (right !== undefined) return 1;
    return compareCodePoints(a, b);
  };
}

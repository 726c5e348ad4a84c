/**
 * Age in completed years (täyttänyt ikä; calendar.md "Age"; F16): the number of birthdays that have
 * passed on the reference date, a birthday on the reference date itself counting. Someone born on
 * 29 February has the birthday on 1 March in common years (this specification's choice, F16).
 */
import { UsageError } from "../errors/index";
import { type DayNumber, formatDate, packedDate } from "./date";

/**
 * The age in completed years on `at` of someone born on `birth` (allocation-free). Throws
 * `UsageError("born_after_reference_date")` when `at` is before `birth`.
 *
 * Comparing (month, day) pairs gives F16's rule without a special case: in a common year no date lies
 * between 28 February and 1 March, so a 29 February birthday is passed exactly on 1 March.
 *
 * @example
 * ```ts
 * ageOn(parseDate("2001-03-10"), parseDate("2024-03-10")); // 23 (the birthday counts)
 * ageOn(parseDate("2001-03-10"), parseDate("2024-03-09")); // 22
 * ageOn(parseDate("2000-02-29"), parseDate("2023-02-28")); // 22
 * ageOn(parseDate("2000-02-29"), parseDate("2023-03-01")); // 23
 * ```
 */
export function ageOn(birth: DayNumber, at: DayNumber): number {
  if (!(at >= birth)) {
    throw new UsageError(
      "born_after_reference_date",
      `birth date ${Number.isInteger(birth) ? formatDate(birth) : String(birth)} is after the reference date ` +
        `${Number.isInteger(at) ? formatDate(at) : String(at)}: expected a birth date on or before it`,
      { birth, at },
    );
  }
  const born = packedDate(birth);
  const on = packedDate(at);
  // Packed dates are year·512 + month·32 + day, so the low nine bits order (month, day).
  return Math.floor(on / 512) - Math.floor(born / 512) - ((on & 511) < (born & 511) ? 1 : 0);
}

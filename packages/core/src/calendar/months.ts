/**
 * Calendar months (law 150/1930 3 §; calendar.md "Months"; F25): a period of N months after a date
 * ends on the same day of the month N months later, or on the last day of that month when it has no
 * such day. Used for "within 3 months"; never for age (F16).
 */
import { UsageError } from "../errors/index";
import { type DayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, formatDate, packedDate, unsafeDayNumber } from "./date";

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The date `n` calendar months after `day` (`n` may be negative or zero): the same day of the month,
 * or the last day of the target month when it is shorter.
 *
 * @example
 * ```ts
 * formatDate(addMonths(parseDate("2024-11-30"), 3)); // "2025-02-28"
 * formatDate(addMonths(parseDate("2023-11-30"), 3)); // "2024-02-29"
 * formatDate(addMonths(parseDate("2024-05-31"), 1)); // "2024-06-30"
 * ```
 */
export function addMonths(day: DayNumber, n: number): DayNumber {
  if (!Number.isSafeInteger(n)) {
    throw new UsageError(
      "invalid_month_count",
      `month count n = ${String(n)}: expected an integer number of months such as 3`,
      {
        value: n,
      },
    );
  }
  if (!Number.isInteger(day) || day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new UsageError(
      "invalid_date",
      `day number ${String(day)}: expected an integer day number of a date 0000-01-01 … 9999-12-31`,
      {
        value: day,
      },
    );
  }
  const packed = packedDate(day);
  const monthIndex = Math.floor(packed / 512) * 12 + ((packed >> 5) & 15) - 1 + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 0 || year > 9999) {
    throw new UsageError(
      "date_out_of_range",
      `${formatDate(day)} + ${String(n)} months falls outside 0000-01-01 … 9999-12-31: expected a smaller month count`,
      {
        day,
        n,
      },
    );
  }
  const length =
    month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : MONTH_LENGTHS[month - 1]!;
  return unsafeDayNumber(year, month, Math.min(packed & 31, length));
}

/**
 * Calendar dates as integer day numbers (days since 1970-01-01) and their strict ISO form.
 *
 * calendar.md "Dates are calendar dates": a date is a calendar date in Finland, never an instant, so
 * every computation here is integer arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
 * `days_from_civil` / `civil_from_days`). Nothing here touches `Date`, `Intl` or the host time zone.
 * Supported years: 0000–9999 (the years the four-digit ISO form can write).
 */
import { UsageError } from "../errors/index";

/** A calendar date as the number of days since 1970-01-01 (1970-01-01 = 0, 1969-12-31 = −1). */
export type DayNumber = number;

/** The parts of a calendar date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The smallest supported day number: 0000-01-01. */
export const MIN_DAY_NUMBER: DayNumber = -719_528;
/** The largest supported day number: 9999-12-31. */
export const MAX_DAY_NUMBER: DayNumber = 2_932_896;
/**
 * The earliest date a data value may hold: 0001-01-01 (F4, F34). Year 0000 is a calendar date here,
 * but PostgreSQL has no year 0 and DuckDB reads it as 1 BC, so every engine rejects a data date before
 * 0001-01-01 as `invalid_format`, and the numbers agree.
 */
export const MIN_DATA_DAY_NUMBER: DayNumber = -719_162;

const EXPECTED_DATE_FORM = "a date written YYYY-MM-DD, such as 2024-03-05";
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * isLeapYear(2000); // true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in `month` (1–12) of `year`.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 * daysInMonth(2024, 4); // 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new UsageError("invalid_date", `month ${String(month)}: expected an integer month 1–12`, { month });
  }
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** Day number of a civil date that is known to be valid (Hinnant's days_from_civil). */
export function unsafeDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  if (y < 0) return slowDayNumber(y, month, day);
  // Years 0–9999: every intermediate is a non-negative int32, so `| 0` truncates like floor.
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  return era * 146_097 + yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear - 719_468;
}

function slowDayNumber(y: number, month: number, day: number): DayNumber {
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

/** 1900-01-01; the table covers 1900–2099, where almost every birth and event date of an extract falls. */
const TABLE_FIRST_DAY = -25_567;
const TABLE_DAYS = 73_049;
let packedTable: Int32Array | null = null;

/**
 * The date of `day` packed into one number, `year · 512 + month · 32 + dayOfMonth`, so that hot loops
 * can compare and split dates without allocating (Hinnant's civil_from_days; for 1900–2099 one read of
 * a table made from it). Packed values order like the dates they encode.
 *
 * @example
 * ```ts
 * const packed = packedDate(dayNumber(2024, 3, 5));
 * [packed >> 9, (packed >> 5) & 15, packed & 31]; // [2024, 3, 5]
 * ```
 */
export function packedDate(day: DayNumber): number {
  const offset = day - TABLE_FIRST_DAY;
  if (offset >= 0 && offset < TABLE_DAYS && (offset | 0) === offset) return (packedTable ?? packTable())[offset]!;
  return civilPacked(day);
}

/**
 * The packed dates of 1900–2099 (292 KB, made on first use): a table read instead of the divisions of
 * civil_from_days, for the per-row age and month arithmetic of the engines (issue 14). Made by
 * `civilPacked` itself, so it gives exactly the same numbers.
 */
function packTable(): Int32Array {
  const table = new Int32Array(TABLE_DAYS);
  for (let offset = 0; offset < TABLE_DAYS; offset++) table[offset] = civilPacked(TABLE_FIRST_DAY + offset);
  packedTable = table;
  return table;
}

/** Hinnant's civil_from_days, packed. */
function civilPacked(day: DayNumber): number {
  const z = day + 719_468;
  if (z < 0 || z > 2_147_483_647) return slowPackedDate(z);
  // From 0000-03-01 on, every intermediate is a non-negative int32, so `| 0` truncates like floor.
  const era = (z / 146_097) | 0;
  const dayOfEra = z - era * 146_097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const monthFromMarch = ((5 * dayOfYear + 2) / 153) | 0;
  const dayOfMonth = dayOfYear - (((153 * monthFromMarch + 2) / 5) | 0) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 512 + month * 32 + dayOfMonth;
}

function slowPackedDate(z: number): number {
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 512 + month * 32 + dayOfMonth;
}

/**
 * The calendar year of `day`.
 *
 * @example
 * ```ts
 * yearOf(dayNumber(2024, 12, 31)); // 2024
 * ```
 */
export function yearOf(day: DayNumber): number {
  return Math.floor(packedDate(day) / 512);
}

/**
 * The month (1–12) of `day`.
 *
 * @example
 * ```ts
 * monthOf(dayNumber(2024, 3, 5)); // 3
 * ```
 */
export function monthOf(day: DayNumber): number {
  return (packedDate(day) >> 5) & 15;
}

function assertDayNumber(day: DayNumber, what: string): void {
  if (!Number.isInteger(day) || day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new UsageError(
      "invalid_date",
      `${what} ${String(day)}: expected an integer day number from ${MIN_DAY_NUMBER} (0000-01-01) to ` +
        `${MAX_DAY_NUMBER} (9999-12-31)`,
      { value: day },
    );
  }
}

/**
 * The day number of a calendar date; throws `UsageError("invalid_date")` for an impossible date or a
 * year outside 0000–9999.
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 1); // 0
 * dayNumber(2024, 3, 5); // 19787
 * dayNumber(2023, 2, 29); // throws: 2023-02-29 does not exist
 * ```
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  if (
    !Number.isInteger(year) ||
    year < 0 ||
    year > 9999 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new UsageError(
      "invalid_date",
      `date year ${String(year)}, month ${String(month)}, day ${String(day)} does not exist: expected a year ` +
        "0–9999, a month 1–12 and a day within that month",
      { year, month, day },
    );
  }
  return unsafeDayNumber(year, month, day);
}

/** Digit value of the character at `index`, or −1 when it is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The day number of the `YYYY-MM-DD` text at `offset`, or `NaN` when it is not a valid date. Shared by
 * the date and the date-time parsers and the CSV reader's day columns; reads exactly ten characters.
 *
 * @example
 * ```ts
 * scanDate("1,2024-03-05,x", 2); // 19787
 * scanDate("2023-02-29", 0); // NaN
 * ```
 */
export function scanDate(text: string, offset: number): DayNumber {
  const y0 = digitAt(text, offset),
    y1 = digitAt(text, offset + 1),
    y2 = digitAt(text, offset + 2);
  return dayOfDigits(
    y0 * 100 + y1 * 10 + y2,
    (y0 | y1 | y2) < 0,
    digitAt(text, offset + 3),
    digitAt(text, offset + 5),
    digitAt(text, offset + 6),
    digitAt(text, offset + 8),
    digitAt(text, offset + 9),
    text.charCodeAt(offset + 4) === 45 && text.charCodeAt(offset + 7) === 45,
  );
}

/**
 * The day number of a `YYYY-MM-DD` date from its parts, or `NaN` when it is no valid date: the first
 * three year digits as a number and whether one of them was no digit, the other digits one by one (−1
 * where the character is no digit), and whether both separators are `-`. The one
 * rule behind {@link scanDate} and `scanDateBytes` (the CSV reader's bytes, issue 14).
 *
 * @example
 * ```ts
 * dayOfDigits(202, false, 4, 0, 3, 0, 5, true); // 19787 (2024-03-05)
 * ```
 */
export function dayOfDigits(
  yearHead: number,
  badHead: boolean,
  y3: number,
  m0: number,
  m1: number,
  d0: number,
  d1: number,
  dashes: boolean,
): DayNumber {
  if (badHead || (y3 | m0 | m1 | d0 | d1) < 0 || !dashes) return Number.NaN;
  const year = yearHead * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const length = month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_LENGTHS[month - 1]!;
  if (day > length) return Number.NaN;
  return unsafeDayNumber(year, month, day);
}

/**
 * Parses a strict `YYYY-MM-DD` date, or returns `null` (never throws). No white space, no other form.
 *
 * @example
 * ```ts
 * tryParseDate("2024-02-29"); // 19782
 * tryParseDate("2023-02-29"); // null
 * tryParseDate("2024-3-5"); // null
 * ```
 */
export function tryParseDate(text: string): DayNumber | null {
  if (typeof text !== "string" || text.length !== 10) return null;
  const day = scanDate(text, 0);
  return Number.isNaN(day) ? null : day;
}

/**
 * Parses a strict `YYYY-MM-DD` date; throws `UsageError("invalid_date")` naming the value and the
 * expected form.
 *
 * @example
 * ```ts
 * parseDate("1970-01-02"); // 1
 * parseDate("2023-02-29"); // throws: date "2023-02-29" … expected a date written YYYY-MM-DD …
 * ```
 */
export function parseDate(text: string): DayNumber {
  const day = tryParseDate(text);
  if (day === null) {
    throw new UsageError(
      "invalid_date",
      `date ${JSON.stringify(text)} is not a valid calendar date: expected ${EXPECTED_DATE_FORM}`,
      {
        value: text,
      },
    );
  }
  return day;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, index) => String(index).padStart(2, "0"));

/**
 * The ISO `YYYY-MM-DD` form of a day number.
 *
 * @example
 * ```ts
 * formatDate(0); // "1970-01-01"
 * formatDate(19787); // "2024-03-05"
 * ```
 */
export function formatDate(day: DayNumber): string {
  assertDayNumber(day, "day number");
  const packed = packedDate(day);
  const year = Math.floor(packed / 512);
  return (
    `${TWO_DIGITS[(year / 100) | 0]}${TWO_DIGITS[year % 100]}-` +
    `${TWO_DIGITS[(packed >> 5) & 15]}-${TWO_DIGITS[packed & 31]}`
  );
}

/**
 * The year, month and day of a day number.
 *
 * @example
 * ```ts
 * dateParts(19787); // { year: 2024, month: 3, day: 5 }
 * ```
 */
export function dateParts(day: DayNumber): DateParts {
  assertDayNumber(day, "day number");
  const packed = packedDate(day);
  return { year: Math.floor(packed / 512), month: (packed >> 5) & 15, day: packed & 31 };
}

/**
 * The ISO weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
 *
 * @example
 * ```ts
 * weekday(0); // 4 (Thursday)
 * weekday(parseDate("2024-03-05")); // 2 (Tuesday)
 * ```
 */
export function weekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The date `n` calendar days after `day` (`n` may be negative).
 *
 * @example
 * ```ts
 * formatDate(addDays(parseDate("2024-02-28"), 2)); // "2024-03-01"
 * ```
 */
export function addDays(day: DayNumber, n: number): DayNumber {
  if (!Number.isInteger(n)) {
    throw new UsageError("invalid_day_count", `day count ${String(n)}: expected an integer number of days`, {
      value: n,
    });
  }
  return day + n;
}

/**
 * `days(a, b)` = `b − a`, the calendar days from `a` to `b` (calendar.md "Days between two dates");
 * the same day gives 0, and "within N days" means `days(a, b) ≤ N`.
 *
 * @example
 * ```ts
 * days(parseDate("2024-02-28"), parseDate("2024-03-01")); // 2
 * days(parseDate("2023-12-31"), parseDate("2024-01-01")); // 1
 * ```
 */
export function days(a: DayNumber, b: DayNumber): number {
  return b - a;
}

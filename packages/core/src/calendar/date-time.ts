/**
 * Date-times in input data, reduced to the calendar date in Finland (fine-print F4).
 *
 * F4: accepted are `YYYY-MM-DD` and RFC 3339 date-times with `T` or a space, optional fractional
 * seconds, and `Z`, `±HH:MM`, `±HHMM` or no offset. With an offset the instant is converted to
 * Europe/Helsinki and its date taken; without one the date part is taken literally.
 *
 * The Europe/Helsinki offsets are computed here from the rules of the IANA time zone database (no
 * `Date`, no `Intl`, no host time zone), so every engine that sets its session zone to Europe/Helsinki
 * (F4) agrees, also for historical instants:
 * - before 1921-05-01 Helsinki mean time, UTC+1:39:49;
 * - from then UTC+2 (EET), with summer time UTC+3 (EEST):
 *   - 1942: from 1942-04-02 22:00 UTC to 1942-10-03 22:00 UTC;
 *   - 1981–1982 (Finland's own rule): last Sunday of March 00:00 UTC to last Sunday of September 00:00 UTC;
 *   - 1983–1995 (EU rule): last Sunday of March 01:00 UTC to last Sunday of September 01:00 UTC;
 *   - from 1996 (EU rule): last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
 */
import { UsageError } from "../errors/index";
import { type DayNumber, daysInMonth, scanDate, unsafeDayNumber, weekday, yearOf } from "./date";

const SECONDS_PER_DAY = 86_400;
const EET = 7_200;
const EEST = 10_800;
const HELSINKI_MEAN_TIME = 5_989; // 1:39:49
/** 1921-05-01 00:00 Helsinki mean time, as UTC seconds: the switch to EET. */
const EET_FROM = unsafeDayNumber(1921, 5, 1) * SECONDS_PER_DAY - HELSINKI_MEAN_TIME;
const EXPECTED_DATE_TIME_FORM =
  "a date YYYY-MM-DD or an RFC 3339 date-time such as 2024-03-05T14:30:00, 2024-03-05 14:30:00.250+02:00 or " +
  "2024-03-05T12:30:00Z";

function lastSunday(year: number, month: number): DayNumber {
  const last = unsafeDayNumber(year, month, daysInMonth(year, month));
  return last - (weekday(last) % 7);
}

/** Summer time of one year as UTC seconds [start, end), or null when the year had none. */
function summerTime(year: number): readonly [number, number] | null {
  if (year === 1942) {
    return [
      unsafeDayNumber(1942, 4, 2) * SECONDS_PER_DAY + 22 * 3600,
      unsafeDayNumber(1942, 10, 3) * SECONDS_PER_DAY + 22 * 3600,
    ];
  }
  if (year < 1981) return null;
  const changeHour = year <= 1982 ? 0 : 3600;
  const endMonth = year <= 1995 ? 9 : 10;
  return [
    lastSunday(year, 3) * SECONDS_PER_DAY + changeHour,
    lastSunday(year, endMonth) * SECONDS_PER_DAY + changeHour,
  ];
}

/** The UTC days that the summer-time table covers: 1921-05-01 … 2200-12-31. */
const TABLE_FIRST_DAY = unsafeDayNumber(1921, 5, 1);
const TABLE_LAST_DAY = unsafeDayNumber(2200, 12, 31);

/**
 * Per UTC day, the whole UTC hours [from, until) of summer time, packed as `from · 32 + until`
 * (every change falls on a whole UTC hour: 00:00, 01:00 or 22:00). Built on first use (200 kB).
 */
let summerHours: Uint16Array | undefined;

function buildSummerHours(): Uint16Array {
  const table = new Uint16Array(TABLE_LAST_DAY - TABLE_FIRST_DAY + 1).fill(24 * 32); // from 24, until 0: none
  for (let year = 1921; year <= 2200; year += 1) {
    const range = summerTime(year);
    if (range === null) continue;
    const [start, end] = range;
    for (let day = Math.floor(start / SECONDS_PER_DAY); day * SECONDS_PER_DAY < end; day += 1) {
      const from = Math.max(0, (start - day * SECONDS_PER_DAY) / 3600);
      const until = Math.min(24, (end - day * SECONDS_PER_DAY) / 3600);
      table[day - TABLE_FIRST_DAY] = from * 32 + until;
    }
  }
  return table;
}

/**
 * The offset of Europe/Helsinki from UTC, in seconds, at the UTC instant `utcSeconds` (whole seconds).
 *
 * @example
 * ```ts
 * helsinkiOffsetSeconds(Date.UTC(2024, 2, 31, 0, 59, 59) / 1000); // 7200
 * helsinkiOffsetSeconds(Date.UTC(2024, 2, 31, 1, 0, 0) / 1000); // 10800
 * ```
 */
export function helsinkiOffsetSeconds(utcSeconds: number): number {
  if (utcSeconds < EET_FROM) return HELSINKI_MEAN_TIME;
  const utcDay = Math.floor(utcSeconds / SECONDS_PER_DAY);
  if (utcDay <= TABLE_LAST_DAY) {
    summerHours ??= buildSummerHours();
    // EET_FROM is 1921-04-30 22:20:11 UTC: the hours of that last day before the table are EET.
    const hours = utcDay < TABLE_FIRST_DAY ? 24 * 32 : summerHours[utcDay - TABLE_FIRST_DAY]!;
    const second = utcSeconds - utcDay * SECONDS_PER_DAY;
    return second >= (hours >> 5) * 3600 && second < (hours & 31) * 3600 ? EEST : EET;
  }
  const range = summerTime(yearOf(utcDay));
  return range !== null && utcSeconds >= range[0] && utcSeconds < range[1] ? EEST : EET;
}

/**
 * The Europe/Helsinki calendar date of an instant given in milliseconds since 1970-01-01T00:00:00Z.
 *
 * @example
 * ```ts
 * formatDate(helsinkiDateOfInstant(Date.UTC(2024, 2, 31, 23, 30))); // "2024-04-01" (UTC+3)
 * formatDate(helsinkiDateOfInstant(Date.UTC(2024, 0, 15, 21, 59, 59))); // "2024-01-15" (UTC+2)
 * formatDate(helsinkiDateOfInstant(Date.UTC(2024, 0, 15, 22, 0, 0))); // "2024-01-16"
 * ```
 */
export function helsinkiDateOfInstant(epochMilliseconds: number): DayNumber {
  if (!Number.isFinite(epochMilliseconds)) {
    throw new UsageError(
      "invalid_instant",
      `instant ${String(epochMilliseconds)}: expected a finite number of milliseconds since 1970-01-01T00:00:00Z`,
      {
        value: epochMilliseconds,
      },
    );
  }
  const utcSeconds = Math.floor(epochMilliseconds / 1000);
  return Math.floor((utcSeconds + helsinkiOffsetSeconds(utcSeconds)) / SECONDS_PER_DAY);
}

function twoDigits(text: string, index: number): number {
  const high = text.charCodeAt(index) - 48;
  const low = text.charCodeAt(index + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

/**
 * Parses a date or an RFC 3339 date-time to its calendar date in Finland (F4), or returns `null`
 * (never throws). Seconds are required in a date-time, as RFC 3339 writes them; a leap second `:60` is
 * accepted; `t` and `z` may be lower case (RFC 3339 5.6).
 *
 * @example
 * ```ts
 * tryParseDateOrDateTime("2024-03-31T23:30:00Z"); // the day number of 2024-04-01
 * tryParseDateOrDateTime("2024-03-31 23:30:00"); // the day number of 2024-03-31 (no offset: literal)
 * tryParseDateOrDateTime("2024-03-31T23:30"); // null (no seconds)
 * ```
 */
export function tryParseDateOrDateTime(text: string): DayNumber | null {
  if (typeof text !== "string") return null;
  const length = text.length;
  if (length < 10) return null;
  const date = scanDate(text, 0);
  if (Number.isNaN(date)) return null;
  if (length === 10) return date;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 19) return null; // T t space
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  let index = 19;
  if (index < length && text.charCodeAt(index) === 46) {
    index += 1;
    const fractionStart = index;
    while (index < length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index += 1;
    if (index === fractionStart) return null;
  }
  if (index === length) return date;
  const sign = text.charCodeAt(index);
  let offsetSeconds: number;
  if ((sign === 90 || sign === 122) && index + 1 === length) {
    offsetSeconds = 0; // Z z
  } else if (sign === 43 || sign === 45) {
    const offsetHour = twoDigits(text, index + 1);
    let offsetMinute: number;
    if (index + 6 === length && text.charCodeAt(index + 3) === 58) offsetMinute = twoDigits(text, index + 4);
    else if (index + 5 === length) offsetMinute = twoDigits(text, index + 3);
    else return null;
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return null;
    offsetSeconds = (sign === 45 ? -1 : 1) * (offsetHour * 3600 + offsetMinute * 60);
  } else {
    return null;
  }
  // The fraction never moves the calendar date: midnights and the summer-time changes fall on whole seconds.
  const utcSeconds = date * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
  return Math.floor((utcSeconds + helsinkiOffsetSeconds(utcSeconds)) / SECONDS_PER_DAY);
}

/**
 * Parses a date or an RFC 3339 date-time to its calendar date in Finland (F4); throws
 * `UsageError("invalid_date")` naming the value and the accepted forms.
 *
 * @example
 * ```ts
 * formatDate(parseDateOrDateTime("2024-03-31T23:30:00Z")); // "2024-04-01"
 * formatDate(parseDateOrDateTime("2024-10-27T21:30:00+0000")); // "2024-10-27" (UTC+2 again)
 * formatDate(parseDateOrDateTime("2024-06-30 23:59:59.999")); // "2024-06-30"
 * ```
 */
export function parseDateOrDateTime(text: string): DayNumber {
  const day = tryParseDateOrDateTime(text);
  if (day === null) {
    throw new UsageError(
      "invalid_date",
      `date-time ${JSON.stringify(text)} is not valid: expected ${EXPECTED_DATE_TIME_FORM}`,
      {
        value: text,
      },
    );
  }
  return day;
}

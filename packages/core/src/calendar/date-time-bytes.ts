/**
 * `tryParseDateOrDateTime` over UTF-8 bytes (issue 14: the CSV reader's worker reads the date-times of
 * day columns from the file's bytes without making a string per cell). The same rule (fine-print F4: a
 * `YYYY-MM-DD` date, or an RFC 3339 date-time with `T`, `t` or a space, seconds required, an optional
 * fraction, and `Z`, `z`, `±HH:MM`, `±HHMM` or no offset; with an offset the Helsinki date of the
 * instant), through the same `scanDateBytes` and `helsinkiOffsetSeconds`.
 */
import type { DayNumber } from "./date";
import { scanDateBytes } from "./date-bytes";
import { helsinkiOffsetSeconds } from "./date-time";

const SECONDS_PER_DAY = 86_400;

/** The two-digit number of the bytes at `index`, or −1 when they are not two ASCII digits. */
function twoDigits(bytes: Uint8Array, index: number): number {
  const high = bytes[index]! - 48;
  const low = bytes[index + 1]! - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

/**
 * The calendar date in Finland of the date or date-time `bytes[start, end)`, or `NaN` when it is
 * neither (F4; exactly `tryParseDateOrDateTime` of the same text).
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode("2024-03-31T23:30:00Z");
 * scanDateTimeBytes(bytes, 0, bytes.length); // 19814, the day number of 2024-04-01 (UTC+3)
 * ```
 */
export function scanDateTimeBytes(bytes: Uint8Array, start: number, end: number): DayNumber {
  const length = end - start;
  if (length < 10) return Number.NaN;
  const date = scanDateBytes(bytes, start);
  if (Number.isNaN(date) || length === 10) return date;
  const separator = bytes[start + 10];
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 19) return Number.NaN; // T t space
  const hour = twoDigits(bytes, start + 11);
  const minute = twoDigits(bytes, start + 14);
  const second = twoDigits(bytes, start + 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return Number.NaN;
  if (bytes[start + 13] !== 58 || bytes[start + 16] !== 58) return Number.NaN;
  let index = start + 19;
  if (index < end && bytes[index] === 46) {
    index += 1;
    const fractionStart = index;
    while (index < end && bytes[index]! >= 48 && bytes[index]! <= 57) index += 1;
    if (index === fractionStart) return Number.NaN;
  }
  if (index === end) return date;
  const sign = bytes[index];
  let offsetSeconds: number;
  if ((sign === 90 || sign === 122) && index + 1 === end)
    offsetSeconds = 0; // Z z
  else if (sign === 43 || sign === 45) {
    const offsetHour = index + 3 <= end ? twoDigits(bytes, index + 1) : -1;
    let offsetMinute: number;
    if (index + 6 === end && bytes[index + 3] === 58) offsetMinute = twoDigits(bytes, index + 4);
    else if (index + 5 === end) offsetMinute = twoDigits(bytes, index + 3);
    else return Number.NaN;
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return Number.NaN;
    offsetSeconds = (sign === 45 ? -1 : 1) * (offsetHour * 3600 + offsetMinute * 60);
  } else return Number.NaN;
  // The fraction never moves the calendar date: midnights and the summer-time changes fall on whole seconds.
  const utcSeconds = date * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
  return Math.floor((utcSeconds + helsinkiOffsetSeconds(utcSeconds)) / SECONDS_PER_DAY);
}

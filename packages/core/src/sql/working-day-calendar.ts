/**
 * The generated Finnish working-day calendar for SQL (calendar.md "Working days"; law 150/1930 2 §, 5 §):
 * one row per day of the needed years with the deadline of n working days after it. Written compactly
 * (issue 15) so that a region can read it and run it without creating a table: the days come from a
 * number series (digits 0–9 cross-joined), Monday–Friday from the day's offset, and only the exceptions
 * — the Finnish public holidays on Monday–Friday, from core's own holiday table (the one the in-memory
 * engine uses) — are listed as dates. The deadline of n working days after a day is the working day
 * whose running count is the day's running count + n (the day itself not counted, 150/1930 2 §).
 * `workingDayCalendar` gives the same rows in memory; the adapters' tests compare the two.
 */
import { dayNumber, formatDate, weekday, type DayNumber } from "../calendar/date";
import { isFinnishHoliday } from "../calendar/holidays";
import { workingDayDeadline, WORKING_DAY_RANGE_END, WORKING_DAY_RANGE_START } from "../calendar/working-days";
import type { SqlDialect } from "./dialect";
import { cteSql, selectSql } from "./sql-format";

/** One calendar row: a day and its deadline per working-day count. */
export interface CalendarRow {
  day: DayNumber;
  deadlines: DayNumber[];
}

/** The days of the calendar of `firstYear` … `lastYear` (empty when first > last). */
function calendarSpan(firstYear: number, lastYear: number): { first: DayNumber; last: DayNumber } {
  // The same years as the in-memory engine (1900–2200); a period or as-of outside them gives fewer rows
  // (and deadlines NULL), never an error (issue 15: the same exit codes on every engine).
  const first = Math.max(dayNumber(Math.min(Math.max(firstYear, 1900), 2201), 1, 1), WORKING_DAY_RANGE_START);
  const last = Math.min(dayNumber(Math.min(Math.max(lastYear, 1899), 2200), 12, 31), WORKING_DAY_RANGE_END - 40);
  return { first, last };
}

/**
 * The calendar rows of the years `firstYear` … `lastYear` for the working-day counts `counts`.
 *
 * @example
 * ```ts
 * const rows = workingDayCalendar(2024, 2024, [7]);
 * formatDate(rows[85]!.deadlines[0]!); // "2024-04-08" (2024-03-26 + 7 working days: Good Friday, Easter Monday)
 * ```
 */
export function workingDayCalendar(firstYear: number, lastYear: number, counts: number[]): CalendarRow[] {
  const { first, last } = calendarSpan(firstYear, lastYear);
  const rows: CalendarRow[] = [];
  for (let day = first; day <= last; day++)
    rows.push({ day, deadlines: counts.map((n) => workingDayDeadline(day, n)) });
  return rows;
}

/**
 * The calendar as named CTEs, the last one `"__calendar"` with columns `"__day"` and `"__deadline_<n>"`
 * (the same rows as `workingDayCalendar(firstYear, lastYear, counts)`).
 *
 * @example
 * ```ts
 * calendarCtes(duckdbDialect, 2023, 2025, [7]).at(-1)!.startsWith('"__calendar" AS ('); // true
 * ```
 */
export function calendarCtes(dialect: SqlDialect, firstYear: number, lastYear: number, counts: number[]): string[] {
  const q = dialect.quoteIdentifier;
  const { first, last } = calendarSpan(firstYear, lastYear);
  const day = q("__day");
  const deadlines = counts.map((n) => q(`__deadline_${n}`));
  if (first > last) {
    const empty = [day, ...deadlines].map((column) => `CAST(NULL AS DATE) AS ${column}`);
    return [cteSql(dialect, "__calendar", `SELECT ${empty.join(", ")} WHERE 1 = 0`)];
  }
  // Days through the latest deadline of the last day, so that every deadline is a generated working day.
  const end = Math.max(...counts.map((n) => workingDayDeadline(last, n)));
  const size = end - first + 1;
  let digits = 1;
  while (10 ** digits < size) digits += 1;
  const byYear = new Map<string, string[]>(); // the holidays of a year, five a line (issue 15: 120 a line)
  for (let d = first; d <= end; d++)
    if (weekday(d) <= 5 && isFinnishHoliday(d)) {
      const iso = formatDate(d);
      const line = byYear.get(iso.slice(0, 4)) ?? [];
      line.push(`(${dialect.dateLiteral(iso)})`);
      byYear.set(iso.slice(0, 4), line);
    }
  const holidays = [...byYear.values()].flatMap((year) =>
    Array.from({ length: Math.ceil(year.length / 5) }, (_, i) => year.slice(i * 5, i * 5 + 5).join(", ")),
  );
  const k = q("k");
  const digit = (index: number): string => q(`d${index}`);
  const number = Array.from({ length: digits }, (_, i) => `${i === 0 ? "" : `${10 ** i} * `}${digit(i)}.${k}`);
  const joins = Array.from(
    { length: digits - 1 },
    (_, i) => ` CROSS JOIN ${q("__calendar_digits")} AS ${digit(i + 1)}`,
  );
  const [n, h, c] = [q("__n"), q("__h"), q("__c")];
  const numbers = `SELECT ${number.join(" + ")} AS ${k} FROM ${q("__calendar_digits")} AS ${digit(0)}${joins.join("")}`;
  const date = dialect.addDays(dialect.dateLiteral(formatDate(first)), `${n}.${k}`);
  const monday = weekday(first) - 1; // day 0's offset from Monday: day k is Monday–Friday when (k + it) % 7 < 5
  const working = `CASE WHEN (${n}.${k} + ${monday}) % 7 < 5 AND ${h}.${day} IS NULL THEN 1 ELSE 0 END`;
  const holidayBody =
    holidays.length === 0
      ? `SELECT CAST(NULL AS DATE) AS ${day} WHERE 1 = 0`
      : `SELECT * FROM (VALUES\n      ${holidays.join(",\n      ")}\n    ) AS ${q("__hd")} (${day})`;
  const tenDigits = Array.from({ length: 10 }, (_, i) => `(${i})`).join(", ");
  const dayClauses = [
    `FROM (${numbers}) AS ${n}`,
    `LEFT JOIN ${q("__calendar_holidays")} AS ${h} ON ${h}.${day} = ${date}`,
    `WHERE ${n}.${k} < ${size}`,
  ];
  return [
    cteSql(dialect, "__calendar_digits", `SELECT * FROM (VALUES ${tenDigits}) AS ${q("__dg")} (${k})`),
    cteSql(dialect, "__calendar_holidays", holidayBody),
    cteSql(dialect, "__calendar_days", selectSql([`${date} AS ${day}`, `${working} AS ${q("__working")}`], dayClauses)),
    cteSql(
      dialect,
      "__calendar_counts",
      selectSql(
        [day, q("__working"), `SUM(${q("__working")}) OVER (ORDER BY ${day}) AS ${q("__through")}`],
        [`FROM ${q("__calendar_days")}`],
      ),
    ),
    cteSql(
      dialect,
      "__calendar",
      selectSql(
        [`${c}.${day}`, ...counts.map((count, i) => `${q(`__w${count}`)}.${day} AS ${deadlines[i]}`)],
        [
          `FROM ${q("__calendar_counts")} AS ${c}`,
          ...counts.map((count) => {
            const wn = q(`__w${count}`);
            return (
              `LEFT JOIN ${q("__calendar_counts")} AS ${wn} ON ${wn}.${q("__working")} = 1` +
              ` AND ${wn}.${q("__through")} = ${c}.${q("__through")} + ${count}`
            );
          }),
          `WHERE ${c}.${day} <= ${dialect.dateLiteral(formatDate(last))}`,
        ],
      ),
    ),
  ];
}

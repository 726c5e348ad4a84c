/**
 * The generated Finnish working-day calendar for SQL (calendar.md "Working days"; law 150/1930 2 §, 5 §):
 * one row per day of the needed years with the deadline of n working days after it, computed by core's
 * `workingDayDeadline` (the same holidays the in-memory engine uses), written as a VALUES list so that a
 * region can run the emitted SQL without creating a table. The dates come from our own table, never
 * from data or options.
 */
import { dayNumber, formatDate, type DayNumber } from "../calendar/date";
import { workingDayDeadline, WORKING_DAY_RANGE_END, WORKING_DAY_RANGE_START } from "../calendar/working-days";
import type { SqlDialect } from "./dialect";

/** One calendar row: a day and its deadline per working-day count. */
export interface CalendarRow {
  day: DayNumber;
  deadlines: DayNumber[];
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
  // The same years as the in-memory engine (1900–2200); a period or as-of outside them gives fewer rows
  // (and deadlines NULL), never an error (issue 15: the same exit codes on every engine).
  const first = Math.max(dayNumber(Math.min(Math.max(firstYear, 1900), 2201), 1, 1), WORKING_DAY_RANGE_START);
  const last = Math.min(dayNumber(Math.min(Math.max(lastYear, 1899), 2200), 12, 31), WORKING_DAY_RANGE_END - 40);
  const rows: CalendarRow[] = [];
  for (let day = first; day <= last; day++)
    rows.push({ day, deadlines: counts.map((n) => workingDayDeadline(day, n)) });
  return rows;
}

/**
 * The calendar as a SQL VALUES list with columns `"__day"` and `"__deadline_<n>"`.
 *
 * @example
 * ```ts
 * calendarValuesSql(duckdbDialect, workingDayCalendar(2024, 2024, [7]), [7]).slice(0, 60);
 * ```
 */
export function calendarValuesSql(dialect: SqlDialect, rows: CalendarRow[], counts: number[]): string {
  const columns = [dialect.quoteIdentifier("__day"), ...counts.map((n) => dialect.quoteIdentifier(`__deadline_${n}`))];
  if (rows.length === 0)
    return `SELECT ${columns.map((column) => `CAST(NULL AS DATE) AS ${column}`).join(", ")} WHERE 1 = 0`;
  const values = rows.map(
    (row) => `(${[row.day, ...row.deadlines].map((day) => dialect.dateLiteral(formatDate(day))).join(", ")})`,
  );
  return `SELECT * FROM (VALUES ${values.join(",\n")}) AS ${dialect.quoteIdentifier("__cal")} (${columns.join(", ")})`;
}

/**
 * Working days (arkipäivät) and deadlines counted in working days (calendar.md "Working days";
 * law 150/1930 2 § and 5 §; THL, Lastensuojelun käsikirja, "Lastensuojelun aikarajat").
 *
 * A working day is Monday–Friday that is not a Finnish public holiday; Saturdays are never working days
 * ("arkipäivänä ei pidetä pyhäpäiviä eikä arkilauantaita"). The day a matter was opened is not counted
 * (150/1930 2 §): the deadline of N working days after `a` is the Nth working day strictly after `a`.
 *
 * The working days of 1900-01-01 … 2200-12-31 are tabulated once, on first use: a cumulative count
 * per day and the list of working days, so both functions are O(1). Dates outside that range throw.
 */
import { UsageError } from "../errors/index";
import { type DayNumber, formatDate, unsafeDayNumber, weekday } from "./date";
import { isFinnishHoliday } from "./holidays";

/** The first date the working-day table covers: 1900-01-01. */
export const WORKING_DAY_RANGE_START: DayNumber = unsafeDayNumber(1900, 1, 1);
/** The last date the working-day table covers: 2200-12-31. */
export const WORKING_DAY_RANGE_END: DayNumber = unsafeDayNumber(2200, 12, 31);

interface WorkingDayTable {
  /** `countThrough[i]` = working days in [range start, range start + i]. */
  readonly countThrough: Int32Array;
  /** The working days of the range in order. */
  readonly workingDays: Int32Array;
}

let table: WorkingDayTable | undefined;

function buildTable(): WorkingDayTable {
  const size = WORKING_DAY_RANGE_END - WORKING_DAY_RANGE_START + 1;
  const countThrough = new Int32Array(size);
  const list: number[] = [];
  let count = 0;
  for (let index = 0; index < size; index += 1) {
    const day = WORKING_DAY_RANGE_START + index;
    if (weekday(day) <= 5 && !isFinnishHoliday(day)) {
      count += 1;
      list.push(day);
    }
    countThrough[index] = count;
  }
  return { countThrough, workingDays: Int32Array.from(list) };
}

function workingDayTable(): WorkingDayTable {
  table ??= buildTable();
  return table;
}

function rangeIndex(day: DayNumber, name: string): number {
  if (!Number.isInteger(day) || day < WORKING_DAY_RANGE_START || day > WORKING_DAY_RANGE_END) {
    const shown =
      Number.isInteger(day) && Math.abs(day) < 3_000_000 ? `${String(day)} (${formatDate(day)})` : String(day);
    throw new UsageError(
      "date_out_of_range",
      `${name} ${shown}: working days are tabulated for 1900-01-01 … 2200-12-31 only; expected an integer day ` +
        `number from ${WORKING_DAY_RANGE_START} to ${WORKING_DAY_RANGE_END}`,
      { value: day },
    );
  }
  return day - WORKING_DAY_RANGE_START;
}

/**
 * Whether `day` is a working day: Monday–Friday and not a Finnish public holiday.
 *
 * @example
 * ```ts
 * isWorkingDay(parseDate("2024-03-29")); // false (Good Friday)
 * isWorkingDay(parseDate("2024-04-27")); // false (a Saturday)
 * isWorkingDay(parseDate("2024-04-29")); // true
 * ```
 */
export function isWorkingDay(day: DayNumber): boolean {
  const index = rangeIndex(day, "date");
  const { countThrough } = workingDayTable();
  return index === 0 ? countThrough[0] === 1 : countThrough[index]! !== countThrough[index - 1]!;
}

/**
 * The deadline of `n` working days after `start`: the nth working day strictly after `start` (the
 * opening day is not counted, 150/1930 2 §). `n` must be a positive integer.
 *
 * @example
 * ```ts
 * formatDate(workingDayDeadline(parseDate("2024-03-26"), 7)); // "2024-04-08" (Good Friday, Easter Monday)
 * formatDate(workingDayDeadline(parseDate("2024-12-20"), 7)); // "2025-01-07"
 * formatDate(workingDayDeadline(parseDate("2024-04-27"), 1)); // "2024-04-29" (opened on a Saturday)
 * ```
 */
export function workingDayDeadline(start: DayNumber, n: number): DayNumber {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(
      "invalid_working_day_count",
      `working-day count n = ${String(n)}: expected a positive integer such as 7`,
      {
        value: n,
      },
    );
  }
  const { countThrough, workingDays } = workingDayTable();
  const position = countThrough[rangeIndex(start, "start date")]! + n - 1;
  const deadline = workingDays[position];
  if (deadline === undefined) {
    throw new UsageError(
      "date_out_of_range",
      `the ${String(n)}th working day after ${formatDate(start)} falls after 2200-12-31, the end of the working-day ` +
        "table: expected a smaller n or an earlier start",
      { start, n },
    );
  }
  return deadline;
}

/**
 * The number of working days `d` with `a < d ≤ b` (0 when `b ≤ a`), so that
 * `workingDaysBetween(a, workingDayDeadline(a, n)) = n`.
 *
 * @example
 * ```ts
 * workingDaysBetween(parseDate("2024-03-05"), parseDate("2024-03-14")); // 7
 * workingDaysBetween(parseDate("2024-03-14"), parseDate("2024-03-05")); // 0
 * ```
 */
export function workingDaysBetween(a: DayNumber, b: DayNumber): number {
  const from = rangeIndex(a, "first date");
  const to = rangeIndex(b, "second date");
  if (to <= from) return 0;
  const { countThrough } = workingDayTable();
  return countThrough[to]! - countThrough[from]!;
}

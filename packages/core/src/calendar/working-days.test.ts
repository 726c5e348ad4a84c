import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { dayNumber, formatDate, parseDate, weekday } from "./date";
import { isFinnishHoliday } from "./holidays";
import {
  WORKING_DAY_RANGE_END,
  WORKING_DAY_RANGE_START,
  isWorkingDay,
  workingDayDeadline,
  workingDaysBetween,
} from "./working-days";

const deadline = (opened: string, n: number) => formatDate(workingDayDeadline(parseDate(opened), n));
const inRange = fc.integer({ min: WORKING_DAY_RANGE_START + 31, max: WORKING_DAY_RANGE_END - 400 });

describe("workingDayDeadline: calendar.md worked examples (law 150/1930 2 §)", () => {
  it.each([
    ["2024-03-05", 7, "2024-03-14", "plain weeks (THL: opened on a Tuesday → Thursday of the following week)"],
    ["2024-03-26", 7, "2024-04-08", "Good Friday 29.3 and Easter Monday 1.4 are not working days"],
    ["2024-06-18", 7, "2024-06-28", "Midsummer Eve 21.6 is not a working day"],
    ["2024-12-20", 7, "2025-01-07", "24, 25, 26.12, 1.1 and Epiphany Mon 6.1 are not working days"],
    ["2024-12-06", 3, "2024-12-11", "Independence Day is the opening day itself"],
    ["2024-04-27", 1, "2024-04-29", "opened on a Saturday"],
  ])("opened %s, N = %i → %s (%s)", (opened, n, expected) => {
    expect(deadline(opened, n)).toBe(expected);
    expect(workingDaysBetween(parseDate(opened), parseDate(expected))).toBe(n);
  });

  it("does not count the opening day even when it is a working day", () => {
    expect(deadline("2024-03-04", 1)).toBe("2024-03-05");
    expect(deadline("2024-03-08", 1)).toBe("2024-03-11"); // Friday → Monday
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses n = %s, naming n", (n) => {
    expect(() => workingDayDeadline(parseDate("2024-03-05"), n)).toThrow(UsageError);
    expect(() => workingDayDeadline(parseDate("2024-03-05"), n)).toThrow(
      `working-day count n = ${String(n)}: expected a positive integer such as 7`,
    );
  });

  it("refuses dates outside the tabulated range 1900–2200, naming the date", () => {
    expect(() => workingDayDeadline(dayNumber(1899, 12, 31), 1)).toThrow(
      /start date -25568 \(1899-12-31\): working days are tabulated for 1900-01-01 … 2200-12-31/,
    );
    expect(() => workingDayDeadline(dayNumber(2200, 12, 30), 5)).toThrow(/falls after 2200-12-31/);
    expect(() => isWorkingDay(dayNumber(2201, 1, 1))).toThrow(/date 84371 \(2201-01-01\)/);
    expect(() => workingDaysBetween(0, 1e12)).toThrow(/second date 1000000000000: working days are tabulated/);
  });
});

describe("isWorkingDay (Saturdays and holidays are not working days, 150/1930 5 §)", () => {
  it("classifies single days", () => {
    expect(isWorkingDay(parseDate("2024-03-29"))).toBe(false); // Good Friday
    expect(isWorkingDay(parseDate("2024-04-01"))).toBe(false); // Easter Monday
    expect(isWorkingDay(parseDate("2024-04-27"))).toBe(false); // Saturday
    expect(isWorkingDay(parseDate("2024-04-28"))).toBe(false); // Sunday
    expect(isWorkingDay(parseDate("2024-04-29"))).toBe(true);
    expect(isWorkingDay(parseDate("2025-01-06"))).toBe(false); // Epiphany on a Monday
    expect(isWorkingDay(parseDate("2024-05-09"))).toBe(false); // Ascension Day
    expect(isWorkingDay(WORKING_DAY_RANGE_START)).toBe(false); // 1900-01-01, New Year's Day
    expect(isWorkingDay(dayNumber(1900, 1, 2))).toBe(true);
  });

  it("counts 252 working days in 2024 (262 weekdays − 10 holidays on weekdays)", () => {
    expect(workingDaysBetween(parseDate("2023-12-31"), parseDate("2024-12-31"))).toBe(252);
  });

  it("agrees with Monday–Friday minus holidays (property)", () => {
    fc.assert(
      fc.property(inRange, (day) => {
        expect(isWorkingDay(day)).toBe(weekday(day) <= 5 && !isFinnishHoliday(day));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("working-day properties", () => {
  it("a deadline is a working day strictly after the start, with exactly n working days up to it", () => {
    fc.assert(
      fc.property(inRange, fc.integer({ min: 1, max: 200 }), (start, n) => {
        const end = workingDayDeadline(start, n);
        expect(end).toBeGreaterThan(start);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(workingDaysBetween(start, end - 1)).toBe(n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("workingDaysBetween counts d with a < d ≤ b, and 0 when b ≤ a (property)", () => {
    fc.assert(
      fc.property(inRange, fc.integer({ min: -30, max: 60 }), (a, span) => {
        const b = a + span;
        let count = 0;
        for (let d = a + 1; d <= b; d += 1) if (weekday(d) <= 5 && !isFinnishHoliday(d)) count += 1;
        expect(workingDaysBetween(a, b)).toBe(count);
      }),
      { numRuns: 2000 },
    );
  });
});

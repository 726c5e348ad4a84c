import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { dateParts, daysInMonth, formatDate, parseDate } from "./date";
import { addMonths } from "./months";

const plus = (date: string, n: number) => formatDate(addMonths(parseDate(date), n));

describe("addMonths (law 150/1930 3 §, calendar.md Months)", () => {
  it.each([
    ["2024-11-30", 3, "2025-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-05-31", 1, "2024-06-30"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-15", 3, "2024-06-15"],
    ["2024-10-31", 3, "2025-01-31"],
    ["2024-08-31", 6, "2025-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-01-15", -13, "2022-12-15"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-07-04", 0, "2024-07-04"],
  ])("%s + %i months = %s", (date, n, expected) => {
    expect(plus(date, n)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses n = %s, naming n", (n) => {
    expect(() => addMonths(parseDate("2024-01-31"), n)).toThrow(UsageError);
    expect(() => addMonths(parseDate("2024-01-31"), n)).toThrow(
      `month count n = ${String(n)}: expected an integer number of months`,
    );
  });

  it("refuses a result outside 0000–9999", () => {
    expect(() => addMonths(parseDate("9999-12-01"), 1)).toThrow(/9999-12-01 \+ 1 months falls outside/);
  });

  it("never overflows the month and keeps the day when it exists (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseDate("1900-01-01"), max: parseDate("2200-12-31") }),
        fc.integer({ min: -240, max: 240 }),
        (day, n) => {
          const from = dateParts(day);
          const to = dateParts(addMonths(day, n));
          const monthIndex = from.year * 12 + from.month - 1 + n;
          expect(to.year * 12 + to.month - 1).toBe(monthIndex);
          expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

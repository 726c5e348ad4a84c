import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  addDays,
  dateParts,
  dayNumber,
  days,
  daysInMonth,
  formatDate,
  isLeapYear,
  monthOf,
  packedDate,
  parseDate,
  tryParseDate,
  weekday,
  yearOf,
} from "./date";

/** An independent oracle: Date.UTC works in UTC whatever the host zone. */
const utcDays = (year: number, month: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
};

describe("day numbers (calendar.md: dates are calendar dates)", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2024, 1, 1)).toBe(19_723);
    expect(dayNumber(2024, 3, 5)).toBe(19_723 + 31 + 29 + 4);
    expect(dayNumber(0, 1, 1)).toBe(MIN_DAY_NUMBER);
    expect(dayNumber(9999, 12, 31)).toBe(MAX_DAY_NUMBER);
  });

  it("agrees with Date.UTC on every date of years 0–9999 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          fc.pre(day <= daysInMonth(year, month));
          const expected = utcDays(year, month, day);
          expect(dayNumber(year, month, day)).toBe(expected);
          expect(dateParts(expected)).toEqual({ year, month, day });
          expect(yearOf(expected)).toBe(year);
          expect(monthOf(expected)).toBe(month);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("packs dates so that packed values order like the dates", () => {
    const packed = packedDate(dayNumber(2024, 3, 5));
    expect([Math.floor(packed / 512), (packed >> 5) & 15, packed & 31]).toEqual([2024, 3, 5]);
    expect(packedDate(dayNumber(2024, 12, 31))).toBeLessThan(packedDate(dayNumber(2025, 1, 1)));
  });

  it("packs 1900–2099 (read from a table) and the days around it as the independent UTC oracle does", () => {
    for (let day = dayNumber(1899, 12, 1); day <= dayNumber(2100, 1, 31); day++) {
      const packed = packedDate(day);
      if (utcDays(packed >> 9, (packed >> 5) & 15, packed & 31) !== day) throw new Error(`day ${day}`);
    }
    const unpack = (packed: number) => [packed >> 9, (packed >> 5) & 15, packed & 31];
    expect(unpack(packedDate(dayNumber(1899, 12, 31)))).toEqual([1899, 12, 31]);
    expect(unpack(packedDate(dayNumber(1900, 1, 1)))).toEqual([1900, 1, 1]);
    expect(unpack(packedDate(dayNumber(2099, 12, 31)))).toEqual([2099, 12, 31]);
    expect(unpack(packedDate(dayNumber(2100, 1, 1)))).toEqual([2100, 1, 1]);
    expect(unpack(packedDate(dayNumber(1900, 3, 1) + 0.5))).toEqual([1900, 3, 1]); // not an index: computed
  });

  it.each([
    [2023, 2, 29],
    [2024, 13, 1],
    [2024, 0, 10],
    [2024, 4, 31],
    [2024, 1, 0],
    [2024, 1, 1.5],
    [10_000, 1, 1],
    [-1, 12, 31],
  ])("refuses the impossible date %i-%i-%s with invalid_date", (year, month, day) => {
    expect(() => dayNumber(year, month, day)).toThrow(UsageError);
    expect(() => dayNumber(year, month, day)).toThrow(
      new RegExp(`year ${year}, month ${month}, day ${day} does not exist: expected`),
    );
  });
});

describe("leap years and month ends", () => {
  it("follows the Gregorian rule", () => {
    expect([2023, 2024, 1900, 2000, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  it("knows every month's last day", () => {
    expect(Array.from({ length: 12 }, (_, index) => daysInMonth(2023, index + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("refuses month 13", () => {
    expect(() => daysInMonth(2024, 13)).toThrow(/month 13: expected an integer month 1–12/);
  });
});

describe("parseDate: strict YYYY-MM-DD", () => {
  it("parses valid dates", () => {
    expect(parseDate("1970-01-02")).toBe(1);
    expect(parseDate("2024-02-29")).toBe(dayNumber(2024, 2, 29));
    expect(parseDate("0000-01-01")).toBe(MIN_DAY_NUMBER);
    expect(parseDate("9999-12-31")).toBe(MAX_DAY_NUMBER);
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-13",
    "2024-00-10",
    "2024-04-31",
    "2024-3-5",
    "2024-03-5",
    " 2024-03-05",
    "2024-03-05 ",
    "2024/03/05",
    "20240305",
    "05.03.2024",
    "2024-03-05T00:00:00",
    "",
    "２０２４-03-05",
    "+2024-03-05",
  ])("refuses %j, naming the value and the form", (text) => {
    expect(tryParseDate(text)).toBeNull();
    expect(() => parseDate(text)).toThrow(UsageError);
    expect(() => parseDate(text)).toThrow(
      `date ${JSON.stringify(text)} is not a valid calendar date: expected a date written YYYY-MM-DD`,
    );
    try {
      parseDate(text);
    } catch (error) {
      expect((error as UsageError).code).toBe("invalid_date");
      expect((error as UsageError).exitCode).toBe(2);
    }
  });

  it("never throws from tryParseDate, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const day = tryParseDate(text);
        if (day !== null) expect(formatDate(day)).toBe(text);
      }),
    );
  });

  it("round-trips parse ∘ format and format ∘ parse (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (day) => {
        const text = formatDate(day);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(parseDate(text)).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatDate, dateParts, weekday, addDays, days", () => {
  it("formats with zero padding", () => {
    expect(formatDate(0)).toBe("1970-01-01");
    expect(formatDate(dayNumber(5, 7, 9))).toBe("0005-07-09");
    expect(formatDate(-1)).toBe("1969-12-31");
  });

  it("refuses a day number that is not a supported date", () => {
    expect(() => formatDate(1.5)).toThrow(/day number 1.5: expected an integer day number from -719528 \(0000-01-01\)/);
    expect(() => dateParts(MAX_DAY_NUMBER + 1)).toThrow(/day number 2932897/);
  });

  it("gives ISO weekdays, Monday 1 … Sunday 7", () => {
    expect(weekday(0)).toBe(4); // 1970-01-01 Thursday
    expect(weekday(-1)).toBe(3); // 1969-12-31 Wednesday
    expect(weekday(parseDate("2024-03-04"))).toBe(1);
    expect(weekday(parseDate("2024-03-05"))).toBe(2);
    expect(weekday(parseDate("2024-04-27"))).toBe(6);
    expect(weekday(parseDate("2024-03-31"))).toBe(7);
  });

  it("weekday agrees with getUTCDay (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        expect(weekday(day) % 7).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  it("adds days and counts days between dates (calendar.md: same day = 0)", () => {
    expect(formatDate(addDays(parseDate("2024-02-28"), 2))).toBe("2024-03-01");
    expect(formatDate(addDays(parseDate("2024-01-01"), -1))).toBe("2023-12-31");
    expect(days(parseDate("2024-02-28"), parseDate("2024-03-01"))).toBe(2);
    expect(days(parseDate("2024-03-15"), parseDate("2024-03-15"))).toBe(0);
    expect(days(parseDate("2024-03-01"), parseDate("2024-03-15"))).toBe(14);
    expect(days(parseDate("2024-03-15"), parseDate("2024-03-01"))).toBe(-14);
  });

  it("refuses a fractional day count", () => {
    expect(() => addDays(0, 0.5)).toThrow(/day count 0.5: expected an integer number of days/);
  });
});

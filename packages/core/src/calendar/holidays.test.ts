import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { dayNumber, formatDate, parseDate, weekday } from "./date";
import { easterSunday, finnishHolidays, isFinnishHoliday } from "./holidays";

describe("easterSunday (anonymous Gregorian algorithm)", () => {
  it.each([
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2029, "2029-04-01"],
    [2030, "2030-04-21"],
    [1818, "1818-03-22"], // the earliest possible date
    [1943, "1943-04-25"], // the latest possible date
    [2000, "2000-04-23"],
  ])("Easter %i is %s", (year, date) => {
    expect(formatDate(easterSunday(year))).toBe(date);
  });

  it("is always a Sunday between 22 March and 25 April (1583–2400)", () => {
    for (let year = 1583; year <= 2400; year += 1) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(7);
      expect(easter).toBeGreaterThanOrEqual(dayNumber(year, 3, 22));
      expect(easter).toBeLessThanOrEqual(dayNumber(year, 4, 25));
    }
  });
});

describe("finnishHolidays (calendar.md working days table)", () => {
  it("lists the fifteen holidays of 2024 in date order", () => {
    expect(finnishHolidays(2024).map((h) => [formatDate(h.date), h.id, h.removesWorkingDay])).toEqual([
      ["2024-01-01", "new_years_day", true],
      ["2024-01-06", "epiphany", true],
      ["2024-03-29", "good_friday", true],
      ["2024-03-31", "easter_sunday", false],
      ["2024-04-01", "easter_monday", true],
      ["2024-05-01", "may_day", true],
      ["2024-05-09", "ascension_day", true],
      ["2024-05-19", "whit_sunday", false],
      ["2024-06-21", "midsummer_eve", true],
      ["2024-06-22", "midsummer_day", false],
      ["2024-11-02", "all_saints_day", false],
      ["2024-12-06", "independence_day", true],
      ["2024-12-24", "christmas_eve", true],
      ["2024-12-25", "christmas_day", true],
      ["2024-12-26", "st_stephens_day", true],
    ]);
  });

  it("names each day in Finnish, Swedish and English", () => {
    const midsummer = finnishHolidays(2024).find((h) => h.id === "midsummer_eve");
    expect(midsummer?.name).toEqual({ fi: "juhannusaatto", sv: "midsommarafton", en: "Midsummer Eve" });
    expect(finnishHolidays(2024).every((h) => h.name.fi && h.name.sv && h.name.en)).toBe(true);
  });

  it.each([
    [2023, "2023-06-23"],
    [2024, "2024-06-21"],
    [2025, "2025-06-20"],
    [2026, "2026-06-19"],
  ])("Midsummer Eve %i is %s, the Friday of 19–25 June", (year, date) => {
    const eve = finnishHolidays(year).find((h) => h.id === "midsummer_eve")!;
    expect(formatDate(eve.date)).toBe(date);
    expect(weekday(eve.date)).toBe(5);
  });

  it("puts All Saints' Day on the Saturday of 31 October – 6 November", () => {
    const saints = (year: number) => formatDate(finnishHolidays(year).find((h) => h.id === "all_saints_day")!.date);
    expect([saints(2020), saints(2023), saints(2025), saints(2026)]).toEqual([
      "2020-10-31",
      "2023-11-04",
      "2025-11-01",
      "2026-10-31",
    ]);
  });

  it("puts the four days that never remove a working day on a weekend, every year", () => {
    for (let year = 1900; year <= 2200; year += 1) {
      for (const h of finnishHolidays(year)) {
        if (!h.removesWorkingDay) expect(weekday(h.date)).toBeGreaterThanOrEqual(6);
        if (h.id === "ascension_day") expect(weekday(h.date)).toBe(4);
        if (h.id === "good_friday") expect(weekday(h.date)).toBe(5);
      }
    }
  });

  it("refuses a year that is not an integer 1–9999", () => {
    expect(() => finnishHolidays(2024.5)).toThrow(UsageError);
    expect(() => finnishHolidays(0)).toThrow(/year 0: expected an integer year 1–9999/);
  });
});

describe("isFinnishHoliday", () => {
  it("agrees with finnishHolidays on every day of 1900–2200", () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const holidays = new Set(finnishHolidays(year).map((h) => h.date));
      for (let day = dayNumber(year, 1, 1); day <= dayNumber(year, 12, 31); day += 1) {
        if (isFinnishHoliday(day) !== holidays.has(day)) throw new Error(`disagree on ${formatDate(day)}`);
      }
    }
  });

  it("knows single days", () => {
    expect(isFinnishHoliday(parseDate("2024-06-21"))).toBe(true);
    expect(isFinnishHoliday(parseDate("2024-06-22"))).toBe(true);
    expect(isFinnishHoliday(parseDate("2024-06-24"))).toBe(false);
    expect(isFinnishHoliday(parseDate("2025-06-19"))).toBe(false); // a Thursday
    expect(isFinnishHoliday(parseDate("2024-12-27"))).toBe(false);
  });
});

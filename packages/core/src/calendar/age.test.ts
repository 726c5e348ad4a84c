import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { dateParts, parseDate } from "./date";
import { ageOn } from "./age";

const age = (birth: string, at: string) => ageOn(parseDate(birth), parseDate(at));

describe("ageOn: completed years, täyttänyt (calendar.md Age, F16)", () => {
  it("counts a birthday on the reference date itself", () => {
    expect(age("2001-03-10", "2024-03-10")).toBe(23);
    expect(age("2001-03-10", "2024-03-09")).toBe(22);
    expect(age("2024-03-10", "2024-03-10")).toBe(0);
    expect(age("1950-12-31", "2024-12-31")).toBe(74);
    expect(age("1949-12-31", "2024-12-31")).toBe(75); // population reference date 31 December
  });

  it("turns 23 on the need-assessment date (care-guarantee boundary)", () => {
    expect(age("2002-01-15", "2025-01-14")).toBe(22);
    expect(age("2002-01-15", "2025-01-15")).toBe(23);
  });

  it("gives someone born on 29 February the birthday on 1 March in common years (F16)", () => {
    expect(age("2000-02-29", "2001-02-28")).toBe(0);
    expect(age("2000-02-29", "2001-03-01")).toBe(1);
    expect(age("2000-02-29", "2023-02-28")).toBe(22);
    expect(age("2000-02-29", "2023-03-01")).toBe(23);
    expect(age("2000-02-29", "2024-02-28")).toBe(23);
    expect(age("2000-02-29", "2024-02-29")).toBe(24);
    expect(age("2002-02-28", "2024-02-28")).toBe(22);
  });

  it("refuses a reference date before the birth date, naming both", () => {
    expect(() => age("2024-03-10", "2024-03-09")).toThrow(UsageError);
    expect(() => age("2024-03-10", "2024-03-09")).toThrow(
      "birth date 2024-03-10 is after the reference date 2024-03-09: expected a birth date on or before it",
    );
  });

  it("equals the number of passed birthdays counted one by one (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseDate("1900-01-01"), max: parseDate("2100-12-31") }),
        fc.integer({ min: 0, max: 40_000 }),
        (birth, span) => {
          const b = dateParts(birth);
          const a = dateParts(birth + span);
          let passed = 0;
          for (let year = b.year + 1; year <= a.year; year += 1) {
            const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
            const [month, day] = b.month === 2 && b.day === 29 && !leap ? [3, 1] : [b.month, b.day];
            if (year < a.year || a.month > month || (a.month === month && a.day >= day)) passed += 1;
          }
          expect(ageOn(birth, birth + span)).toBe(passed);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

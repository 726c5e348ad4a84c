import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "../calendar/date";
import { UsageError } from "../errors/index";
import {
  type PeriodKind,
  SUB_PERIOD_KINDS,
  type SubPeriodKind,
  assertSubPeriodNests,
  parsePeriod,
  subPeriodKey,
  subPeriodKeys,
} from "./period";

const span = (id: string) => {
  const period = parsePeriod(id);
  return [period.kind, formatDate(period.start), formatDate(period.end)];
};

describe("parsePeriod (F26, classifications.md Periods)", () => {
  it.each([
    ["2024", "year", "2024-01-01", "2024-12-31"],
    ["2024-H1", "half", "2024-01-01", "2024-06-30"],
    ["2024-H2", "half", "2024-07-01", "2024-12-31"],
    ["2024-T1", "tertial", "2024-01-01", "2024-04-30"],
    ["2024-T2", "tertial", "2024-05-01", "2024-08-31"],
    ["2024-T3", "tertial", "2024-09-01", "2024-12-31"],
    ["2024-Q1", "quarter", "2024-01-01", "2024-03-31"],
    ["2024-Q2", "quarter", "2024-04-01", "2024-06-30"],
    ["2024-Q4", "quarter", "2024-10-01", "2024-12-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2024-12", "month", "2024-12-01", "2024-12-31"],
    ["2024-04-30", "census", "2024-04-30", "2024-04-30"],
  ])("%s is a %s from %s to %s", (id, kind, start, end) => {
    expect(span(id)).toEqual([kind, start, end]);
    expect(parsePeriod(id).id).toBe(id);
  });

  it.each([
    "2024-Q5",
    "2024-q1",
    "2024-Q0",
    "2024-H3",
    "2024-h1",
    "2024-T4",
    "2024-13",
    "2024-00",
    "2023-02-29",
    "2024-1",
    "24",
    " 2024",
    "2024 ",
    "2024-W01",
    "2024-Q1-01",
    "",
    "2024-1-01",
  ])("refuses %j, naming the value and the accepted forms", (id) => {
    expect(() => parsePeriod(id)).toThrow(UsageError);
    expect(() => parsePeriod(id)).toThrow(
      `period ${JSON.stringify(id)} is not valid: expected a year 2024, a half 2024-H1, a tertial 2024-T1, a ` +
        "quarter 2024-Q1, a month 2024-03 or a census date 2024-04-30 (upper case)",
    );
  });
});

describe("subPeriodKey", () => {
  it("names the month, quarter, tertial and half of a date", () => {
    const keys = (date: string) => SUB_PERIOD_KINDS.map((kind) => subPeriodKey(kind, parseDate(date)));
    expect(keys("2024-05-02")).toEqual(["2024-05", "2024-Q2", "2024-T2", "2024-H1"]);
    expect(keys("2024-04-30")).toEqual(["2024-04", "2024-Q2", "2024-T1", "2024-H1"]);
    expect(keys("2024-09-01")).toEqual(["2024-09", "2024-Q3", "2024-T3", "2024-H2"]);
    expect(keys("2024-12-31")).toEqual(["2024-12", "2024-Q4", "2024-T3", "2024-H2"]);
    expect(subPeriodKey("month", parseDate("2024-03-05"))).toBe("2024-03");
    expect(subPeriodKey("quarter", parseDate("2024-03-05"))).toBe("2024-Q1");
  });

  it("gives keys that parse to the period holding the date", () => {
    for (let day = parseDate("2023-12-25"); day <= parseDate("2025-01-05"); day += 1) {
      for (const kind of SUB_PERIOD_KINDS) {
        const period = parsePeriod(subPeriodKey(kind, day));
        expect(period.kind).toBe(kind);
        expect(day >= period.start && day <= period.end).toBe(true);
      }
    }
  });

  it("refuses an unknown kind", () => {
    expect(() => subPeriodKey("week" as SubPeriodKind, 0)).toThrow(
      'sub-period "week": expected one of month, quarter, tertial, half',
    );
  });
});

describe("sub-periods nest exactly (F27)", () => {
  const periods: Record<PeriodKind, string> = {
    year: "2024",
    half: "2024-H2",
    tertial: "2024-T1",
    quarter: "2024-Q1",
    month: "2024-03",
    census: "2024-04-30",
  };
  const expected: Record<SubPeriodKind, PeriodKind[]> = {
    month: ["year", "half", "tertial", "quarter", "month"],
    quarter: ["year", "half"],
    tertial: ["year"],
    half: ["year"],
  };

  it.each(SUB_PERIOD_KINDS)("%s nests exactly in the periods F27 lists", (kind) => {
    const nesting = (Object.keys(periods) as PeriodKind[]).filter((periodKind) => {
      try {
        assertSubPeriodNests(kind, parsePeriod(periods[periodKind]));
        return true;
      } catch (error) {
        expect((error as UsageError).code).toBe("sub_period_does_not_nest");
        return false;
      }
    });
    expect(nesting).toEqual(expected[kind]);
  });

  it("names both and what would nest", () => {
    expect(() => assertSubPeriodNests("quarter", parsePeriod("2024-T1"))).toThrow(
      "sub-period quarter does not nest in period 2024-T1 (a tertial) (F27): quarter nests in a half or a year " +
        "(such as 2024-H1 or 2024); in 2024-T1 only month would nest",
    );
    expect(() => assertSubPeriodNests("month", parsePeriod("2024-04-30"))).toThrow(
      "sub-period month does not nest in period 2024-04-30 (a census) (F27): month nests in any year, half, " +
        "tertial, quarter or month (such as 2024 or 2024-Q1); no sub-period nests in a census date",
    );
  });

  it("lists the keys inside a period in order", () => {
    expect(subPeriodKeys(parsePeriod("2024"), "month")).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    expect(subPeriodKeys(parsePeriod("2024"), "tertial")).toEqual(["2024-T1", "2024-T2", "2024-T3"]);
    expect(subPeriodKeys(parsePeriod("2024"), "half")).toEqual(["2024-H1", "2024-H2"]);
    expect(subPeriodKeys(parsePeriod("2024-H2"), "quarter")).toEqual(["2024-Q3", "2024-Q4"]);
    expect(subPeriodKeys(parsePeriod("2024-T2"), "month")).toEqual(["2024-05", "2024-06", "2024-07", "2024-08"]);
    expect(subPeriodKeys(parsePeriod("2024-03"), "month")).toEqual(["2024-03"]);
    expect(() => subPeriodKeys(parsePeriod("2024-Q1"), "quarter")).toThrow(UsageError);
  });
});

import { DataError, UsageError, type IndicatorResult, type ResultRow } from "@virta/core";
import { describe, expect, it } from "vitest";
import type { SotkanetDataRow, SotkanetRegion } from "../open-data/sotkanet";
import { buildSotkanetRegionMap } from "../open-data/sotkanet-regions";
import { readJsonFixture } from "../open-data/test-support/recorded-server";
import { compareWithSotkanet, isCountResult } from "./compare-with-sotkanet";
import { formatComparisonJson, formatComparisonTable } from "./format-comparison";

const regions = buildSotkanetRegionMap(readJsonFixture("sotkanet/regions.json") as SotkanetRegion[]);
const published127 = readJsonFixture("sotkanet/data-127-2022-2023-total.json") as SotkanetDataRow[];

function result(overrides: Partial<IndicatorResult> & { rows: ResultRow[] }): IndicatorResult {
  return {
    indicator: { id: "population_health.population.count", version: "1.0.0", definition_hash: "sha256:test" },
    library: { name: "@virta/indicators", version: "0.1.0" },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    as_of: null,
    unit: "persons",
    decimals: 0,
    breakdown: ["organizer"],
    age_groups: null,
    disclosure: "national-1",
    warnings: [],
    input: {},
    ...overrides,
  };
}

const count = (organizer: string, persons: number): ResultRow => ({
  organizer,
  numerator: persons,
  denominator: null,
  value: persons,
  suppressed: false,
});

/** Hand-written population_health.population.count for 2023: organizers 14, 90, 91. */
const populationCount = result({ rows: [count("14", 162812), count("90", 674500), count("91", 30358)] });

describe("compareWithSotkanet: population count against Sotkanet indicator 127 (F33: absValue)", () => {
  const comparison = compareWithSotkanet(populationCount, published127, { regions, sotkanetIndicator: 127 });

  it("puts each organizer beside Sotkanet: 14 and 90 match, 91 is 183 short, 17 is only in Sotkanet", () => {
    expect(comparison.cells).toEqual([
      {
        organizer: "14",
        sex: "total",
        ours: 162812,
        theirs: 162812,
        difference: 0,
        within_tolerance: true,
        status: "match",
      },
      {
        organizer: "17",
        sex: "total",
        ours: null,
        theirs: 175816,
        difference: null,
        within_tolerance: null,
        status: "only_theirs",
      },
      {
        organizer: "90",
        sex: "total",
        ours: 674500,
        theirs: 674500,
        difference: 0,
        within_tolerance: true,
        status: "match",
      },
      {
        organizer: "91",
        sex: "total",
        ours: 30358,
        theirs: 30541,
        difference: -183,
        within_tolerance: false,
        status: "mismatch",
      },
    ]);
  });

  it("counts the cells and the Sotkanet rows that took no part (country 658, Joensuu, the 2022 row)", () => {
    expect(comparison.summary).toEqual({
      cells: 4,
      matches: 2,
      mismatches: 1,
      only_ours: 0,
      only_theirs: 1,
      not_comparable: 0,
      sotkanet_rows: 7,
      sotkanet_rows_ignored: { other_year: 1, not_an_organizer: 2 },
    });
    expect(comparison).toMatchObject({
      indicator: "population_health.population.count",
      sotkanet_indicator: 127,
      period: "2023",
      year: 2023,
      value_field: "absValue",
      tolerance: 0,
      by_sex: false,
      warnings: [],
    });
  });

  it("admits |−183| at tolerance 183 and not at 182", () => {
    expect(compareWithSotkanet(populationCount, published127, { regions, tolerance: 183 }).summary.matches).toBe(3);
    expect(compareWithSotkanet(populationCount, published127, { regions, tolerance: 182 }).summary.mismatches).toBe(1);
  });

  it("compares another year when asked (the 2022 row of 972)", () => {
    const cells = compareWithSotkanet(populationCount, published127, { regions, year: 2022 }).cells;
    expect(cells.find((cell) => cell.organizer === "14")).toMatchObject({
      ours: 162812,
      theirs: 163537,
      difference: -725,
      status: "mismatch",
    });
  });

  it("prints a plain-text table", () => {
    expect(formatComparisonTable(comparison)).toBe(
      [
        "population_health.population.count 2023 vs Sotkanet indicator 127 (absValue), tolerance 0",
        "organizer  sex      ours  theirs  difference  status",
        "14         total  162812  162812           0  match",
        "17         total       -  175816           -  only theirs",
        "90         total  674500  674500           0  match",
        "91         total   30358   30541        -183  mismatch",
        "4 cells: 2 match, 1 mismatch, 0 only ours, 1 only Sotkanet, 0 not comparable; 7 Sotkanet " +
          "rows (ignored: other year 1, not an organizer 2)",
        "",
      ].join("\n"),
    );
  });

  it("prints JSON that reads back to the same comparison", () => {
    const text = formatComparisonJson(comparison);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(comparison);
  });
});

describe("compareWithSotkanet: a share by organizer and sex (F33: value)", () => {
  const share = (organizer: string, sex: string, numerator: number, denominator: number, value: number): ResultRow => ({
    organizer,
    sex,
    numerator,
    denominator,
    value,
    suppressed: false,
  });
  const shareResult = result({
    indicator: {
      id: "population_health.population.share_aged_75_plus",
      version: "1.0.0",
      definition_hash: "sha256:test",
    },
    unit: "percent",
    decimals: 1,
    breakdown: ["organizer", "sex"],
    rows: [
      share("14", "male", 12000, 80000, 15.0),
      share("14", "female", 16500, 82812, 19.9),
      share("90", "male", 38600, 327100, 11.8),
      { organizer: "91", sex: "male", numerator: null, denominator: null, value: null, suppressed: true },
    ],
  });
  const row = (
    region: number,
    gender: SotkanetDataRow["gender"],
    value: number,
    absValue: number,
  ): SotkanetDataRow => ({ indicator: 171, region, year: 2023, gender, value, absValue });
  const published171 = [
    row(972, "male", 15.0, 12000),
    row(972, "female", 20.0, 16500),
    row(972, "total", 17.5, 28500),
    row(956, "male", 14.1, 2150),
    row(960, "female", 12.3, 42000),
  ];

  it("compares value, not absValue, per organizer and sex; 19.9 − 20.0 is exactly −0.1", () => {
    const comparison = compareWithSotkanet(shareResult, published171, { regions });
    expect(comparison.value_field).toBe("value");
    expect(comparison.by_sex).toBe(true);
    expect(comparison.sotkanet_indicator).toBe(171);
    expect(comparison.cells).toEqual([
      { organizer: "14", sex: "male", ours: 15, theirs: 15, difference: 0, within_tolerance: true, status: "match" },
      {
        organizer: "14",
        sex: "female",
        ours: 19.9,
        theirs: 20,
        difference: -0.1,
        within_tolerance: false,
        status: "mismatch",
      },
      {
        organizer: "90",
        sex: "male",
        ours: 11.8,
        theirs: null,
        difference: null,
        within_tolerance: null,
        status: "only_ours",
      },
      {
        organizer: "90",
        sex: "female",
        ours: null,
        theirs: 12.3,
        difference: null,
        within_tolerance: null,
        status: "only_theirs",
      },
      {
        organizer: "91",
        sex: "male",
        ours: null,
        theirs: 14.1,
        difference: null,
        within_tolerance: null,
        status: "not_comparable",
      },
    ]);
    expect(comparison.summary.sotkanet_rows_ignored).toEqual({ other_sex: 1 });
  });

  it("admits −0.1 at tolerance 0.1 exactly (F5: no binary-float residue)", () => {
    const comparison = compareWithSotkanet(shareResult, published171, { regions, tolerance: 0.1 });
    expect(comparison.cells[1]).toMatchObject({ difference: -0.1, within_tolerance: true, status: "match" });
  });

  it("uses absValue when asked to override F33", () => {
    const comparison = compareWithSotkanet(shareResult, published171, { regions, valueField: "absValue" });
    expect(comparison.cells[0]).toMatchObject({ theirs: 12000, status: "mismatch" });
  });
});

describe("compareWithSotkanet: what is reported rather than compared", () => {
  it("reports an empty Sotkanet answer with a warning; every cell is only ours", () => {
    const comparison = compareWithSotkanet(populationCount, [], { regions, sotkanetIndicator: 127 });
    expect(comparison.summary).toMatchObject({ cells: 3, only_ours: 3, matches: 0, sotkanet_rows: 0 });
    expect(comparison.warnings).toEqual(["Sotkanet returned no rows for indicator 127; nothing was compared"]);
    expect(formatComparisonTable(comparison)).toContain(
      "warning: Sotkanet returned no rows for indicator 127; nothing was compared\n",
    );
  });

  it("reports a count row without absValue (like the real CSV) as not comparable, with a warning", () => {
    const rows: SotkanetDataRow[] = [
      { indicator: 127, region: 972, year: 2023, gender: "total", value: 162812, absValue: null },
    ];
    const comparison = compareWithSotkanet(populationCount, rows, { regions });
    expect(comparison.cells[0]).toEqual({
      organizer: "14",
      sex: "total",
      ours: 162812,
      theirs: null,
      difference: null,
      within_tolerance: null,
      status: "not_comparable",
    });
    expect(comparison.warnings).toEqual([
      "1 Sotkanet row(s) have no absValue (fine-print F33 compares absValue for this result); " +
        "those cells are not comparable",
    ]);
  });

  it("ignores rows of another indicator when the indicator is given, and refuses a mix otherwise", () => {
    const mixed = [
      ...published127,
      { indicator: 7, region: 972, year: 2023, gender: "total" as const, value: 6.1, absValue: 9900 },
    ];
    expect(
      compareWithSotkanet(populationCount, mixed, { regions, sotkanetIndicator: 127 }).summary.sotkanet_rows_ignored,
    ).toEqual({ other_indicator: 1, other_year: 1, not_an_organizer: 2 });
    expect(() => compareWithSotkanet(populationCount, mixed, { regions })).toThrow(
      "the Sotkanet rows hold indicators 127, 7; pass sotkanetIndicator to say which one to compare",
    );
  });

  it(
    "refuses a breakdown Sotkanet does not publish, a non-year period, a negative tolerance " +
      "and duplicate Sotkanet rows",
    () => {
      expect(() =>
        compareWithSotkanet(result({ breakdown: ["organizer", "age_group"], rows: [] }), [], { regions }),
      ).toThrow(UsageError);
      expect(() =>
        compareWithSotkanet(result({ breakdown: ["organizer", "age_group"], rows: [] }), [], { regions }),
      ).toThrow(/also broken down by age_group; Sotkanet rows carry only region, sex and year/);
      expect(() => compareWithSotkanet(result({ breakdown: ["municipality"], rows: [] }), [], { regions })).toThrow(
        /compute with --by organizer/,
      );
      expect(() =>
        compareWithSotkanet(
          result({ period: { id: "2023-H1", start: "2023-01-01", end: "2023-06-30" }, rows: [] }),
          [],
          {
            regions,
          },
        ),
      ).toThrow(/period "2023-H1" is not a year/);
      expect(() => compareWithSotkanet(populationCount, [], { regions, tolerance: -1 })).toThrow(
        /tolerance -1: expected a number ≥ 0/,
      );
      const twice = [published127[1]!, published127[1]!];
      expect(() => compareWithSotkanet(populationCount, twice, { regions })).toThrow(DataError);
    },
  );
});

describe("isCountResult (F33: counts are compared with absValue)", () => {
  it(
    "is true for numerator without denominator, false for a proportion, and falls back to the " +
      "unit when every row is suppressed",
    () => {
      expect(isCountResult(populationCount)).toBe(true);
      expect(
        isCountResult(
          result({
            unit: "percent",
            rows: [{ organizer: "14", numerator: 1, denominator: 2, value: 50, suppressed: false }],
          }),
        ),
      ).toBe(false);
      const hidden: ResultRow = { organizer: "14", numerator: null, denominator: null, value: null, suppressed: true };
      expect(isCountResult(result({ unit: "persons", rows: [hidden] }))).toBe(true);
      expect(isCountResult(result({ unit: "percent", rows: [hidden] }))).toBe(false);
    },
  );
});

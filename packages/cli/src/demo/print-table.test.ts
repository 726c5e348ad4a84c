/** Tests of the demo's text table: aligned columns, `..` for suppressed cells. */
import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "@virta/core";
import { resultTable } from "./print-table";

describe("resultTable", () => {
  it("aligns dimensions left and measures right, shows suppressed cells as ..", () => {
    const result = {
      breakdown: ["organizer", "age_group"],
      decimals: 1,
      rows: [
        { organizer: "14", age_group: "25-64", numerator: 40, denominator: 50, value: 80, suppressed: false },
        { organizer: "14", age_group: "75+", numerator: null, denominator: null, value: null, suppressed: true },
      ],
    } as unknown as IndicatorResult;
    expect(resultTable(result, (dimension, code) => (dimension === "organizer" ? `${code} P-K` : code))).toBe(
      [
        "organizer  age group  numerator  denominator  value",
        "14 P-K     25-64             40           50   80.0",
        "14 P-K     75+               ..           ..     ..",
        "",
      ].join("\n"),
    );
  });
});

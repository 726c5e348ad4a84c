import { describe, expect, it } from "vitest";
import { dateFromEpochDays, timestampText } from "./parquet-values";

describe("Parquet values beyond the calendar (issue 20)", () => {
  it("DATE ±infinity (±2^31 − 1 days) is a text the validator rejects, not a RangeError", () => {
    expect(dateFromEpochDays(2_147_483_647)).toBe("infinity");
    expect(dateFromEpochDays(-2_147_483_647)).toBe("-infinity");
    expect(dateFromEpochDays(19_813)).toBe("2024-03-31");
  });

  it("a timestamp beyond ±8.64·10^15 ms is ±infinity too", () => {
    expect(timestampText(9_223_372_036_854_775_807n, "MICROS", true)).toBe("infinity");
    expect(timestampText(-9_223_372_036_854_775_807n, "MICROS", false)).toBe("-infinity");
  });
});

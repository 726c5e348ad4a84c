import { describe, expect, it } from "vitest";
import { resultJsonSchema, resultSchema } from "./result-schema";

const valid = {
  indicator: {
    id: "availability.primary_care.within_14_days",
    version: "1.0.0",
    definition_hash: `sha256:${"a".repeat(64)}`,
  },
  library: { name: "@virta/indicators", version: "0.1.0" },
  period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
  as_of: null,
  unit: "percent",
  decimals: 1,
  breakdown: ["organizer"],
  age_groups: null,
  disclosure: "national-1",
  warnings: [],
  input: {
    health_care_visit: {
      rows_read: 10,
      rows_rejected: 1,
      rows_excluded: 2,
      rows_in_population: 7,
      excluded_by_reason: { urgency: 2 },
      rejected_by_reason: { missing: 1 },
    },
  },
  rows: [{ organizer: "14", numerator: 5, denominator: 7, value: 71.4, suppressed: false }],
};

describe("resultSchema", () => {
  it("accepts the interfaces.md shape", () => {
    expect(resultSchema.safeParse(valid).success).toBe(true);
  });
  it("rejects accounting that does not add up", () => {
    const broken = structuredClone(valid);
    broken.input.health_care_visit.rows_read = 11;
    expect(resultSchema.safeParse(broken).success).toBe(false);
  });
  it("rejects an unknown unit and an extra top-level key", () => {
    expect(resultSchema.safeParse({ ...valid, unit: "pct" }).success).toBe(false);
    expect(resultSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });
  it("exports a JSON Schema with the required top-level keys", () => {
    const schema = resultJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(["indicator", "period", "as_of", "input", "rows", "warnings", "disclosure"]),
    );
    expect(Object.keys(schema.properties)).toContain("rows");
  });
});

import { describe, expect, it } from "vitest";
import { formatResultJson } from "./result-json";
import { byOrganizerAndAge } from "./test-support/result-fixtures";

describe("formatResultJson", () => {
  it("writes the result object 2-space indented with rows keyed dimensions first", () => {
    const text = formatResultJson(byOrganizerAndAge());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "indicator": {');
    const parsed = JSON.parse(text) as { rows: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual([
      "indicator",
      "library",
      "period",
      "as_of",
      "unit",
      "decimals",
      "breakdown",
      "age_groups",
      "disclosure",
      "warnings",
      "input",
      "rows",
    ]);
    expect(Object.keys(parsed.rows[0]!)).toEqual([
      "organizer",
      "age_group",
      "numerator",
      "denominator",
      "value",
      "suppressed",
    ]);
    expect(parsed.rows[0]).toEqual({
      organizer: "14",
      age_group: "25-64",
      numerator: 40,
      denominator: 50,
      value: 80,
      suppressed: false,
    });
    expect(parsed).toEqual(JSON.parse(JSON.stringify(byOrganizerAndAge())));
  });
});

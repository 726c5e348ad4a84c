import { describe, expect, it } from "vitest";
import { csvCell, formatResultCsv } from "./result-csv";
import { byOrganizerAndAge, withoutBreakdown } from "./test-support/result-fixtures";

describe("formatResultCsv (F30)", () => {
  it("writes dimensions, then numerator,denominator,value,suppressed with LF line ends", () => {
    expect(formatResultCsv(byOrganizerAndAge())).toBe(
      "organizer,age_group,numerator,denominator,value,suppressed\n" +
        "14,25-64,40,50,80.0,false\n" +
        "14,75+,,,,true\n" +
        "15,75+,2,3,66.7,false\n",
    );
  });

  it("writes a result without breakdown and with decimals 0", () => {
    expect(formatResultCsv(withoutBreakdown())).toBe("numerator,denominator,value,suppressed\n1234,,1234,false\n");
  });

  it("writes decimal numerators exactly and quotes cells by RFC 4180", () => {
    const result = { ...byOrganizerAndAge(), unit: "euros" as const, decimals: 2, breakdown: ["service"] };
    result.rows = [
      { service: 'home care, "day"', numerator: 1234.5, denominator: 10, value: 123.45, suppressed: false },
    ];
    expect(formatResultCsv(result)).toBe(
      'service,numerator,denominator,value,suppressed\n"home care, ""day""",1234.5,10,123.45,false\n',
    );
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });

  it("leaves value empty for an empty population (F23: value null, not suppressed)", () => {
    const result = { ...withoutBreakdown(), rows: [{ numerator: 0, denominator: 0, value: null, suppressed: false }] };
    expect(formatResultCsv(result)).toBe("numerator,denominator,value,suppressed\n0,0,,false\n");
  });
});

import { describe, expect, it } from "vitest";
import { F5_DECIMAL_DIGITS, getConcept, validate } from "@virta/concepts";
import { rowWith } from "../test-support/rows";

const cost = (net: unknown) => ({ ...rowWith("cost", {}), net_cost_eur: net });
const fte = (value: unknown) => ({ ...rowWith("staff_fte", {}), fte: value });

function outcome(concept: "cost" | "staff_fte", row: Record<string, unknown>, field: string): string | unknown {
  const { valid, rejections } = validate(concept, [row], { maxRejectedShare: 1, source: "t.csv" });
  return rejections.length > 0 ? `${rejections[0]!.field}:${rejections[0]!.reason}` : valid[0]![field];
}

describe("F5 decimal limits: 18 digits before the point, 6 after", () => {
  it("the limits are data of the concept declaration (every decimal field carries them)", () => {
    expect(F5_DECIMAL_DIGITS).toEqual({ integer: 18, fraction: 6 });
    for (const name of ["cost", "staff_fte"]) {
      const decimals = getConcept(name).fields.filter((field) => field.type === "decimal");
      expect(decimals.length).toBe(1);
      expect(decimals[0]!.digits).toEqual({ integer: 18, fraction: 6 });
    }
  });

  it("18 integer digits and 6 fraction digits are accepted exactly", () => {
    expect(outcome("cost", cost("999999999999999999.999999"), "net_cost_eur")).toBe("999999999999999999.999999");
    expect(outcome("cost", cost("-123456789012345678,5"), "net_cost_eur")).toBe("-123456789012345678.5");
    expect(outcome("staff_fte", fte("0.000001"), "fte")).toBe("0.000001");
  });

  it("19 integer digits or 7 fraction digits are out_of_range, naming the field", () => {
    expect(outcome("cost", cost("1000000000000000000"), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("cost", cost("-1000000000000000000.5"), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("cost", cost("1.1234567"), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("staff_fte", fte("0.0000001"), "fte")).toBe("fte:out_of_range");
    expect(outcome("cost", cost("9".repeat(400)), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
  });

  it("leading zeros of the integer part and trailing zeros of the fraction are not digits of the value", () => {
    expect(outcome("cost", cost("0000000000000000000012.5"), "net_cost_eur")).toBe("12.5");
    expect(outcome("cost", cost("12.50000000"), "net_cost_eur")).toBe("12.5");
  });

  it("JSON numbers: through their shortest string (F5); 1e-7, 1e21 and an overflowing literal are out_of_range", () => {
    expect(outcome("cost", cost(0.1), "net_cost_eur")).toBe("0.1");
    expect(outcome("cost", cost(1e-7), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("cost", cost(1e21), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("cost", cost(JSON.parse(`1${"0".repeat(400)}`)), "net_cost_eur")).toBe("net_cost_eur:out_of_range");
    expect(outcome("cost", cost(Number.NaN), "net_cost_eur")).toBe("net_cost_eur:invalid_format");
  });

  it("the message names file, row and field and says what the limit is", () => {
    const { rejections } = validate("cost", [cost("1.12345678")], { maxRejectedShare: 1, source: "costs.csv" });
    expect(rejections[0]!.message).toMatch(/costs\.csv row 1, field net_cost_eur/);
    expect(rejections[0]!.message).toContain("18 digits before the point or 6 after");
  });
});

describe("F5a: a text value holding NUL is invalid_format", () => {
  it("in an id, a string, a code and a word, also where the fast path would otherwise take it", () => {
    const visit = (field: string, value: string) => rowWith("health_care_visit", { [field]: value });
    const reasons = (field: string, value: string) => {
      const { rejections } = validate("health_care_visit", [visit(field, value)], { maxRejectedShare: 1 });
      return rejections.map((rejection) => `${rejection.field}:${rejection.reason}`);
    };
    expect(reasons("visit_id", "v\u00001")).toEqual(["visit_id:invalid_format"]);
    expect(reasons("client_id", "\u0000")).toEqual(["client_id:invalid_format"]);
    expect(reasons("sex", "fe\u0000male")).toEqual(["sex:invalid_format"]);
    expect(reasons("urgency", "non_urgent\u0000")).toEqual(["urgency:invalid_format"]);
    expect(reasons("municipality_code", "1\u000067")).toEqual(["municipality_code:invalid_format"]);
    const { rejections } = validate("cost", [rowWith("cost", { service_class: "31\u000010" })], {
      maxRejectedShare: 1,
    });
    expect(rejections.map((rejection) => `${rejection.field}:${rejection.reason}`)).toEqual([
      "service_class:invalid_format",
    ]);
  });

  it("the message shows the NUL escaped, never raw", () => {
    const { rejections } = validate("cost", [rowWith("cost", { service_class: "ab\u0000c" })], { maxRejectedShare: 1 });
    expect(rejections[0]!.message).not.toContain("\u0000");
    expect(rejections[0]!.message).toContain("\\u0000");
  });
});

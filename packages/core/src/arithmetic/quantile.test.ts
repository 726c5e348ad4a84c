import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { formatExactDecimal } from "./decimal";
import { quantileType7, quantileValue } from "./quantile";

const q = (values: number[], p: number | string) => {
  const result = quantileType7(values, p);
  return result === null ? null : formatExactDecimal(result);
};

describe("quantileType7 (indicators.md Quantiles, F22)", () => {
  it("interpolates between the closest ranks", () => {
    expect(q([1, 2, 3, 4], 0.5)).toBe("2.5"); // h = 2.5
    expect(q([1, 2, 3, 4], 0.9)).toBe("3.7"); // h = 3.7
    expect(q([3, 10, 14, 30], 0.9)).toBe("25.2"); // 14 + 0.7·16
    expect(q([0, 7, 14, 21, 28], 0.5)).toBe("14"); // h = 3 exactly
    expect(q([2, 4, 6, 8, 10, 12, 14, 16, 18, 20], 0.9)).toBe("18.2"); // h = 9.1
  });

  it("takes p as its decimal string, so the value is exact", () => {
    expect(q([0, 0.3], 0.1)).toBe("0.03"); // binary arithmetic gives 0.030000000000000002
    expect(q([0, 0.3], "0.1")).toBe("0.03");
    expect(q([1, 2, 3, 4], "0,5")).toBe("2.5");
  });

  it("gives x₁ for n = 1, whatever p (F22)", () => {
    expect(q([42], 0)).toBe("42");
    expect(q([42], 0.5)).toBe("42");
    expect(q([42], 1)).toBe("42");
  });

  it("gives x₁ at p = 0 and xₙ at p = 1 (h = n, F22)", () => {
    expect(q([1, 5, 9], 0)).toBe("1");
    expect(q([1, 5, 9], 1)).toBe("9");
  });

  it("handles ties", () => {
    expect(q([5, 5, 5, 9], 0.5)).toBe("5");
    expect(q([5, 5, 5, 9], 0.9)).toBe("7.8"); // h = 3.7: 5 + 0.7·4
  });

  it("gives null for no values", () => {
    expect(quantileType7([], 0.5)).toBeNull();
    expect(quantileValue(new Float64Array(0), 0.5, 1)).toBeNull();
  });

  it("accepts typed arrays", () => {
    expect(q(Array.from(new Int32Array([1, 2, 3, 4])), 0.5)).toBe("2.5");
    expect(formatExactDecimal(quantileType7(new Int32Array([1, 2, 3, 4]), 0.9)!)).toBe("3.7");
  });

  it.each([1.5, -0.1, Number.NaN, "abc", "1e-1"])("refuses p = %s, naming it", (p) => {
    expect(() => quantileType7([1, 2], p)).toThrow(UsageError);
    expect(() => quantileType7([1, 2], p)).toThrow(
      /^probability p = .*: expected a number from 0 to 1 such as 0.5 or 0.9$/,
    );
  });

  it("refuses unsorted or non-finite values, naming the index", () => {
    expect(() => quantileType7([1, 3, 2], 0.5)).toThrow(
      "value 2 at index 2 is smaller than the value before it (3): expected finite values sorted in ascending order",
    );
    expect(() => quantileType7([1, Number.NaN], 0.5)).toThrow("value NaN at index 1 is not finite");
  });
});

describe("quantileValue: rounded once, half away from zero", () => {
  it("rounds the exact quantile", () => {
    expect(quantileValue([1, 2, 3, 4], 0.9, 1)).toBe(3.7);
    expect(quantileValue([1, 2], 0.5, 0)).toBe(2); // 1.5, a tie
    expect(quantileValue([0, 1], 0.25, 1)).toBe(0.3); // 0.25, a tie
    expect(quantileValue([-2, -1], 0.5, 0)).toBe(-2); // −1.5, a tie, away from zero
    expect(quantileValue([3, 10, 14, 30], 0.5, 1)).toBe(12);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { Decimal, parseExactDecimal } from "./decimal";
import { roundHalfAwayFromZero, roundRatio } from "./rounding";

describe("roundHalfAwayFromZero (indicators.md Arithmetic and rounding)", () => {
  it.each([
    [2.25, 1, 2.3],
    [-2.25, 1, -2.3],
    [2.35, 1, 2.4], // the binary double of 2.35 is below 2.35; the decimal value is not
    [2.24, 1, 2.2],
    [0.05, 1, 0.1],
    [1.005, 2, 1.01],
    [-0.5, 0, -1],
    [0.5, 0, 1],
    [2.5, 0, 3],
    [123.456, 0, 123],
  ])("%s to %i decimals → %s", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
    expect(roundHalfAwayFromZero(String(value), decimals)).toBe(expected);
    expect(roundHalfAwayFromZero(new Decimal(String(value)), decimals)).toBe(expected);
  });

  it("never returns −0 (F21)", () => {
    expect(Object.is(roundHalfAwayFromZero("-0.04", 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.0001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 0), 0)).toBe(true);
  });
});

describe("roundRatio (F21)", () => {
  it("rounds the worked cases", () => {
    expect(roundRatio(1, 3, 100, 1)).toBe(33.3);
    expect(roundRatio(2, 3, 100, 1)).toBe(66.7);
    expect(roundRatio(547 - 214, 1000, 100, 0)).toBe(33); // NPS: 547 promoters, 214 detractors of 1000
    expect(roundRatio(-375, 1000, 100, 0)).toBe(-38); // −37.5, a tie, away from zero
    expect(roundRatio(-1, 1000, 100, 1)).toBe(-0.1); // −0.1 exactly
    expect(Object.is(roundRatio(-4, 10_000, 100, 1), 0)).toBe(true); // −0.04 → 0, not −0
    expect(Object.is(roundRatio(4, -10_000, 100, 1), 0)).toBe(true);
    expect(roundRatio(1, -8, 100, 1)).toBe(-12.5);
    expect(roundRatio(-1, -8, 100, 0)).toBe(13);
  });

  it("is exact for decimal inputs (Σ fte = 12.35)", () => {
    expect(roundRatio("12.35", 1000, 1000, 2)).toBe(12.35);
    expect(roundRatio(parseExactDecimal("12.35"), 5000, 1000, 2)).toBe(2.47);
    expect(roundRatio("12,345", 1000, 1000, 2)).toBe(12.35); // 12.345, a tie
    expect(roundRatio(12.345, 1000, 1000, 2)).toBe(12.35); // the number 12.345 is taken as 12.345 (F5)
    expect(roundRatio("0.1", "0.3", 1, 3)).toBe(0.333);
    expect(roundRatio(1, "0.008", 1, 0)).toBe(125);
    expect(roundRatio("1", 3, "0.5", 4)).toBe(0.1667);
  });

  it("accepts bigints and values beyond 2^53", () => {
    expect(roundRatio(2n ** 60n, 1n, 1n, 0)).toBe(2 ** 60);
    expect(roundRatio(9_007_199_254_740_993n, 1, 100, 0)).toBe(900_719_925_474_099_300);
    expect(roundRatio(Number.MAX_SAFE_INTEGER, 3, 1000, 2)).toBe(Number("3002399751580330333.33")); // 2⁵³−1 ·1000/3
    expect(roundRatio(Number.MAX_SAFE_INTEGER, 3, 1, 2)).toBe(3_002_399_751_580_330.33);
    expect(roundRatio(1, 3n, 100, 1)).toBe(33.3);
  });

  it("gives null for a zero denominator", () => {
    expect(roundRatio(5, 0, 100, 1)).toBeNull();
    expect(roundRatio(5, "0.000", 100, 1)).toBeNull();
    expect(roundRatio(5, 0n, 100, 1)).toBeNull();
    expect(roundRatio(5, new Decimal(0), 100, 1)).toBeNull();
  });

  it("agrees with decimal.js division rounded half away from zero (property)", () => {
    const int = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    fc.assert(
      fc.property(
        int,
        int.filter((d) => d !== 0),
        fc.constantFrom(1, 100, 1000),
        fc.integer({ min: 0, max: 4 }),
        (n, d, scale, decimals) => {
          const expected = new Decimal(n)
            .times(scale)
            .div(d)
            .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
            .toNumber();
          const fast = roundRatio(n, d, scale, decimals);
          expect(fast).toBe(expected === 0 ? 0 : expected);
          expect(roundRatio(BigInt(n), BigInt(d), BigInt(scale), decimals)).toBe(fast);
          expect(roundRatio(String(n), new Decimal(d), scale, decimals)).toBe(fast);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([-1, 1.5, 21, Number.NaN])("refuses decimals = %s", (decimals) => {
    expect(() => roundRatio(1, 3, 100, decimals)).toThrow(UsageError);
    expect(() => roundRatio(1, 3, 100, decimals)).toThrow(
      `decimals ${String(decimals)}: expected an integer number of decimals 0–20`,
    );
  });

  it.each([
    ["numerator", () => roundRatio("abc", 3, 100, 1), '"abc"'],
    ["numerator", () => roundRatio(Number.NaN, 3, 100, 1), "NaN"],
    ["denominator", () => roundRatio(1, "1e3", 100, 1), '"1e3"'],
    ["scale", () => roundRatio(1, 3, Number.POSITIVE_INFINITY, 1), "Infinity"],
    ["numerator", () => roundHalfAwayFromZero(new Decimal(Number.NaN), 1), "NaN"],
  ] as const)("refuses a bad %s, naming it", (name, call, shown) => {
    expect(call).toThrow(
      `${name} ${shown} is not an exact number: expected a finite number, decimal text such as 12.35, a Decimal or ` +
        "a bigint",
    );
  });
});

import { describe, expect, it } from "vitest";
import { exactDifference, withinTolerance } from "./exact-decimal";

describe("exactDifference (F5: floats through their shortest decimal string)", () => {
  it("subtracts exactly where binary floats would not", () => {
    expect(80.1 - 80).not.toBe(0.1);
    expect(exactDifference(80.1, 80)).toBe(0.1);
    expect(exactDifference(19.9, 20)).toBe(-0.1);
    expect(exactDifference(0.3, 0.1)).toBe(0.2);
    expect(exactDifference(30358, 30541)).toBe(-183);
  });

  it("handles exponents, zero and sign", () => {
    expect(exactDifference(1e21, 1)).toBe(1e21 - 1);
    expect(exactDifference(1.5e-7, 5e-8)).toBe(1e-7);
    expect(Object.is(exactDifference(2.5, 2.5), 0)).toBe(true);
    expect(exactDifference(-1.25, 0.75)).toBe(-2);
  });
});

describe("withinTolerance", () => {
  it("compares |difference| ≤ tolerance exactly", () => {
    expect(withinTolerance(-0.1, 0.1)).toBe(true);
    expect(withinTolerance(0.11, 0.1)).toBe(false);
    expect(withinTolerance(0, 0)).toBe(true);
    expect(withinTolerance(-183, 182)).toBe(false);
  });
});

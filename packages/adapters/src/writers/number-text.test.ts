import { DataError } from "@virta/core";
import { describe, expect, it } from "vitest";
import { fixedDecimalText, plainNumberText } from "./number-text";

describe("number texts (F30)", () => {
  it("writes plain numbers without exponent or trailing zeros", () => {
    expect(plainNumberText(80)).toBe("80");
    expect(plainNumberText(12.5)).toBe("12.5");
    expect(plainNumberText(0.1)).toBe("0.1");
    expect(plainNumberText(-0)).toBe("0");
    expect(plainNumberText(1.5e-7)).toBe("0.00000015");
    expect(plainNumberText(-2.5e-7)).toBe("-0.00000025");
    expect(plainNumberText(2e21)).toBe("2000000000000000000000");
    expect(plainNumberText(1.25e21)).toBe("1250000000000000000000");
    expect(() => plainNumberText(Number.NaN)).toThrowError(DataError);
  });

  it("writes values with exactly `decimals` fraction digits and never rounds again", () => {
    expect(fixedDecimalText(80, 1)).toBe("80.0");
    expect(fixedDecimalText(66.7, 1)).toBe("66.7");
    expect(fixedDecimalText(-0, 1)).toBe("0.0"); // no sign on zero (F21)
    expect(fixedDecimalText(5, 0)).toBe("5");
    expect(fixedDecimalText(0.05, 3)).toBe("0.050");
    expect(() => fixedDecimalText(66.67, 1)).toThrowError(
      /value 66\.67 has 2 fraction digits but the result declares 1 decimals/,
    );
  });
});

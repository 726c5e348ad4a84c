import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { Decimal, decimalFromNumber, formatExactDecimal, parseExactDecimal, tryParseExactDecimal } from "./decimal";

describe("parseExactDecimal (F5)", () => {
  it.each([
    ["12.35", "12.35"],
    ["12,35", "12.35"],
    ["1,234", "1.234"], // F5: a comma is the decimal separator, never grouping
    ["-0.50", "-0.5"],
    ["007", "7"],
    ["-0", "0"],
    ["0.000000000000000000000000000001", "0.000000000000000000000000000001"],
    ["123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789"],
  ])("reads %j as %s", (text, expected) => {
    expect(formatExactDecimal(parseExactDecimal(text))).toBe(expected);
  });

  it.each(["1 234", "1e3", "+1", ".5", "5.", "", "1.2.3", "1,234.5", "NaN", "Infinity", "0x10", " 1", "1 ", "--1"])(
    "refuses %j, naming the value and the form",
    (text) => {
      expect(tryParseExactDecimal(text)).toBeNull();
      expect(() => parseExactDecimal(text)).toThrow(UsageError);
      expect(() => parseExactDecimal(text)).toThrow(
        `decimal ${JSON.stringify(text)} is not valid: expected digits with an optional minus sign and an optional ` +
          ". or , fraction",
      );
    },
  );

  it("sums exactly", () => {
    let sum = new Decimal(0);
    for (let index = 0; index < 10; index += 1) sum = sum.plus(parseExactDecimal("0.1"));
    expect(formatExactDecimal(sum)).toBe("1");
    expect(formatExactDecimal(parseExactDecimal("4.15").plus("8.2"))).toBe("12.35");
  });

  it("keeps 80 significant digits", () => {
    const third = new Decimal(1).div(3);
    expect(formatExactDecimal(third)).toBe(`0.${"3".repeat(80)}`);
  });
});

describe("decimalFromNumber (F5: the shortest round-trip string)", () => {
  it("keeps 0.1 as 0.1", () => {
    expect(formatExactDecimal(decimalFromNumber(0.1))).toBe("0.1");
    expect(formatExactDecimal(decimalFromNumber(0.1 + 0.2))).toBe("0.30000000000000004");
    expect(formatExactDecimal(decimalFromNumber(1e21))).toBe("1000000000000000000000");
    expect(formatExactDecimal(decimalFromNumber(1e-7))).toBe("0.0000001");
    expect(formatExactDecimal(decimalFromNumber(-0))).toBe("0");
    expect(formatExactDecimal(decimalFromNumber(-2.5))).toBe("-2.5");
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (x) => {
    expect(() => decimalFromNumber(x)).toThrow(`number ${String(x)} is not finite: expected a finite number`);
  });
});

describe("formatExactDecimal (F30)", () => {
  it("prints plain notation without trailing zeros or an exponent", () => {
    expect(formatExactDecimal(new Decimal("12.3500"))).toBe("12.35");
    expect(formatExactDecimal(new Decimal("100"))).toBe("100");
    expect(formatExactDecimal(new Decimal("1e25"))).toBe("10000000000000000000000000");
    expect(formatExactDecimal(new Decimal("-1.5e-10"))).toBe("-0.00000000015");
    expect(formatExactDecimal(new Decimal("-0"))).toBe("0");
  });

  it("refuses NaN and infinities", () => {
    expect(() => formatExactDecimal(new Decimal(Number.NaN))).toThrow("value NaN is not a finite Decimal");
  });
});

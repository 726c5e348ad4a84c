import { describe, expect, it } from "vitest";
import { Decimal, exactNumber, fixedText, isExactNumber, roundRatio, roundRatioExact } from "@virta/core";

describe("exactNumber: a JSON number only when it is exactly the decimal (F5, F21)", () => {
  it("safe integers and short fractions stay numbers", () => {
    expect(exactNumber(80)).toBe(80);
    expect(exactNumber("12.3500000000")).toBe(12.35);
    expect(exactNumber(new Decimal("0.000001"))).toBe(0.000001);
    expect(exactNumber("-0.0")).toBe(0);
    expect(exactNumber(9007199254740991n)).toBe(9007199254740991);
  });

  it("integers beyond 2^53 − 1 and fractions no double holds become exact text", () => {
    expect(exactNumber("9007199254740993")).toBe("9007199254740993");
    expect(exactNumber(new Decimal("123456789012345679901.5"))).toBe("123456789012345679901.5");
    expect(exactNumber("1999999999999999999.999998")).toBe("1999999999999999999.999998");
    expect(exactNumber("0.1000000000000000055511151231257827")).toBe("0.1000000000000000055511151231257827");
  });

  it("isExactNumber accepts numbers and plain decimal text only", () => {
    expect(isExactNumber("61759274143244462.18")).toBe(true);
    expect(isExactNumber(12.5)).toBe(true);
    expect(isExactNumber("1e3")).toBe(false);
    expect(isExactNumber(Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe("roundRatioExact", () => {
  it("gives roundRatio's number whenever that number is exact", () => {
    expect(roundRatioExact(1, 3, 100, 1)).toBe(33.3);
    expect(roundRatioExact(-375, 1000, 100, 0)).toBe(-38);
    expect(roundRatioExact("-0.04", 1, 1, 1)).toBe(0);
    expect(roundRatioExact(5, 0, 100, 1)).toBeNull();
  });

  it("123456789012345679901.5 / 1999 = 61759274143244462.1818… → …462.18, where roundRatio's double is …460", () => {
    expect(roundRatioExact("123456789012345679901.5", 1999, 1, 2)).toBe("61759274143244462.18");
    expect(roundRatio("123456789012345679901.5", 1999, 1, 2)).toBe(61759274143244460);
  });

  it("ties away from zero on big values too: −1234567890123456789.5 → −1234567890123456790", () => {
    expect(roundRatioExact("-1234567890123456789.5", 1, 1, 0)).toBe("-1234567890123456790");
  });

  it("fixedText writes exactly `decimals` fraction digits and never −0", () => {
    expect(fixedText(5n, false, 3)).toBe("0.005");
    expect(fixedText(0n, true, 1)).toBe("0.0");
    expect(fixedText(1234n, true, 0)).toBe("-1234");
  });
});

import { describe, expect, it } from "vitest";
import { isPersonalIdentityCode, maskIdentifier } from "@virta/concepts";

// Check characters worked by hand: index = DDMMYYNNN mod 31 into 0123456789ABCDEFHJKLMNPRSTUVWXY.
describe("isPersonalIdentityCode (F11)", () => {
  it("accepts the classic example 131052-308T (131052308 mod 31 = 25 → T)", () => {
    expect(131052308 % 31).toBe(25);
    expect(isPersonalIdentityCode("131052-308T")).toBe(true);
  });

  it("accepts every century sign of F11, old and new (+ - A B C D E F Y X W V U)", () => {
    for (const sign of "+-ABCDEFYXWVU") expect(isPersonalIdentityCode(`131052${sign}308T`)).toBe(true);
  });

  it("is case-insensitive and ignores surrounding ASCII white space (F11, F1)", () => {
    expect(isPersonalIdentityCode("131052a308t")).toBe(true);
    expect(isPersonalIdentityCode("  131052-308T\t")).toBe(true);
  });

  it("includes individual numbers 900–999 (010101-900R: 10101900 mod 31 = 23 → R)", () => {
    expect(10101900 % 31).toBe(23);
    expect(isPersonalIdentityCode("010101-900R")).toBe(true);
  });

  it("does not check the date part: 31 February (310299-1234) with a right check character is a code", () => {
    // 310299123 mod 31 = 4 → 4
    expect(310299123 % 31).toBe(4);
    expect(isPersonalIdentityCode("310299-1234")).toBe(true);
  });

  it("a wrong check character is an ordinary identifier", () => {
    expect(isPersonalIdentityCode("131052-308U")).toBe(false);
    expect(isPersonalIdentityCode("131052-3080")).toBe(false);
  });

  it("refuses other shapes: unknown century sign, too short, letters in the digits", () => {
    expect(isPersonalIdentityCode("131052G308T")).toBe(false);
    expect(isPersonalIdentityCode("131052-308")).toBe(false);
    expect(isPersonalIdentityCode("13105X-308T")).toBe(false);
    expect(isPersonalIdentityCode("")).toBe(false);
  });
});

describe("maskIdentifier (F11)", () => {
  it("keeps the first two code points and stars the rest", () => {
    expect(maskIdentifier("131052-308T")).toBe("13*********");
    expect(maskIdentifier("äö€x")).toBe("äö**");
    expect(maskIdentifier("ab")).toBe("ab");
    expect(maskIdentifier("a")).toBe("a");
  });
});

/**
 * The text pass (issue 13; F1, F3, F4, F5a, F6, F10, F11, F34): the plain text and day cells it takes
 * (hand-checked values), and the rows it leaves to the general loop, in order. That the validator's
 * results are the same with it is the columnar property test's and the reference's business.
 */
import { describe, expect, it } from "vitest";
import { MIN_DATA_DAY_NUMBER, NULL_DAY, parseDate } from "@virta/core";
import { cachedTextPass, codeNumber, dateTextPass, hotSlotsOf, idTextPass } from "./text-pass";

const scratch = new Int32Array(16);

describe("the text pass (issue 13)", () => {
  it("takes an identifier's plain text and leaves every cell its check could change", () => {
    const failField = Int32Array.of(-1, -1, -1, -1, -1, -1, -1, 3, -1);
    const texts: Array<string | null> = new Array(9).fill(null);
    const cells = ["v1", " v2", "v3 ", "", "010101-900R", "a\0b", "x".repeat(65), "v8", 9];
    const rest = idTextPass(failField, cells, texts, 64, scratch);
    expect([...rest]).toEqual([1, 2, 3, 4, 5, 6, 8]); // row 7 failed before: skipped
    expect(texts).toEqual(["v1", null, null, null, null, null, null, null, null]);
  });

  it("takes a plain date or a day number of a data year, and leaves the rest (F4, F34)", () => {
    const failField = new Int32Array(7).fill(-1);
    const days = new Int32Array(7);
    const cells = ["2024-01-31", 19_753, "31.1.2024", "", NULL_DAY, "0000-01-01", MIN_DATA_DAY_NUMBER - 1];
    expect([...dateTextPass(failField, cells, days, true, scratch)]).toEqual([2, 3, 4, 5, 6]);
    expect([days[0], days[1]]).toEqual([parseDate("2024-01-31"), 19_753]);
    // Without day numbers in the column, a number is no date to take (the check says why).
    expect([...dateTextPass(Int32Array.of(-1), [19_753], days, false, scratch)]).toEqual([0]);
  });

  it("puts each of a few spellings in its own slot, and a shared slot in none", () => {
    const slots = hotSlotsOf(["male", "female", ""]);
    expect(slots.filter((index) => index >= 0).sort()).toEqual(Int8Array.of(0, 1));
    // Same length, first and last character: one slot, so neither is found there (the map finds them).
    const shared = hotSlotsOf(["axb", "ayb"]);
    expect(shared.filter((index) => index >= 0).length).toBe(0);
  });

  it("takes spellings checked before (by slot, map or number) and leaves the others", () => {
    const female = { stored: 0, owner: null };
    const male = { stored: 1, owner: null };
    const hot = ["female", "male"];
    const spellings = new Map([
      ["female", female],
      ["male", male],
      ["N", female],
    ]);
    const caches = new Map<unknown, { spellings: typeof spellings; byNumber: Array<typeof male | undefined> }>([
      [null, { spellings, byNumber: [] }],
    ]);
    const failField = new Int32Array(6).fill(-1);
    failField[5] = 0;
    const codes = new Int32Array(6).fill(-7);
    const rest = cachedTextPass({
      failField,
      rowClass: new Array(6).fill(null),
      owners: new Array(6).fill(null),
      target: codes,
      source: ["male", "N", "x", 1, "female", "male"],
      caches,
      isMunicipality: false,
      digits: 0,
      hotSpellings: hot,
      hotCells: [female, male],
      hotSlots: hotSlotsOf(hot),
      scratch,
    });
    expect([...rest]).toEqual([2, 3]);
    expect([...codes]).toEqual([1, 0, -7, -7, 0, -7]);
  });

  it("reads a code's number from exactly its digits or from an integer number below 10^width (F3)", () => {
    expect([codeNumber("091", 3), codeNumber(91, 3), codeNumber(5, 2), codeNumber(-0, 2)]).toEqual([91, 91, 5, 0]);
    expect([codeNumber("91", 3), codeNumber(" 91", 3), codeNumber("9a1", 3), codeNumber(null, 3)]).toEqual([
      -1, -1, -1, -1,
    ]);
    expect([codeNumber(91.5, 3), codeNumber(1000, 3), codeNumber(100, 2), codeNumber(-3, 2)]).toEqual([-1, -1, -1, -1]);
    expect([codeNumber(Number.NaN, 3), codeNumber(Number.POSITIVE_INFINITY, 3), codeNumber(99, 2)]).toEqual([
      -1, -1, 99,
    ]);
  });

  it("takes a municipality code given as a number by the number of its checked digits (F3, F10)", () => {
    const helsinki = { stored: 4, owner: "91" };
    const year2024 = { spellings: new Map([["091", helsinki]]), byNumber: [] as Array<typeof helsinki | undefined> };
    year2024.byNumber[91] = helsinki;
    const classification = { year: 2024 } as never;
    const caches = new Map<unknown, typeof year2024>([[classification, year2024]]);
    const cells = ["091", 91, "91", 91.5, 1091, 49, true, null];
    const length = cells.length;
    const codes = new Int32Array(length).fill(-7);
    const owners: Array<string | null> = new Array(length).fill(null);
    const rest = cachedTextPass({
      failField: new Int32Array(length).fill(-1),
      rowClass: new Array(length).fill(classification),
      owners,
      target: codes,
      source: cells,
      caches,
      isMunicipality: true,
      digits: 3,
      hotSpellings: [],
      hotCells: [],
      hotSlots: hotSlotsOf([]),
      scratch,
    });
    expect([...rest]).toEqual([2, 3, 4, 5, 6, 7]);
    expect([...codes]).toEqual([4, 4, -7, -7, -7, -7, -7, -7]);
    expect(owners).toEqual(["91", "91", null, null, null, null, null, null]);
  });
});

/**
 * The text pass (issue 13; F1, F3, F4, F5a, F6, F10, F11, F34): the plain text and day cells it takes
 * (hand-checked values), and the rows it leaves to the general loop, in order. That the validator's
 * results are the same with it is the columnar property test's and the reference's business.
 */
import { describe, expect, it } from "vitest";
import { MIN_DATA_DAY_NUMBER, NULL_DAY, parseDate } from "@virta/core";
import { cachedTextPass, dateTextPass, hotSlotsOf, idTextPass } from "./text-pass";

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
});

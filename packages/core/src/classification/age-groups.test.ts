import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import {
  AGE_GROUP_SETS,
  AGE_GROUP_SET_IDS,
  ageGroupIndex,
  ageGroupIndexer,
  ageGroupOf,
  resolveAgeGroupSet,
} from "./age-groups";

const labels = (id: string) => resolveAgeGroupSet(id).bands.map((band) => band.label);

describe("built-in age-group sets (classifications.md)", () => {
  it("has the six sets in the listed order", () => {
    expect(AGE_GROUP_SET_IDS).toEqual(["sotkanet", "statfin", "five_year", "elderly", "care_guarantee", "feedback"]);
    expect(Object.keys(AGE_GROUP_SETS)).toEqual([...AGE_GROUP_SET_IDS]);
  });

  it("has the bands of classifications.md", () => {
    expect(labels("sotkanet")).toEqual(["0-6", "7-15", "16-24", "25-64", "65-74", "75+"]);
    expect(labels("statfin")).toEqual(["0-14", "15-64", "65-74", "75+"]);
    expect(labels("five_year")).toEqual([
      "0-4",
      "5-9",
      "10-14",
      "15-19",
      "20-24",
      "25-29",
      "30-34",
      "35-39",
      "40-44",
      "45-49",
      "50-54",
      "55-59",
      "60-64",
      "65-69",
      "70-74",
      "75-79",
      "80-84",
      "85+",
    ]);
    expect(labels("elderly")).toEqual(["0-64", "65-74", "75-84", "85+"]);
    expect(labels("care_guarantee")).toEqual(["0-22", "23+"]);
    expect(labels("feedback")).toEqual(["7-12", "13-17", "18-64", "65+"]);
  });

  it("marks only feedback as labelling the given respondent_age_group (F17)", () => {
    expect(AGE_GROUP_SET_IDS.filter((id) => AGE_GROUP_SETS[id].labelsGiven)).toEqual(["feedback"]);
  });

  it("writes bounds as numbers, the last band open", () => {
    expect(AGE_GROUP_SETS.statfin.bands[1]).toEqual({ label: "15-64", lower: 15, upper: 64 });
    expect(AGE_GROUP_SETS.statfin.bands[3]).toEqual({ label: "75+", lower: 75, upper: null });
  });
});

describe("ageGroupOf / ageGroupIndex", () => {
  it("places ages at every sotkanet boundary", () => {
    const set = AGE_GROUP_SETS.sotkanet;
    expect([0, 6, 7, 15, 16, 24, 25, 64, 65, 74, 75, 120].map((age) => ageGroupOf(set, age))).toEqual([
      "0-6",
      "0-6",
      "7-15",
      "7-15",
      "16-24",
      "16-24",
      "25-64",
      "25-64",
      "65-74",
      "65-74",
      "75+",
      "75+",
    ]);
  });

  it("splits the care guarantee at 23", () => {
    expect(ageGroupIndex(AGE_GROUP_SETS.care_guarantee, 22)).toBe(0);
    expect(ageGroupIndex(AGE_GROUP_SETS.care_guarantee, 23)).toBe(1);
    expect(ageGroupOf(AGE_GROUP_SETS.five_year, 84)).toBe("80-84");
    expect(ageGroupOf(AGE_GROUP_SETS.five_year, 85)).toBe("85+");
  });

  it("gives −1 for an age no band holds, and ageGroupOf names it", () => {
    expect([-1, 2.5, Number.NaN, 5].map((age) => ageGroupIndex(AGE_GROUP_SETS.feedback, age))).toEqual([
      -1, -1, -1, -1,
    ]);
    expect(ageGroupIndex(AGE_GROUP_SETS.feedback, 7)).toBe(0);
    expect(() => ageGroupOf(AGE_GROUP_SETS.feedback, 5)).toThrow(UsageError);
    expect(() => ageGroupOf(AGE_GROUP_SETS.feedback, 5)).toThrow(
      'age 5 is in no band of age-group set "feedback": expected an integer age of at least 7',
    );
  });

  it("the fast indexer agrees with a linear search over the bands (property)", () => {
    const sets = [...AGE_GROUP_SET_IDS.map((id) => AGE_GROUP_SETS[id]), resolveAgeGroupSet("0-0,1-99,100+")];
    fc.assert(
      fc.property(fc.constantFrom(...sets), fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double()), (set, age) => {
        const expected = Number.isInteger(age)
          ? set.bands.findIndex((band) => age >= band.lower && (band.upper === null || age <= band.upper))
          : -1;
        expect(ageGroupIndex(set, age)).toBe(expected);
        expect(ageGroupIndexer(set)(age)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("resolveAgeGroupSet (F17)", () => {
  it("returns the built-in sets by id", () => {
    expect(resolveAgeGroupSet("elderly")).toBe(AGE_GROUP_SETS.elderly);
  });

  it("reads a custom set whose id is the string itself", () => {
    const set = resolveAgeGroupSet("0-17,18-64,65+");
    expect(set.id).toBe("0-17,18-64,65+");
    expect(set.labelsGiven).toBe(false);
    expect(set.bands).toEqual([
      { label: "0-17", lower: 0, upper: 17 },
      { label: "18-64", lower: 18, upper: 64 },
      { label: "65+", lower: 65, upper: null },
    ]);
    expect(ageGroupOf(set, 90)).toBe("65+");
    expect(resolveAgeGroupSet("0+").bands).toEqual([{ label: "0+", lower: 0, upper: null }]);
  });

  it.each([
    ["unknown", " is not a known id"],
    ["Sotkanet", " is not a known id"],
    ["", " is empty"],
    ["5-17,18+", " does not start at 0 (F17)"],
    ["0-17,19+", " is not contiguous: band 19+ should start at 18"],
    ["0-17,18-64", " ends with the closed band 18-64; the last band must be open, such as 65+"],
    ["0-17,18+,65+", " has the open band 18+ before its end"],
    ["0-17, 18+", ' is not a known id and its band " 18+" is not written a-b or a+'],
    ["0-17,18-10,11+", " has the band 18-10 whose end is before its start"],
    ["0-17,,18+", ' is not a known id and its band "" is not written a-b or a+'],
    ["00-17,18+", ' is not a known id and its band "00-17" is not written a-b or a+'],
  ])("refuses %j: the message names the value, the reason, the known ids and the custom form", (value, reason) => {
    expect(() => resolveAgeGroupSet(value)).toThrow(UsageError);
    try {
      resolveAgeGroupSet(value);
    } catch (error) {
      const { code, message } = error as UsageError;
      expect(code).toBe("unknown_age_group_set");
      expect(message).toContain(`age-group set ${JSON.stringify(value)}${reason}`);
      expect(message).toContain("expected one of sotkanet, statfin, five_year, elderly, care_guarantee, feedback");
      expect(message).toContain("a custom set written like 0-17,18-64,65+");
    }
  });
});

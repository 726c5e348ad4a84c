import { describe, expect, it } from "vitest";
import { formatResultJsonStat, toJsonStat } from "./result-jsonstat";
import { byOrganizerAndAge, withoutBreakdown } from "./test-support/result-fixtures";

describe("formatResultJsonStat (F31)", () => {
  it("follows JSON-stat 2.0: version, class, id, size, dimension, value, status", () => {
    const labels: Record<string, Record<string, string>> = {
      organizer: { "14": "Pirkanmaan hyvinvointialue", "15": "Etelä-Pohjanmaan hyvinvointialue" },
      age_group: { "25-64": "25–64-vuotiaat", "75+": "75 vuotta täyttäneet" },
    };
    const calls: string[] = [];
    const dataset = JSON.parse(
      formatResultJsonStat(byOrganizerAndAge(), {
        labelOf: (dimension, code, lang) => {
          calls.push(lang);
          return labels[dimension]![code]!;
        },
      }),
    ) as ReturnType<typeof toJsonStat>;
    expect(dataset.version).toBe("2.0");
    expect(dataset.class).toBe("dataset");
    expect(dataset.label).toBe("availability.primary_care.within_14_days");
    expect(dataset.id).toEqual(["organizer", "age_group"]);
    // Only categories that occur, in row order: age groups 25-64 then 75+.
    expect(dataset.size).toEqual([2, 2]);
    expect(dataset.dimension.organizer).toEqual({
      label: "Hyvinvointialue",
      category: { index: { "14": 0, "15": 1 }, label: labels.organizer },
    });
    expect(dataset.dimension.age_group!.category.index).toEqual({ "25-64": 0, "75+": 1 });
    expect(dataset.dimension.age_group!.category.label["75+"]).toBe("75 vuotta täyttäneet");
    expect(new Set(calls)).toEqual(new Set(["fi"])); // fi by default
    // Row-major: (14,25-64)=80, (14,75+)=suppressed, (15,25-64)=absent, (15,75+)=66.7
    expect(dataset.value).toEqual([80, null, null, 66.7]);
    expect(dataset.value.length).toBe(dataset.size.reduce((a, b) => a * b, 1));
    expect(dataset.status).toEqual({ "1": "..", "2": "-" });
    expect(dataset.extension).toMatchObject({
      indicator: { id: "availability.primary_care.within_14_days", version: "1.0.0", definition_hash: "sha256:abc" },
      period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
      unit: "percent",
      decimals: 1,
      lang: "fi",
    });
  });

  it("puts the last dimension fastest when the first dimension has more categories", () => {
    const result = byOrganizerAndAge();
    result.rows = [
      { organizer: "01", age_group: "0-17", numerator: 1, denominator: 2, value: 50, suppressed: false },
      { organizer: "02", age_group: "18-64", numerator: 1, denominator: 4, value: 25, suppressed: false },
      { organizer: "03", age_group: "0-17", numerator: 1, denominator: 5, value: 20, suppressed: false },
    ];
    const dataset = toJsonStat(result, { lang: "en", dimensionLabelOf: (dimension, lang) => `${dimension} (${lang})` });
    expect(dataset.size).toEqual([3, 2]);
    expect(dataset.value).toEqual([50, null, null, 25, 20, null]);
    expect(dataset.status).toEqual({ "1": "-", "2": "-", "5": "-" });
    expect(dataset.dimension.organizer!.label).toBe("organizer (en)");
    expect(dataset.extension.lang).toBe("en");
  });

  it("lists a later dimension's categories in F19 order, not in order of first occurrence (F31 'in row order')", () => {
    // Rows sorted by F19: (08, 75+), (14, 25-64), (14, 75+). First occurrence would list 75+ before
    // 25-64; the sotkanet set orders 25-64 first, so value = [(08,25-64) absent, (08,75+) 50,
    // (14,25-64) 80, (14,75+) suppressed].
    const result = byOrganizerAndAge();
    result.rows = [
      { organizer: "08", age_group: "75+", numerator: 5, denominator: 10, value: 50, suppressed: false },
      { organizer: "14", age_group: "25-64", numerator: 40, denominator: 50, value: 80, suppressed: false },
      { organizer: "14", age_group: "75+", numerator: null, denominator: null, value: null, suppressed: true },
    ];
    const dataset = toJsonStat(result);
    expect(dataset.dimension.organizer!.category.index).toEqual({ "08": 0, "14": 1 });
    expect(Object.keys(dataset.dimension.age_group!.category.index)).toEqual(["25-64", "75+"]);
    expect(dataset.value).toEqual([null, 50, 80, null]);
    expect(dataset.status).toEqual({ "0": "-", "3": ".." });
  });

  it("orders a custom age-group set's bands and enums by classification (F19), unknown last", () => {
    const result = { ...byOrganizerAndAge(), age_groups: "0-9,10-99,100+", breakdown: ["sex", "age_group"] };
    result.rows = [
      { sex: "male", age_group: "100+", numerator: 5, denominator: 5, value: 100, suppressed: false },
      { sex: "female", age_group: "10-99", numerator: 1, denominator: 5, value: 20, suppressed: false },
      { sex: "unknown", age_group: "0-9", numerator: 0, denominator: 5, value: 0, suppressed: false },
    ];
    const dataset = toJsonStat(result);
    // Code point order would give 0-9, 10-99, 100+ too, but first occurrence gives 100+, 10-99, 0-9.
    expect(Object.keys(dataset.dimension.age_group!.category.index)).toEqual(["0-9", "10-99", "100+"]);
    expect(Object.keys(dataset.dimension.sex!.category.index)).toEqual(["male", "female", "unknown"]);
    // Row-major over sex × age_group: (male,100+)=100 at 2, (female,10-99)=20 at 4, (unknown,0-9)=0 at 6.
    expect(dataset.value).toEqual([null, null, 100, null, 20, null, 0, null, null]);
  });

  it("gives a result without breakdown no dimension and one value (F31: `id` is the breakdown dimensions only)", () => {
    const dataset = toJsonStat(withoutBreakdown(), { updated: "2026-03-31" });
    expect(dataset.id).toEqual([]);
    expect(dataset.size).toEqual([]);
    expect(dataset.dimension).toEqual({});
    expect(dataset.value).toEqual([1234]);
    expect(dataset.status).toEqual({});
    expect(dataset.role).toBeUndefined();
    expect(dataset.source).toBe("@virta/indicators 0.3.0; activity.visits.count 1.0.0; sha256:def");
  });

  it("rejects a second row in a result without breakdown", () => {
    const result = withoutBreakdown();
    result.rows.push({ ...result.rows[0]! });
    expect(() => toJsonStat(result)).toThrowError(/result row 2 repeats the only cell/);
  });

  it("rejects two rows for the same cell", () => {
    const result = byOrganizerAndAge();
    result.rows.push({ ...result.rows[0]! });
    expect(() => toJsonStat(result)).toThrowError(/result row 4 repeats the cell organizer=14, age_group=25-64/);
  });
});

/**
 * The `compute` JSON-stat read back with an independent reader (jsonstat-toolkit, F31): labels in each
 * language, role.geo, source, updated, statuses "-" and "..", and every value at its coordinates.
 */
import JSONstat from "jsonstat-toolkit";
import { describe, expect, it } from "vitest";
import { checkUpdatedDate, helsinkiDate, jsonStatRole } from "./jsonstat-common";
import { formatResultJsonStat } from "./result-jsonstat";
import { byOrganizerAndAge, withoutBreakdown } from "./test-support/result-fixtures";

type Toolkit = any;
const read = (text: string): Toolkit => JSONstat(JSON.parse(text));

describe("compute JSON-stat read back with jsonstat-toolkit (F31)", () => {
  it("has Finnish dimension and category labels by default, role.geo, source and updated", () => {
    const ds = read(formatResultJsonStat(byOrganizerAndAge(), { updated: "2026-03-31" }));
    expect(ds.class).toBe("dataset");
    expect(ds.id).toEqual(["organizer", "age_group"]);
    expect(ds.Dimension("organizer").label).toBe("Hyvinvointialue");
    expect(ds.Dimension("age_group").label).toBe("Ikäryhmä");
    expect(ds.Dimension("organizer").Category("14").label).toBe("Pohjois-Karjalan hyvinvointialue");
    expect(ds.Dimension("organizer").Category("15").label).toBe("Keski-Suomen hyvinvointialue");
    expect(ds.role.geo).toEqual(["organizer"]);
    expect(ds.role.time).toBeNull();
    expect(ds.Dimension("organizer").role).toBe("geo");
    expect(ds.Dimension("age_group").role).toBe("classification");
    expect(ds.source).toBe("@virta/indicators 0.3.0; availability.primary_care.within_14_days 1.0.0; sha256:abc");
    expect(ds.updated).toBe("2026-03-31");
    // Rows: (14,25-64)=80; (14,75+) suppressed; (15,25-64) absent; (15,75+)=66.7.
    expect(ds.Data({ organizer: "14", age_group: "25-64" })).toEqual({ value: 80, status: null });
    expect(ds.Data({ organizer: "14", age_group: "75+" })).toEqual({ value: null, status: ".." });
    expect(ds.Data({ organizer: "15", age_group: "25-64" })).toEqual({ value: null, status: "-" });
    expect(ds.Data({ organizer: "15", age_group: "75+" })).toEqual({ value: 66.7, status: null });
  });

  it("labels dimensions and categories in Swedish and English (--lang)", () => {
    const sv = read(formatResultJsonStat(byOrganizerAndAge(), { lang: "sv", updated: "2026-03-31" }));
    expect(sv.Dimension("organizer").label).toBe("Välfärdsområde");
    expect(sv.Dimension("age_group").label).toBe("Åldersgrupp");
    expect(sv.Dimension("organizer").Category("14").label).toBe("Norra Karelens välfärdsområde");
    const en = read(formatResultJsonStat(byOrganizerAndAge(), { lang: "en", updated: "2026-03-31" }));
    expect(en.Dimension("organizer").label).toBe("Wellbeing services county");
    expect(en.Dimension("age_group").label).toBe("Age group");
    expect(en.Dimension("organizer").Category("14").label).toBe("North Karelia wellbeing services county");
  });

  it("names municipality as geo and leaves role out without a geographic dimension", () => {
    const result = { ...byOrganizerAndAge(), breakdown: ["municipality"] };
    result.rows = [{ municipality: "091", numerator: 5, denominator: 10, value: 50, suppressed: false }];
    const ds = read(formatResultJsonStat(result, { lang: "sv" }));
    expect(ds.role.geo).toEqual(["municipality"]);
    expect(ds.Dimension("municipality").Category("091").label).toBe("Helsingfors");
    expect(ds.Dimension("municipality").label).toBe("Kommun");
    const bySex = { ...byOrganizerAndAge(), breakdown: ["sex"] };
    bySex.rows = [{ sex: "female", numerator: 5, denominator: 10, value: 50, suppressed: false }];
    expect(JSON.parse(formatResultJsonStat(bySex)).role).toBeUndefined();
  });

  it("reads a result without breakdown as one value", () => {
    const ds = read(formatResultJsonStat(withoutBreakdown()));
    expect(ds.id).toEqual([]);
    expect(ds.n).toBe(1);
    expect(ds.Data(0)).toEqual({ value: 1234, status: null });
    expect(ds.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("JSON-stat helpers (F31, F35)", () => {
  it("dates a run in Helsinki, across midnight and in winter", () => {
    expect(helsinkiDate(new Date("2026-06-30T21:30:00Z"))).toBe("2026-07-01"); // UTC+3
    expect(helsinkiDate(new Date("2026-06-30T20:59:00Z"))).toBe("2026-06-30");
    expect(helsinkiDate(new Date("2026-12-31T22:00:00Z"))).toBe("2027-01-01"); // UTC+2
    expect(helsinkiDate(new Date("2026-12-31T21:59:59Z"))).toBe("2026-12-31");
  });

  it("accepts only real dates for --updated", () => {
    expect(checkUpdatedDate("2024-02-29")).toBe("2024-02-29");
    expect(() => checkUpdatedDate("2023-02-29")).toThrowError(/--updated "2023-02-29": expected a date YYYY-MM-DD/);
    expect(() => checkUpdatedDate("4.12.2026")).toThrowError(/--updated "4.12.2026"/);
  });

  it("lists time, geo and metric roles in publication-set order", () => {
    expect(
      jsonStatRole(["period", "organizer", "age_group", "measure"], { time: "period", metric: "measure" }),
    ).toEqual({ time: ["period"], geo: ["organizer"], metric: ["measure"] });
    expect(jsonStatRole(["organizer", "municipality"])).toEqual({ geo: ["organizer", "municipality"] });
    expect(jsonStatRole(["sex"])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { municipalities, organizerOfMunicipality } from "@virta/concepts";
import { generateNationalData, ORGANIZER_RESIDENTS, organizerPaces } from "./national";

describe("generateNationalData (the dashboard's 23 organizers over two years)", () => {
  const data = generateNationalData({ visitsPerThousand: 1 });

  it("covers all 23 organizers and both years, in proportion to residents", () => {
    const visits = data.health_care_visit;
    expect(new Set(visits.map((row) => row.organizer_code)).size).toBe(23);
    // 1 visit per 1 000 residents and year: Helsinki 664 × 2, Åland 30 × 2.
    expect(visits.filter((row) => row.organizer_code === "90")).toHaveLength(1328);
    expect(visits.filter((row) => row.organizer_code === "91")).toHaveLength(60);
    const total = Object.values(ORGANIZER_RESIDENTS).reduce((a, b) => a + b, 0);
    expect(visits).toHaveLength(total * 2);
    const years = new Set(visits.map((row) => row.visit_date.slice(0, 4)));
    expect(years).toEqual(new Set(["2022", "2023", "2024"])); // 2 % fall in the December before
    expect(data.child_welfare_case.filter((row) => row.organizer_code === "91")).toHaveLength(4); // round(30/20) × 2
  });

  it("puts every row in a municipality of its organizer, with unique row ids", () => {
    for (const row of data.health_care_visit) {
      const year = Number(row.visit_date.slice(0, 4));
      expect(organizerOfMunicipality(row.municipality_code!, Math.max(2023, year))).toBe(row.organizer_code);
    }
    expect(new Set(data.health_care_visit.map((row) => row.visit_id)).size).toBe(data.health_care_visit.length);
    expect(municipalities(2024).length).toBeGreaterThan(300);
  });

  it("is the same for the same seed, and paces stay within 0.7 × 0.85 … 1.5 × 1.1", () => {
    expect(generateNationalData({ visitsPerThousand: 1 }).health_care_visit[100]).toEqual(data.health_care_visit[100]);
    const paces = organizerPaces(2024, [2023, 2024]);
    expect(paces.size).toBe(23);
    for (const [first, second] of paces.values()) {
      expect(first).toBeGreaterThanOrEqual(0.7);
      expect(first).toBeLessThanOrEqual(1.5);
      expect(second! / first!).toBeGreaterThan(0.84);
      expect(second! / first!).toBeLessThan(1.11);
    }
  });
});

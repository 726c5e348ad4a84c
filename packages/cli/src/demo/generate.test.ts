/**
 * Tests of the demo data generator: deterministic per seed, the concept columns of concepts.md, only
 * the two demo counties with their own municipalities, and every row valid except the deliberately
 * swapped dates (`visit_before_assessment`).
 */
import { describe, expect, it } from "vitest";
import { validate } from "@virta/concepts";
import { createRandom } from "./random";
import { DEMO_COLUMNS, demoCsv, generateDemoData, type DemoData } from "./generate";

const data = generateDemoData({ visitsPerCounty: 2000 });

describe("createRandom (mulberry32)", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRandom(42),
      b = createRandom(42),
      c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("int stays within its bounds and reaches both ends", () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("generateDemoData", () => {
  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    expect(generateDemoData({ visitsPerCounty: 2000 })).toEqual(data);
    expect(generateDemoData({ visitsPerCounty: 2000, seed: 7 }).health_care_visit[0]).not.toEqual(
      data.health_care_visit[0],
    );
  });

  it("sizes the tables from visitsPerCounty: 2 × (n, n/8, n/10, n/20)", () => {
    expect(data.health_care_visit).toHaveLength(4000);
    expect(data.specialised_care_referral).toHaveLength(500);
    expect(data.social_care_assessment).toHaveLength(400);
    expect(data.child_welfare_case).toHaveLength(200);
  });

  it("uses exactly the concept columns, organizers 14 and 17 only", () => {
    for (const concept of Object.keys(data) as Array<keyof DemoData>) {
      for (const row of data[concept]) expect(Object.keys(row)).toEqual(DEMO_COLUMNS[concept]);
      expect(new Set(data[concept].map((row) => row.organizer_code))).toEqual(new Set(["14", "17"]));
    }
  });

  it("passes validation except the deliberately swapped visit dates (no organizer_mismatch: F10)", () => {
    const visits = validate("health_care_visit", data.health_care_visit, { maxRejectedShare: 1 });
    const swapped = data.health_care_visit.filter(
      (row) => row.need_assessment_date !== "" && row.need_assessment_date! > row.visit_date!,
    ).length;
    expect(swapped).toBeGreaterThan(0);
    expect(visits.summary.rejected_by_reason).toEqual({ visit_before_assessment: swapped });
    for (const concept of ["specialised_care_referral", "social_care_assessment", "child_welfare_case"] as const) {
      expect(validate(concept, data[concept]).summary.rows_rejected).toBe(0);
    }
  });

  it("keeps every date within what a source system extracted a month after the year", () => {
    const dates = Object.values(data).flatMap((rows: DemoData[keyof DemoData]) =>
      rows.flatMap((row) =>
        Object.entries(row)
          .filter(([key, value]) => key.endsWith("_date") && key !== "birth_date" && value !== "")
          .map(([, value]) => value),
      ),
    );
    expect(dates.every((date) => date >= "2023-01-01" && date <= "2025-01-31")).toBe(true);
  });
});

describe("demoCsv", () => {
  it("writes a header and RFC 4180-quoted fields with LF line ends", () => {
    expect(
      demoCsv(
        [
          { a: "1", b: 'say "x,y"' },
          { a: "", b: "z" },
        ],
        ["a", "b"],
      ),
    ).toBe('a,b\n1,"say ""x,y"""\n,z\n');
  });
});

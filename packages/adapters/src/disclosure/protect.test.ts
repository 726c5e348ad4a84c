/**
 * Worked examples of docs/disclosure.md, run with HiGHS: primary national-1 cells, the complements the
 * rules choose, and the LP audit of the result (fine-print F35).
 */
import { auditCounts, maskCounts, protectSet, type DisclosureCounts, type LinkedTables } from "@virta/core";
import { beforeAll, describe, expect, it } from "vitest";
import { highsSolver } from "./highs-solver";

let solver: Awaited<ReturnType<typeof highsSolver>>;
beforeAll(async () => {
  solver = await highsSolver();
});

const twoByThree: LinkedTables = {
  dimensions: [
    { name: "organizer", categories: ["01", "02"] },
    { name: "age_group", categories: ["0-24", "25-64", "65+"] },
  ],
  tables: [[], ["organizer"], ["organizer", "age_group"]],
};
// units: 0 national; 1 01; 2 02; 3 01/0-24; 4 01/25-64; 5 01/65+; 6 02/0-24; 7 02/25-64; 8 02/65+
const den = [119, 68, 51, 25, 40, 3, 12, 30, 9];
const num = [92, 51, 41, 20, 30, 1, 10, 25, 6];
const counts: DisclosureCounts = {
  denominators: den,
  measures: [{ id: "share", kind: "proportion", parts: null, numerators: num.map((n) => [n]) }],
};
const primaryOf = (values: number[]) => values.map((d) => d >= 1 && d <= 4);

describe("worked example 1: a 2×3 table with one small cell", () => {
  it("suppresses 01/65+ (3 rows) and its smallest sufficient sibling 01/0-24 (25 rows)", () => {
    const result = protectSet(twoByThree, counts, primaryOf(den), solver);
    expect(result.suppressed.map((s, u) => (s ? u : -1)).filter((u) => u >= 0)).toEqual([3, 5]);
    const old = result.checks.filter((c) => c.unit === 5);
    expect(old.map((c) => [c.count, c.min, c.max])).toEqual([
      ["denominator", 0, 28],
      ["numerator", 0, 21],
      ["difference", 0, 7],
    ]);
    expect(result.checks.every((c) => c.protected)).toBe(true);
  });

  it("the audit finds 01/65+ by subtraction when only the primary cell is suppressed", () => {
    const suppressed = primaryOf(den);
    const checks = auditCounts(twoByThree, maskCounts(counts, suppressed), suppressed, solver);
    expect(checks.map((c) => [c.count, c.min, c.max, c.protected])).toEqual([
      ["denominator", 3, 3, false],
      ["numerator", 1, 1, false],
      ["difference", 2, 2, false],
    ]);
  });
});

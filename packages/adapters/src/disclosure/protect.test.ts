/**
 * Worked examples of docs/disclosure.md, run with HiGHS: primary national-1 cells, the complements the
 * rules choose, and the LP audit of the result (fine-print F35).
 */
import {
  auditCounts,
  listRelations,
  listUnits,
  maskCounts,
  protectSet,
  type DisclosureCounts,
  type LinkedTables,
} from "@virta/core";
import fc from "fast-check";
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

describe("worked example 2: the organizer with one patient (issue 16)", () => {
  // national; organizers 14, 17, 08; sex male/female under each organizer.
  const linked: LinkedTables = {
    dimensions: [
      { name: "organizer", categories: ["08", "14", "17"] },
      { name: "sex", categories: ["male", "female"] },
    ],
    tables: [[], ["organizer"], ["organizer", "sex"]],
  };
  // units: 0 national; 1 08; 2 14; 3 17; 4 08/m; 5 08/f; 6 14/m; 7 14/f; 8 17/m; 9 17/f
  const den = [84, 30, 53, 1, 15, 15, 23, 30, 1, 0];
  const num = [60, 18, 41, 1, 9, 9, 16, 25, 1, 0];
  const set: DisclosureCounts = {
    denominators: den,
    measures: [{ id: "share", kind: "proportion", parts: null, numerators: num.map((n) => [n]) }],
  };
  it("complements organizer 17 with 08 (30 rows: the smallest of at least 5) and 08/male", () => {
    const result = protectSet(linked, set, primaryOf(den), solver);
    expect(result.primary.map((p, u) => (p ? u : -1)).filter((u) => u >= 0)).toEqual([3, 8]);
    expect(result.suppressed.map((s, u) => (s ? u : -1)).filter((u) => u >= 0)).toEqual([1, 3, 4, 8]);
    expect(result.checks.every((check) => check.protected)).toBe(true);
  });
});

describe("property: publish, then attack", () => {
  it("every suppressed cell is protected after protectSet; a two-cell relation falls when one is published", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 4,
        }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 }),
        (grid, shares) => {
          const organizers = grid.map((_, o) => String(o + 1).padStart(2, "0"));
          const linked: LinkedTables = {
            dimensions: [
              { name: "organizer", categories: organizers },
              { name: "age_group", categories: ["a", "b", "c"] },
            ],
            tables: [[], ["organizer"], ["organizer", "age_group"]],
          };
          const cellDen = grid.flat();
          const cellNum = cellDen.map((d, i) => Math.floor((d * shares[i % shares.length]!) / 100));
          const rowsDen = grid.map((row) => row.reduce((a, b) => a + b, 0));
          const rowsNum = grid.map((_, o) => cellNum.slice(o * 3, o * 3 + 3).reduce((a, b) => a + b, 0));
          const den = [rowsDen.reduce((a, b) => a + b, 0), ...rowsDen, ...cellDen];
          const num = [rowsNum.reduce((a, b) => a + b, 0), ...rowsNum, ...cellNum];
          const counts: DisclosureCounts = {
            denominators: den,
            measures: [{ id: "share", kind: "proportion", parts: null, numerators: num.map((n) => [n]) }],
          };
          const result = protectSet(linked, counts, primaryOf(den), solver);
          expect(result.checks.filter((check) => !check.protected)).toEqual([]);
          const relations = listRelations(linked, listUnits(linked));
          const pair = relations.find(
            (r) => [r.parent, ...r.children].filter((u) => result.suppressed[u]).length === 2,
          );
          if (pair) {
            const removed = [pair.parent, ...pair.children].find((u) => result.suppressed[u] && !result.primary[u]);
            if (removed !== undefined) {
              const weaker = result.suppressed.map((s, u) => s && u !== removed);
              const attacked = auditCounts(linked, maskCounts(counts, weaker), weaker, solver);
              expect(attacked.some((check) => !check.protected)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60, seed: 16 },
    );
  });
});

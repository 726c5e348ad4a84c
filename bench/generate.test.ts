/**
 * Smoke test of the benchmark data generator (issue 8): the same size and seed give the same bytes,
 * another seed other bytes; the rows have the concept columns. No timings here (benchmarks stay out of
 * the test suite).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLUMNS, generateCsv, mulberry32, sizeLabel } from "./generate";

describe("bench data generator", () => {
  it("is deterministic per seed", async () => {
    const a = await generateCsv(500, 7, mkdtempSync(join(tmpdir(), "bench-a-")));
    const b = await generateCsv(500, 7, mkdtempSync(join(tmpdir(), "bench-b-")));
    const c = await generateCsv(500, 8, mkdtempSync(join(tmpdir(), "bench-c-")));
    const visits = readFileSync(a.health_care_visit, "utf8");
    expect(readFileSync(b.health_care_visit, "utf8")).toBe(visits);
    expect(readFileSync(b.social_care_assessment, "utf8")).toBe(readFileSync(a.social_care_assessment, "utf8"));
    expect(readFileSync(c.health_care_visit, "utf8")).not.toBe(visits);
    const lines = visits.trimEnd().split("\n");
    expect(lines[0]).toBe(COLUMNS.health_care_visit.join(","));
    expect(lines).toHaveLength(501); // header + 500 visits
    expect(readFileSync(a.social_care_assessment, "utf8").trimEnd().split("\n")).toHaveLength(51); // one per ten visits
  });

  it("labels sizes as powers of ten and repeats mulberry32", () => {
    expect([sizeLabel(1e5), sizeLabel(1e7), sizeLabel(1234)]).toEqual(["1e5", "1e7", "1234"]);
    const x = mulberry32(1);
    const y = mulberry32(1);
    expect([x(), x(), x()]).toEqual([y(), y(), y()]);
  });
});

/**
 * DuckDB's progress through the statements of `--engine duckdb --data FILE` (issue 14): a CSV file of
 * 200 000 visits is loaded (statement 1, `loading`), then validated and computed (`computing`), each
 * statement reported from 0 % on; the result is the hand-checked one with or without a listener.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planComputation } from "@virta/core";
import { catalogue } from "@virta/indicators";
import { afterAll, describe, expect, it } from "vitest";
import { createDuckDbFileEngine } from "./duckdb-files";
import type { DuckDbProgress } from "./duckdb-progress";

const folder = mkdtempSync(join(tmpdir(), "virta-progress-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ROWS = 200_000;

/** Visits assessed on 1 March 2024: the even ones seen 9 days later (within 14), the odd ones 19 days later. */
function visitsCsv(): string {
  const header =
    "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency," +
    "contact_mode,contact_date,need_assessment_date,visit_date";
  const lines = [header];
  for (let i = 0; i < ROWS; i++) {
    const visitDate = i % 2 === 0 ? "2024-03-10" : "2024-03-20";
    lines.push(
      `v${i},c${i % 5000},1980-05-01,female,167,primary_care,doctor,non_urgent,in_person,` +
        `2024-02-28,2024-03-01,${visitDate}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("DuckDB's progress while it reads and computes a file itself (issue 14)", () => {
  it("reports every statement from 0 %, loading first, and gives the same hand-checked share", async () => {
    const file = join(folder, "visits.csv");
    writeFileSync(file, visitsCsv());
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
      suppress: false,
    });
    const reports: DuckDbProgress[] = [];
    const files = { health_care_visit: file };
    const onProgress = (progress: DuckDbProgress) => void reports.push(progress);
    const watched = await createDuckDbFileEngine({ files, onProgress, progressIntervalMs: 1 }).evaluate(plan);
    const quiet = await createDuckDbFileEngine({ files }).evaluate(plan);

    expect(watched.rows).toMatchObject([{ numerator: ROWS / 2, denominator: ROWS, value: 50 }]);
    expect(watched.rows).toEqual(quiet.rows);
    expect(watched.validation).toEqual(quiet.validation);

    // Statement 1 loads the CSV file; the validation and the plan's queries follow, numbered on.
    const statements = [...new Set(reports.map((report) => report.statement))];
    expect(statements).toEqual(Array.from({ length: statements.length }, (_, index) => index + 1));
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      const own = reports.filter((report) => report.statement === statement);
      expect(own[0]!.percentage).toBe(0);
      expect(new Set(own.map((report) => report.step)).size).toBe(1);
    }
    expect(reports.filter((report) => report.statement === 1).every((report) => report.step === "loading")).toBe(true);
    expect(reports.filter((report) => report.statement > 1).every((report) => report.step === "computing")).toBe(true);
    // DuckDB's own estimate arrives while the 200 000 rows load: between 0 and 100 %, never falling.
    const loading = reports.filter((report) => report.statement === 1).map((report) => report.percentage);
    expect(loading.some((percentage) => percentage > 0)).toBe(true);
    expect(loading.every((percentage) => percentage >= 0 && percentage <= 100)).toBe(true);
    expect(loading).toEqual([...loading].sort((a, b) => a - b));
  });
});

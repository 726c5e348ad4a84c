/**
 * End-to-end tests of bad input (issue 10; interfaces.md "Exit codes"; concepts.md "Bad input as a
 * whole"): the built CLI as a child process, checking the exit code, that stdout stays empty, and that
 * the one- or two-line stderr message names the file, row, field or option and what would be right.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder, writeInput, type CliRun } from "../test-support/run-cli";
import { INDICATOR, VISIT_COLUMNS, VISIT_ROWS, visitsCsv } from "./fixtures";

let folder: string;
let csv: string;

beforeAll(() => {
  folder = tempFolder();
  csv = writeInput(folder, "visits.csv", visitsCsv());
});

/** The error is one or two lines on stderr and nothing on stdout. */
function expectError(run: CliRun, code: number): string {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThanOrEqual(2);
  return run.stderr;
}

const compute = (...args: string[]) => runCli(["compute", INDICATOR, ...args]);

describe("usage errors exit 2", () => {
  it("a missing file names the file", async () => {
    const missing = join(folder, "nope.csv");
    const stderr = expectError(await compute("--data", missing, "--period", "2024"), 2);
    expect(stderr).toContain(missing);
    expect(stderr).toContain("does not exist");
  });

  it("a file that is not UTF-8 names the file and says to save it as UTF-8", async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${VISIT_COLUMNS.join(",")}\n`),
      Buffer.from("v01,J\xe4rvi,1980-05-01\n", "latin1"),
    ]);
    const file = writeInput(folder, "latin1.csv", latin1);
    const stderr = expectError(await compute("--data", file, "--period", "2024"), 2);
    expect(stderr).toContain("latin1.csv");
    expect(stderr).toMatch(/UTF-8/);
  });

  it("a header without a required column names the file and the column", async () => {
    const columns = VISIT_COLUMNS.filter((column) => column !== "visit_date");
    const rows = VISIT_ROWS.map((row) => row.slice(0, -1).join(","));
    const file = writeInput(folder, "no-visit-date.csv", [columns.join(","), ...rows].join("\n") + "\n");
    const stderr = expectError(await compute("--data", file, "--period", "2024"), 2);
    expect(stderr).toContain("no-visit-date.csv");
    expect(stderr).toContain('"visit_date"');
  });

  it("a 0-byte file is unreadable (F29)", async () => {
    const file = writeInput(folder, "empty.csv", "");
    const stderr = expectError(await compute("--data", file, "--period", "2024"), 2);
    expect(stderr).toContain("empty.csv");
    expect(stderr).toContain("0 bytes");
  });

  it("an unknown indicator suggests the closest ids", async () => {
    const stderr = expectError(
      await runCli(["compute", "availability.primary_care.within_14_day", "--data", csv, "--period", "2024"]),
      2,
    );
    expect(stderr).toContain('unknown indicator "availability.primary_care.within_14_day"');
    expect(stderr).toContain("did you mean availability.primary_care.within_14_days");
  });

  it("a bad period names the accepted forms (F26)", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024-Q5"), 2);
    expect(stderr).toContain('"2024-Q5"');
    for (const form of ["2024", "2024-H1", "2024-T1", "2024-Q1", "2024-03"]) expect(stderr).toContain(form);
  });

  it("a census date for an interval indicator, or a year for a census indicator, is a bad period (F26)", async () => {
    const census = await runCli([
      "compute",
      "availability.specialised_care.waiting_over_90_days",
      "--data",
      csv,
      "--period",
      "2024",
    ]);
    expect(expectError(census, 2)).toMatch(/census date/);
  });

  it("a breakdown the indicator does not allow lists the allowed ones", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024", "--by", "organizer,specialty"), 2);
    expect(stderr).toContain('"specialty"');
    expect(stderr).toContain(
      "allowed: organizer, municipality, professional_group, contact_mode, sex, age_group, month, quarter, tertial",
    );
  });

  it("a sub-period that does not nest in the period (F27)", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024-03", "--by", "quarter"), 2);
    expect(stderr).toContain("quarter");
    expect(stderr).toContain("2024-03");
  });

  it("--as-of for an indicator that takes none (F28)", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024", "--as-of", "2025-01-31"), 2);
    expect(stderr).toContain("as-of");
  });

  it("--data for a concept the indicator does not read, or twice for one concept (F29)", async () => {
    expect(expectError(await compute("--data", `population=${csv}`, "--period", "2024"), 2)).toContain(
      "does not read population; it reads health_care_visit",
    );
    expect(expectError(await compute("--data", csv, "--data", csv, "--period", "2024"), 2)).toContain("given twice");
  });

  it("a missing --period, a bad --format and an unknown option name the option", async () => {
    expect(expectError(await compute("--data", csv), 2)).toContain("--period is required");
    expect(expectError(await compute("--data", csv, "--period", "2024", "--format", "xml"), 2)).toContain(
      '--format "xml": expected json, csv or jsonstat',
    );
    expect(expectError(await compute("--data", csv, "--period", "2024", "--colour"), 2)).toContain(
      "unknown option --colour",
    );
    expect(expectError(await compute("--data", csv, "--period", "2024", "--max-rejected-share", "2"), 2)).toContain(
      "--max-rejected-share",
    );
  });
});

describe("data errors exit 1", () => {
  it("--strict stops at the first rejected row and names file, row, field and reason", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024", "--strict"), 1);
    // Row 12 (v12): visit 2024-04-01 before the assessment 2024-04-10.
    expect(stderr).toContain("visits.csv row 12");
    expect(stderr).toContain("visit_date");
    expect(stderr).toContain("visit_before_assessment");
  });

  it("a rejected share over --max-rejected-share stops the run: 1 of 15 = 6.7 % > 5 % (F14)", async () => {
    const stderr = expectError(await compute("--data", csv, "--period", "2024", "--max-rejected-share", "0.05"), 1);
    expect(stderr).toContain("visits.csv");
    expect(stderr).toContain("1 of 15");
  });

  it("the same share is allowed at the default limit 0.5 and at 0.1", async () => {
    expect((await compute("--data", csv, "--period", "2024", "--max-rejected-share", "0.1")).code).toBe(0);
  });
});

describe("virta validate", () => {
  it("prints the summary and the rejection, and exits 1 when a row was rejected", async () => {
    const run = await runCli(["validate", "health_care_visit", csv]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("15 rows read, 14 valid, 1 rejected");
    expect(run.stdout).toContain("visit_before_assessment 1");
    expect(run.stdout).toContain("row 12");
  });

  it("--json lists every rejection with row, field and reason", async () => {
    const run = await runCli(["validate", "health_care_visit", csv, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      concept: "health_care_visit",
      rows_read: 15,
      rows_valid: 14,
      rows_rejected: 1,
      rejected_by_reason: { visit_before_assessment: 1 },
    });
    expect(report.rejections).toHaveLength(1);
    expect(report.rejections[0]).toMatchObject({
      row: 12,
      field: "visit_date",
      value: "2024-04-01",
      reason: "visit_before_assessment",
    });
  });

  it("exits 0 on a clean file", async () => {
    const clean = writeInput(
      folder,
      "clean.csv",
      [VISIT_COLUMNS.join(","), ...VISIT_ROWS.filter((row) => row[0] !== "v12").map((row) => row.join(","))].join(
        "\n",
      ) + "\n",
    );
    const run = await runCli(["validate", "health_care_visit", clean]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`health_care_visit ${clean}: 14 rows read, 14 valid, 0 rejected\n`);
  });

  it("an unknown concept is a usage error listing the concepts", async () => {
    const stderr = expectError(await runCli(["validate", "visits", csv]), 2);
    expect(stderr).toContain('unknown concept "visits"');
    expect(stderr).toContain("health_care_visit");
  });
});

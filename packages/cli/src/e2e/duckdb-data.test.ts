/**
 * `virta compute --engine duckdb --data FILE` (issue 15, F34): DuckDB reads the CSV itself (`;` detected,
 * a BOM, a quoted field), validates in SQL and computes; the JSON is byte-identical to the embedded
 * engine's. The rows (hand-checked, as warehouse-text.test.ts): v3 visit_date 2023-02-29 →
 * invalid_format (F4); v4 sex " 2 " → female and organizer derived 14 from municipality 167 (F2, F10),
 * wait 20 days; the second v1 → duplicate_id (F9); v6 an identity code → personal_identity_code (F11);
 * v7 urgent → excluded. So 7 read, 3 rejected, 1 excluded, 3 in population, 2 of 3 = 66.7 %. A file
 * with a short record goes through the embedded reader and gives the same JSON; `--strict` names row 3.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../test-support/run-cli";

const INDICATOR = "availability.primary_care.within_14_days";
const HEADER =
  "visit_id;client_id;birth_date;sex;municipality_code;organizer_code;service_branch;professional_group;" +
  "urgency;contact_mode;contact_date;need_assessment_date;visit_date";
const ROWS = [
  "v1;c1;1980-01-01;female;167;14;primary_care;nurse;non_urgent;in_person;;2024-03-01;2024-03-05",
  'v2;c2;1980-01-01;male;167;14;primary_care;"doctor";non_urgent;in_person;;2024-03-01;2024-03-15',
  "v3;c3;1980-01-01;male;167;14;primary_care;doctor;non_urgent;in_person;;2023-02-20;2023-02-29",
  "v4;c4;1980-01-01; 2 ;167;;Primary_Care;nurse;non_urgent;remote;;2024-03-01;2024-03-21",
  "v1;c5;1980-01-01;female;167;14;primary_care;nurse;non_urgent;in_person;;2024-03-01;2024-03-02",
  "v6;131052-308T;1980-01-01;female;167;14;primary_care;nurse;non_urgent;in_person;;2024-03-01;2024-03-02",
  "v7;c7;1980-01-01;female;167;14;primary_care;nurse;urgent;in_person;;2024-03-01;2024-03-01",
];
const folder = mkdtempSync(join(tmpdir(), "virta-duck-data-"));
const csv = join(folder, "visits.csv");
writeFileSync(csv, `\uFEFF${[HEADER, ...ROWS].join("\n")}\n`);
const short = join(folder, "short.csv");
writeFileSync(short, `${[HEADER, ...ROWS, "v8;c8"].join("\n")}\n`);
const ARGS = ["--period", "2024", "--by", "organizer", "--no-suppress"];

describe("compute --engine duckdb --data: DuckDB reads, validates and computes", () => {
  it("gives the embedded engine's JSON, rejections and exclusions included", async () => {
    const embedded = await runCli(["compute", INDICATOR, "--data", csv, ...ARGS]);
    const duck = await runCli(["compute", INDICATOR, "--data", csv, "--engine", "duckdb", ...ARGS]);
    expect(duck.stderr).toBe("");
    expect(duck.code).toBe(0);
    const result = JSON.parse(duck.stdout);
    expect(result.rows).toEqual([{ organizer: "14", numerator: 2, denominator: 3, value: 66.7, suppressed: false }]);
    expect(result.input.health_care_visit).toEqual({
      rows_read: 7,
      rows_rejected: 3,
      rows_excluded: 1,
      rows_in_population: 3,
      excluded_by_reason: { urgency: 1 },
      rejected_by_reason: { invalid_format: 1, personal_identity_code: 1, duplicate_id: 1 },
    });
    expect(duck.stdout).toBe(embedded.stdout);
  });

  it("hands a file DuckDB's reader would take differently to the embedded reader", async () => {
    const embedded = await runCli(["compute", INDICATOR, "--data", short, ...ARGS]);
    const duck = await runCli(["compute", INDICATOR, "--data", short, "--engine", "duckdb", ...ARGS]);
    expect(duck.code).toBe(0);
    expect(JSON.parse(duck.stdout).input.health_care_visit.rows_read).toBe(8);
    expect(duck.stdout).toBe(embedded.stdout);
  });

  it("--strict names the first rejected row, as for the embedded engine", async () => {
    const duck = await runCli(["compute", INDICATOR, "--data", csv, "--engine", "duckdb", "--strict", ...ARGS]);
    expect(duck.code).toBe(1);
    expect(duck.stderr).toContain("row 3");
  });

  for (const missing of ["absent.csv", "absent.parquet"]) {
    const kind = missing.split(".")[1];
    it(`names a missing ${kind} file as the embedded engine does (a usage error, not an internal one)`, async () => {
      const file = join(folder, missing);
      const embedded = await runCli(["compute", INDICATOR, "--data", file, ...ARGS]);
      const duck = await runCli(["compute", INDICATOR, "--data", file, "--engine", "duckdb", ...ARGS]);
      expect(duck.code).toBe(2);
      expect(duck.stderr).toContain("does not exist; check the path");
      expect(duck.stderr).toBe(embedded.stderr);
    });
  }
});

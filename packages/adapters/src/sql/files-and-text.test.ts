/**
 * DuckDB reading a CSV file directly (the path bound as a parameter, empty fields absent, F1), and
 * `sqlFor` text for Snowflake with a warehouse table and column mapping. Hand-checked: waits 3, 14 and
 * 15 days an oral-care visit excluded by the service-branch rule, a visit without a date `outside_period`
 * → 2 of 3 = 66.7 %.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planComputation } from "@virta/core";
import { nps, primaryCareWithin14Days } from "@virta/indicators";
import { runPlanOnDuckDbFiles } from "./duckdb-engine";
import { sqlFor } from "./sql-for";

const HEADER =
  "visit_id,client_id,birth_date,sex,municipality_code,organizer_code,service_branch,professional_group," +
  "urgency,contact_mode,need_assessment_date,visit_date";
const line = (id: string, visited: string, branch = "primary_care") =>
  `${id},c${id},1980-05-01,female,167,14,${branch},doctor,non_urgent,in_person,2024-03-01,${visited}`;

describe("runPlanOnDuckDbFiles", () => {
  it("reads a CSV directly and gives the hand-checked share", async () => {
    const folder = mkdtempSync(join(tmpdir(), "virta-sql-"));
    const path = join(folder, "visits'; drop.csv");
    writeFileSync(
      path,
      [
        HEADER,
        line("1", "2024-03-04"),
        line("2", "2024-03-15"),
        line("3", "2024-03-16"),
        line("4", "2024-03-05", "oral_care"),
        line("5", ""),
      ].join("\n"),
    );
    const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer"], suppress: false });
    const result = await runPlanOnDuckDbFiles(plan, { health_care_visit: { path } });
    expect(result.rows).toEqual([{ organizer: "14", numerator: 2, denominator: 3, value: 66.7, suppressed: false }]);
    expect(result.accounts.health_care_visit!.rows_seen).toBe(5);
    expect(result.accounts.health_care_visit!.excluded_by_reason.outside_period).toBe(1); // no visit date
  });
});

describe("sqlFor", () => {
  it("writes Snowflake text with :n bind variables, the quoted warehouse table and mapped columns", () => {
    const { rows } = sqlFor(nps, "snowflake", {
      period: "2024",
      tables: { customer_feedback_answer: "DW.FEEDBACK" },
      columns: { customer_feedback_answer: { answer: "ANSWER_VALUE" } },
    });
    expect(rows.text).toContain(`FROM "DW"."FEEDBACK"`);
    expect(rows.text).toContain(`CAST("ANSWER_VALUE" AS`);
    expect(rows.text).toMatch(/CAST\(:1 AS /);
    expect(rows.text).not.toMatch(/\$\d/);
  });

  it("names the missing table option", () => {
    expect(() => sqlFor(nps, "postgres", { period: "2024", tables: {} })).toThrow(
      /--table customer_feedback_answer=schema\.table/,
    );
  });
});

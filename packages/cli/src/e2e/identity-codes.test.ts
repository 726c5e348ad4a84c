/**
 * F36: a value shaped like a personal identity code never leaves the process unmasked — in a message
 * about another field, a `--json` rejection listing, an echoed column name, a malformed NDJSON line,
 * a result file — and a code-valued breakdown field holding one is rejected `personal_identity_code`.
 * 150665X4560 and 131052-308T are valid by F11 (check characters 0 and T).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { maskIdentityCodes } from "@virta/concepts";
import { breakdownCsvCell } from "@virta/adapters";
import { describe, expect, it } from "vitest";
import { runCli, tempFolder, writeInput } from "../test-support/run-cli";

const HEADER =
  "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency,contact_mode," +
  "contact_date,need_assessment_date,visit_date";
const ROW = "v1,c1,1980-01-01,female,167,primary_care,doctor,non_urgent,in_person,,2024-03-01,2024-03-05";
const WITHIN_14 = "availability.primary_care.within_14_days";

const leaks = (text: string): boolean => /150665X4560|131052-308T/i.test(text);

describe("maskIdentityCodes", () => {
  it("masks every valid code inside any text and leaves others", () => {
    expect(maskIdentityCodes('row 5, field birth_date: "150665X4560" is not a date')).toBe(
      'row 5, field birth_date: "15*********" is not a date',
    );
    expect(maskIdentityCodes("a131052-308tb and 150665x4560")).toBe("a13*********b and 15*********");
    expect(maskIdentityCodes("131052-308U 2024-03-01")).toBe("131052-308U 2024-03-01");
  });
});

describe("F30: breakdown cells a spreadsheet would run", () => {
  it("get a leading quote; numbers and codes do not", () => {
    expect(["=1+1", "+A1", "-x", "@SUM(A1)", "\tx", "\rx"].map(breakdownCsvCell)).toEqual([
      "'=1+1",
      "'+A1",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(["-5", "25-64", "14", "1.5"].map(breakdownCsvCell)).toEqual(["-5", "25-64", "14", "1.5"]);
  });
});

describe("F36 over every output channel of the command line", () => {
  const folder = tempFolder();

  it("a message about another field (validate, text and --json)", async () => {
    const file = writeInput(folder, "bad-date.csv", `${HEADER}\n${ROW.replace("1980-01-01", "150665X4560")}\n`);
    const text = await runCli(["validate", "health_care_visit", file]);
    const json = await runCli(["validate", "health_care_visit", file, "--json"]);
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).toContain("15*********");
    for (const run of [text, json]) expect(leaks(run.stdout + run.stderr)).toBe(false);
  });

  it("a column name echoed in warnings (compute --format json)", async () => {
    const file = writeInput(folder, "header.csv", `${HEADER},131052-308T\n${ROW},x\n`);
    const run = await runCli(["compute", WITHIN_14, "--data", file, "--period", "2024"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings.join(" ")).toContain("13*********");
    expect(leaks(run.stdout + run.stderr)).toBe(false);
  });

  it("the echoed line of a malformed NDJSON record", async () => {
    const file = writeInput(folder, "bad.ndjson", `{"visit_id": "v1"}\n{"visit_id": 150665X4560}\n`);
    const run = await runCli(["validate", "health_care_visit", file]);
    expect(run.code).toBe(2);
    expect(leaks(run.stdout + run.stderr)).toBe(false);
  });

  it("a service code holding an identity code is rejected personal_identity_code, never published", async () => {
    const file = writeInput(
      folder,
      "feedback.csv",
      "response_id,organizer_code,service_code,response_date,respondent_age_group,question_code,answer\n" +
        "r1,14,150665X4560,2024-03-01,18-64,nps,10\nr2,14,S100,2024-03-01,18-64,nps,9\n",
    );
    const run = await runCli(["validate", "customer_feedback_answer", file, "--json"]);
    expect(run.stdout).toContain("personal_identity_code");
    expect(leaks(run.stdout + run.stderr)).toBe(false);
    const out = join(folder, "nps.csv");
    const computed = await runCli([
      "compute",
      "customer_experience.nps",
      "--data",
      file,
      "--period",
      "2024",
      "--by",
      "service_code",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(computed.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("service_code,numerator,denominator,value,suppressed\nS100,,,,true\n");
    const duck = await runCli([
      "compute",
      "customer_experience.nps",
      "--data",
      file,
      "--period",
      "2024",
      "--engine",
      "duckdb",
    ]);
    expect(JSON.parse(duck.stdout).input.customer_feedback_answer.rejected_by_reason).toEqual({
      personal_identity_code: 1,
    });
  });
});

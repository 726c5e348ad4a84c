/**
 * End-to-end tests of `virta sql`: the printed DuckDB query, run on the fixture's valid rows in DuckDB,
 * gives the hand-checked cells of `fixtures.ts` (organizer 14: 4 of 6; organizer 17: 2 of 3,
 * suppressed) and the same exclusion counts; the dialects and table mapping show in the text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder, withDuckDb, writeInput } from "../test-support/run-cli";
import { INDICATOR, VISIT_COLUMNS, VISIT_ROWS } from "./fixtures";

let validCsv: string;

beforeAll(() => {
  // The SQL computes on validated rows: drop the rejected v12 and add the organizer the validator derives (F3, F10).
  const rows = VISIT_ROWS.filter((row) => row[0] !== "v12").map((row) =>
    [...row, row[4] === "167" ? "14" : "17"].join(","),
  );
  validCsv = writeInput(
    tempFolder(),
    "valid-visits.csv",
    [[...VISIT_COLUMNS, "organizer_code"].join(","), ...rows].join("\n") + "\n",
  );
});

describe("virta sql", () => {
  it("--dialect duckdb --json: the query run in DuckDB gives the hand-checked cells and exclusions", async () => {
    const run = await runCli([
      "sql",
      INDICATOR,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--dialect",
      "duckdb",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const { rows, accounts } = JSON.parse(run.stdout);
    expect(rows.parameters.slice(0, 2)).toEqual(["2024-01-01", "2024-12-31"]); // the period bounds (F26)
    const [cells, counts] = await withDuckDb(async (connection) => {
      await connection.run(
        `CREATE TABLE health_care_visit AS SELECT * FROM read_csv('${validCsv}', all_varchar = true)`,
      );
      return [
        (await connection.runAndReadAll(rows.text, rows.parameters)).getRowObjectsJson(),
        (await connection.runAndReadAll(accounts.text, accounts.parameters)).getRowObjectsJson(),
      ];
    });
    const sorted = cells
      .map((cell) => [cell.__d0, String(cell.numerator), String(cell.denominator), cell.suppressed])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(sorted).toEqual([
      ["14", "4", "6", false],
      ["17", "2", "3", true],
    ]);
    const byReason = Object.fromEntries(counts.map((count) => [String(count.reason), Number(count.rows)]));
    expect(byReason).toEqual({
      null: 9,
      outside_period: 1,
      service_branch: 1,
      urgency: 1,
      professional_group: 1,
      no_need_assessment: 1,
    });
  });

  it("--dialect snowflake --table maps the concept to a warehouse table", async () => {
    const run = await runCli([
      "sql",
      INDICATOR,
      "--period",
      "2024-Q1",
      "--dialect",
      "snowflake",
      "--table",
      "health_care_visit=DW.VISITS",
    ]);
    expect(run.code).toBe(0);
    const header =
      String.raw`^-- availability\.primary_care\.within_14_days 1\.0\.0, period 2024-Q1, dialect snowflake\n` +
      String.raw`-- definition sha256:[0-9a-f]{64}\n`;
    expect(run.stdout).toMatch(new RegExp(header));
    expect(run.stdout).toContain('FROM "DW"."VISITS"');
    expect(run.stdout).toContain("--   1: '2024-01-01'\n--   2: '2024-03-31'\n");
  });

  it("checks options as compute does: bad period, unknown dialect, a table for a concept not read", async () => {
    expect((await runCli(["sql", INDICATOR, "--period", "2024-13"])).stderr).toContain('period "2024-13" is not valid');
    const dialect = await runCli(["sql", INDICATOR, "--period", "2024", "--dialect", "oracle"]);
    expect(dialect.code).toBe(2);
    expect(dialect.stderr).toContain('--dialect "oracle": expected duckdb, postgres or snowflake');
    const table = await runCli(["sql", INDICATOR, "--period", "2024", "--table", "population=DW.POP"]);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain("CONCEPT one of health_care_visit");
  });
});

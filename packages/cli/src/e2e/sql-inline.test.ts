/**
 * `virta sql --inline` (issue 15): the printed script validates the raw rows itself (F34) and runs as it
 * is — on DuckDB and on PostgreSQL — over the RAW fixture rows as an all-text table, giving the
 * hand-checked cells of `fixtures.ts` (organizer 14: 4 of 6; organizer 17: 2 of 3, suppressed), the
 * exclusions, and the one rejection (v12 visit_before_assessment) — the numbers of `virta compute`.
 * The Snowflake text carries the same steps. Outside CI a missing PostgreSQL skips its case with a reason.
 */
import { execFileSync } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli, tempFolder, withDuckDb, writeInput } from "../test-support/run-cli";
import { INDICATOR, VISIT_COLUMNS, VISIT_ROWS } from "./fixtures";

const PG_URL = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
const COLUMNS = [...VISIT_COLUMNS, "organizer_code"];
const ROWS = VISIT_ROWS.map((row) => [...row, ""]);

function serverAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 1500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}
const pgReady = process.env.CI !== undefined || (await serverAnswers(PG_URL));
if (!pgReady) console.warn(`sql-inline.test: no PostgreSQL at ${PG_URL} and not in CI: its case is skipped`);

const sqlArgs = (dialect: string, table: string) => [
  "sql",
  INDICATOR,
  "--period",
  "2024",
  "--by",
  "organizer",
  "--dialect",
  dialect,
  "--table",
  `health_care_visit=${table}`,
  "--inline",
  "--json",
];

const EXPECTED_CELLS = [
  ["14", "4", "6", "667"],
  ["17", "2", "3", "667"],
];
const EXPECTED_REJECTIONS = { null: 14, visit_before_assessment: 1 };

describe("virta sql --inline on raw text rows", () => {
  it("runs as printed on DuckDB", async () => {
    const csv = writeInput(tempFolder(), "visits.csv", `${[COLUMNS, ...ROWS].map((r) => r.join(",")).join("\n")}\n`);
    const run = await runCli(sqlArgs("duckdb", "raw_visits"));
    expect(run.code).toBe(0);
    const { rows, rejections } = JSON.parse(run.stdout);
    expect(rows.parameters).toEqual([]);
    expect(rows.text).not.toMatch(/\$[0-9]/);
    const [cells, rejected] = await withDuckDb(async (connection) => {
      await connection.run("SET TimeZone = 'Europe/Helsinki'");
      await connection.run(`CREATE TABLE raw_visits AS SELECT * FROM read_csv('${csv}', all_varchar = true)`);
      return [
        (await connection.runAndReadAll(rows.text)).getRowObjectsJson(),
        (await connection.runAndReadAll(rejections.text)).getRowObjectsJson(),
      ];
    });
    const sorted = cells.map((c) => [c.__d0, String(c.numerator), String(c.denominator), String(c.magnitude)]).sort();
    expect(sorted).toEqual(EXPECTED_CELLS);
    expect(Object.fromEntries(rejected.map((r) => [String(r.reason), Number(r.rows)]))).toEqual(EXPECTED_REJECTIONS);
  });

  it.runIf(pgReady)("runs as printed on PostgreSQL", async () => {
    const schema = `virta_inline_${process.pid}`;
    const psql = (sql: string) =>
      execFileSync("psql", [PG_URL, "-v", "ON_ERROR_STOP=1", "-q", "-A", "-t", "-F", "|", "-c", sql], {
        encoding: "utf8",
      });
    psql(`CREATE SCHEMA ${schema}`);
    try {
      psql(`CREATE TABLE ${schema}.visits (${COLUMNS.map((c) => `"${c}" text`).join(", ")})`);
      const literal = (text: string) => (text === "" ? "NULL" : `'${text.replaceAll("'", "''")}'`);
      psql(`INSERT INTO ${schema}.visits VALUES ${ROWS.map((r) => `(${r.map(literal).join(", ")})`).join(", ")}`);
      const run = await runCli(sqlArgs("postgres", `${schema}.visits`));
      expect(run.code).toBe(0);
      const { rows, rejections } = JSON.parse(run.stdout);
      const cells = psql(`SET TIME ZONE 'Europe/Helsinki'; ${rows.text}`).trim().split("\n");
      expect(cells.map((line) => line.split("|").slice(0, 4)).sort()).toEqual(EXPECTED_CELLS);
      const rejected = psql(rejections.text)
        .trim()
        .split("\n")
        .map((line) => line.split("|"));
      expect(Object.fromEntries(rejected.map(([, reason, count]) => [reason || "null", Number(count)]))).toEqual(
        EXPECTED_REJECTIONS,
      );
    } finally {
      psql(`DROP SCHEMA ${schema} CASCADE`);
    }
  });

  it("writes the same steps for Snowflake, values as escaped literals", async () => {
    const run = await runCli(sqlArgs("snowflake", "DW.VISITS"));
    expect(run.code).toBe(0);
    const { rows } = JSON.parse(run.stdout);
    for (const step of [
      "health_care_visit_source",
      "health_care_visit_checked",
      "health_care_visit_valid",
      "__classified",
    ])
      expect(rows.text).toContain(`"${step}" AS (`);
    // The validation steps are laid out over several lines (issue 15): the arguments may stand one a line.
    expect(rows.text).toMatch(/CONVERT_TIMEZONE\(\s*'UTC',\s*'Europe\/Helsinki'/);
    expect(rows.text).toContain("CAST('2024-01-01' AS DATE)");
    expect(rows.text).not.toMatch(/:[0-9]/);
  });
});

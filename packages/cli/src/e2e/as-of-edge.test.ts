/**
 * `--as-of 9999-12-31` on every engine (issue 15 "Exactly the same numbers", F28): the embedded engine,
 * DuckDB and PostgreSQL over a `--data` file, and DuckDB and PostgreSQL over a raw all-text warehouse
 * table give the same exit code and the same result. The working-day calendar the SQL engines join ends
 * a year after the period when the deadline is of the source date (it used to run to 2200 for this
 * as-of: ~65,000 calendar rows and seconds of parsing). Rows (hand-checked, calendar.md worked examples):
 * a1 initiated 1850-03-05 → outside_period; a2 initiated Tue 2024-03-05, started 2024-03-07, deadline
 * 2024-03-14 → met; a3 initiated Fri 2024-12-20, not started, deadline 2025-01-07. As of 9999-12-31 the
 * deadline has passed, so a3 is not pending and not met: 1 of 2 = 50.0 %. As of 2024-12-31 a3 is pending
 * (deadline after the as-of): 1 of 1 = 100.0 %. Outside CI a missing server skips the PostgreSQL cases
 * with a printed reason.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-support/run-cli";

const PG_URL = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
const INDICATOR = "availability.social_care.assessment_started_within_7_working_days";
const CONCEPT = "social_care_assessment";

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
if (!pgReady) console.warn(`as-of-edge.test: no PostgreSQL at ${PG_URL} and not in CI: PostgreSQL cases skipped`);

const HEADER =
  "assessment_id,client_id,birth_date,sex,municipality_code,organizer_code,client_group," +
  "highest_care_allowance,urgent,initiated_date,started_date,completed_date";
const ROWS = [
  "a1,c1,1800-01-01,female,167,14,older_people,false,false,1850-03-05,,",
  "a2,c2,1940-01-01,female,167,14,older_people,false,false,2024-03-05,2024-03-07,",
  "a3,c3,1940-01-01,male,167,14,older_people,false,false,2024-12-20,,",
];
const folder = mkdtempSync(join(tmpdir(), "virta-as-of-"));
const csv = join(folder, "assessments.csv");
writeFileSync(csv, `${[HEADER, ...ROWS].join("\n")}\n`);
const database = join(folder, "warehouse.duckdb");
execFileSync(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `import { DuckDBInstance } from "@duckdb/node-api"; ` +
      `const i = await DuckDBInstance.create(${JSON.stringify(database)});` +
      ` const c = await i.connect(); await c.run(${JSON.stringify(
        `CREATE SCHEMA staging; CREATE TABLE staging.assessments AS SELECT * FROM read_csv('${csv}', ` +
          "all_varchar = true, header = true);",
      )}); c.closeSync();`,
  ],
  { cwd: join(import.meta.dirname, "../../../adapters") },
);
const schema = `virta_as_of_${process.pid}`;
const psql = (sql: string) =>
  execFileSync("psql", [PG_URL, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });
if (pgReady) {
  const literal = (text: string) => (text === "" ? "NULL" : `'${text}'`);
  psql(`CREATE SCHEMA ${schema}`);
  psql(
    `CREATE TABLE ${schema}.assessments (${HEADER.split(",")
      .map((name) => `"${name}" text`)
      .join(", ")})`,
  );
  const values = ROWS.map((row) => `(${row.split(",").map(literal).join(", ")})`);
  psql(`INSERT INTO ${schema}.assessments VALUES ${values.join(", ")}`);
}
afterAll(() => {
  if (pgReady) psql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

const engines: Array<[string, string[]]> = [
  ["memory --data", ["--data", csv]],
  ["duckdb --data", ["--engine", "duckdb", "--data", csv]],
  ["duckdb --table", ["--engine", "duckdb", "--db", database, "--table", `${CONCEPT}=staging.assessments`]],
];
if (pgReady)
  engines.push(
    ["postgres --data", ["--engine", "postgres", "--data", csv]],
    ["postgres --table", ["--engine", "postgres", "--db", PG_URL, "--table", `${CONCEPT}=${schema}.assessments`]],
  );

const CASES = [
  { asOf: "9999-12-31", excluded: { outside_period: 1 }, numerator: 1, denominator: 2, value: 50 },
  { asOf: "2024-12-31", excluded: { outside_period: 1, pending: 1 }, numerator: 1, denominator: 1, value: 100 },
];

describe("compute --as-of at the edge gives the same exit code and result on every engine", () => {
  for (const { asOf, excluded, numerator, denominator, value } of CASES)
    for (const [name, input] of engines)
      it(`${name} --period 2024 --as-of ${asOf}`, async () => {
        const run = await runCli(
          ["compute", INDICATOR, ...input, "--period", "2024", "--as-of", asOf, "--no-suppress"],
          undefined,
          {
            VIRTA_PG_URL: PG_URL,
          },
        );
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const result = JSON.parse(run.stdout);
        expect(result.as_of).toBe(asOf);
        const rowsExcluded = Object.values(excluded).reduce((sum, count) => sum + count, 0);
        expect(result.input[CONCEPT]).toMatchObject({
          rows_read: 3,
          rows_rejected: 0,
          rows_excluded: rowsExcluded,
          rows_in_population: 3 - rowsExcluded,
          excluded_by_reason: excluded,
        });
        expect(result.rows).toEqual([{ numerator, denominator, value, suppressed: false }]);
      });

  it("an as-of before the period end exits 2 on every engine (F28)", async () => {
    for (const [, input] of engines) {
      const run = await runCli(
        ["compute", INDICATOR, ...input, "--period", "2024", "--as-of", "2024-12-30"],
        undefined,
        {
          VIRTA_PG_URL: PG_URL,
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    }
  });
});

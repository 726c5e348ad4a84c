/**
 * `virta compute … --engine postgres --db URL --table concept=schema.table --column …` (issue 6): the
 * computation runs on an existing warehouse table whose names differ from the concept's, nothing is
 * pasted into SQL, and the result is the hand-checked one. Waits 14, 15 and 3 days and one urgent
 * visit, organizer 14: 2 of 3 within 14 days = 66.7 %; 4 rows read = 1 excluded (urgency) + 3.
 * The table is made with `psql` (installed with the server by .ci/services.sh). Outside CI a missing
 * server skips the PostgreSQL case with a printed reason.
 */
import { execFileSync } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../test-support/run-cli";

const PG_URL = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
const INDICATOR = "availability.primary_care.within_14_days";

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
if (!pgReady) console.warn(`warehouse.test: no PostgreSQL at ${PG_URL} and not in CI: the warehouse case is skipped`);

const psql = (sql: string) =>
  execFileSync("psql", [PG_URL, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });

describe("virta compute on warehouse tables", () => {
  it.runIf(pgReady)("reads the named table with a column mapping and gives the hand-checked result", async () => {
    const schema = `virta_dw_${process.pid}`;
    psql(`CREATE SCHEMA ${schema}`);
    try {
      psql(`CREATE TABLE ${schema}.visits (visit_id text, client_id text, birth_date date, sex text,
        municipality_code text, organizer_code text, service_branch text, professional_group text, urgency text,
        contact_mode text, "arviointipvm" date, "käyntipvm" date)`);
      psql(`INSERT INTO ${schema}.visits VALUES
        ('v1','c1','1980-01-01','female','167','14',
         'primary_care','nurse','non_urgent','in_person','2024-03-01','2024-03-15'),
        ('v2','c2','1980-01-01','male','167','14',
         'primary_care','doctor','non_urgent','in_person','2024-03-01','2024-03-16'),
        ('v3','c3','1980-01-01','female','167','14',
         'primary_care','nurse','non_urgent','remote','2024-04-02','2024-04-05'),
        ('v4','c4','1980-01-01','female','167','14',
         'primary_care','nurse','urgent','in_person','2024-04-02','2024-04-02')`);
      const run = await runCli([
        "compute",
        INDICATOR,
        "--engine",
        "postgres",
        "--db",
        PG_URL,
        "--table",
        `health_care_visit=${schema}.visits`,
        "--column",
        "health_care_visit.need_assessment_date=arviointipvm",
        "--column",
        "health_care_visit.visit_date=käyntipvm",
        "--period",
        "2024",
        "--by",
        "organizer",
        "--no-suppress",
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.rows).toEqual([{ organizer: "14", numerator: 2, denominator: 3, value: 66.7, suppressed: false }]);
      expect(result.input.health_care_visit).toEqual({
        rows_read: 4,
        rows_rejected: 0,
        rows_excluded: 1,
        rows_in_population: 3,
        excluded_by_reason: { urgency: 1 },
        rejected_by_reason: {},
      });
    } finally {
      psql(`DROP SCHEMA ${schema} CASCADE`);
    }
  });

  it("--table needs --engine postgres, and every concept's table", async () => {
    const wrongEngine = await runCli([
      "compute",
      INDICATOR,
      "--table",
      "health_care_visit=dw.visits",
      "--period",
      "2024",
      "--db",
      PG_URL,
    ]);
    expect(wrongEngine.code).toBe(2);
    expect(wrongEngine.stderr).toContain("need --engine postgres");
    const missing = await runCli([
      "compute",
      "staff.fte_per_1000_residents",
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      "staff_fte=dw.staff",
      "--period",
      "2024",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("reads population");
    const badTable = await runCli([
      "compute",
      INDICATOR,
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      "population=dw.pop",
      "--period",
      "2024",
    ]);
    expect(badTable.code).toBe(2);
    expect(badTable.stderr).toContain("CONCEPT one of health_care_visit");
  });
});

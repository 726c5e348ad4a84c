/**
 * Hostile values (issue 6): a code containing `'; drop table x; --` travels as a bound value through
 * DuckDB and PostgreSQL and comes back as an ordinary label; a warehouse table and a column mapping
 * whose names contain a double quote are quoted, and nothing is dropped. Hand-checked: three visits of
 * the hostile organizer, waits 3, 14 and 15 days → 2 of 3 within 14 days = 66.7 %.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseDate, planComputation, type Row } from "@virta/core";
import { primaryCareWithin14Days } from "@virta/indicators";
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine, runPlanOnPostgres } from "./postgres-engine";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";

const HOSTILE = "'; drop table x; --";
const pgReady = await postgresAvailable();
if (!pgReady && !process.env.CI)
  console.log(`PostgreSQL hostile-value tests not run: no server answers at ${postgresUrl()} (outside CI only)`);

function visit(id: string, assessed: string, visited: string): Row {
  return {
    visit_id: id,
    client_id: `c${id}`,
    birth_date: parseDate("1980-05-01"),
    sex: "female",
    municipality_code: "167",
    organizer_code: HOSTILE,
    service_branch: "primary_care",
    professional_group: "doctor",
    urgency: "non_urgent",
    contact_mode: "in_person",
    need_assessment_date: parseDate(assessed),
    visit_date: parseDate(visited),
  };
}
const ROWS = [
  visit("1", "2024-03-01", "2024-03-04"),
  visit("2", "2024-03-01", "2024-03-15"),
  visit("3", "2024-03-01", "2024-03-16"),
];
const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer"], suppress: false });
const EXPECTED = [{ organizer: HOSTILE, numerator: 2, denominator: 3, value: 66.7, suppressed: false }];

describe("a hostile code is a value, not SQL", () => {
  it("DuckDB", async () => {
    const result = await createDuckDbEngine().evaluate(plan, {
      health_care_visit: (async function* () {
        yield ROWS;
      })(),
    });
    expect(result.rows).toEqual(EXPECTED);
  });

  it.runIf(pgReady || process.env.CI)("PostgreSQL engine", async () => {
    const result = await createPostgresEngine({ url: postgresUrl() }).evaluate(plan, {
      health_care_visit: (async function* () {
        yield ROWS;
      })(),
    });
    expect(result.rows).toEqual(EXPECTED);
  });

  it.runIf(pgReady || process.env.CI)("PostgreSQL warehouse table and column names with a quote", async () => {
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    const schema = `virta_hostile_"_${process.pid}`;
    const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
    try {
      await client.query(`CREATE SCHEMA ${q(schema)}`);
      await client.query(`CREATE TABLE ${q(schema)}.x (id int)`);
      await client.query(
        `CREATE TABLE ${q(schema)}.${q('vis"its')} (${q('org"code')} text, ${q("assessed")} date, visit_date date, ` +
          "service_branch text, urgency text, professional_group text, birth_date date, sex text, " +
          "municipality_code text, contact_mode text, visit_id text, client_id text)",
      );
      for (const row of ROWS) {
        await client.query(
          `INSERT INTO ${q(schema)}.${q('vis"its')} VALUES ($1, $2, $3, 'primary_care', 'non_urgent', 'doctor', ` +
            "'1980-05-01', 'female', '167', 'in_person', $4, $5)",
          [
            HOSTILE,
            "2024-03-01",
            new Date(Date.UTC(1970, 0, 1 + (row.visit_date as number))).toISOString().slice(0, 10),
            row.visit_id,
            row.client_id,
          ],
        );
      }
      const result = await runPlanOnPostgres(plan, {
        url: postgresUrl(),
        tables: { health_care_visit: `${schema}.vis"its` },
        columns: { health_care_visit: { organizer_code: 'org"code', need_assessment_date: "assessed" } },
      });
      expect(result.rows).toEqual(EXPECTED);
      expect(result.accounts.health_care_visit).toEqual({
        rows_seen: 3,
        rows_excluded: 0,
        rows_in_population: 3,
        excluded_by_reason: {},
      });
      const still = await client.query(`SELECT count(*) AS n FROM ${q(schema)}.x`);
      expect(Number(still.rows[0].n)).toBe(0); // table x is still there
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${q(schema)} CASCADE`);
      await client.end();
    }
  });
});

/**
 * Edge periods and as-of dates on every engine (issue 15): the SQL working-day calendar covers the same
 * years as the in-memory one (1900–2200) and a period or as-of outside them gives the same result on
 * every engine, never an SQL error — `--as-of 9999-12-31` (the calendar would need year 10000) and
 * `--period 1850` (no calendar row at all). Rows (hand-checked): a1 initiated 1850-03-05, a2 initiated
 * 2024-03-05 and started 2024-03-07 (2 working days: within 7). Period 2024: a2 in population, 1 of 1
 * (100 %); the other periods: whatever the in-memory engine gives, every SQL engine gives too.
 */
import { describe, expect, it } from "vitest";
import { catalogue, compute, memoryEngine, type Engine } from "@virta/indicators";
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine } from "./postgres-engine";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";

const ID = "availability.social_care.assessment_started_within_7_working_days";
const rows = [
  {
    assessment_id: "a1",
    client_id: "c1",
    birth_date: "1800-01-01",
    sex: "female",
    municipality_code: "167",
    client_group: "older_people",
    initiated_date: "1850-03-05",
  },
  {
    assessment_id: "a2",
    client_id: "c2",
    birth_date: "1940-01-01",
    sex: "female",
    municipality_code: "167",
    client_group: "older_people",
    initiated_date: "2024-03-05",
    started_date: "2024-03-07",
  },
];
const pgReady = await postgresAvailable();
const engines: Engine[] = [memoryEngine, createDuckDbEngine() as Engine];
if (pgReady) engines.push(createPostgresEngine({ url: postgresUrl() }) as Engine);
else console.log(`edge periods on PostgreSQL not run: no server at ${postgresUrl()} (outside CI only)`);

async function outcome(engine: Engine, period: string, asOf: string) {
  const entry = catalogue.entry(ID);
  try {
    const result = await compute(entry.definition, {
      data: { social_care_assessment: rows },
      period,
      asOf,
      suppress: false,
      engine,
    });
    return { rows: result.rows, input: result.input };
  } catch (error) {
    return { error: String((error as Error).message) };
  }
}

describe("edge periods and as-of dates give the same result on every engine", () => {
  for (const [period, asOf] of [
    ["2024", "9999-12-31"],
    ["1850", "1851-01-01"],
    ["2199", "2200-06-01"],
  ] as const) {
    it(`--period ${period} --as-of ${asOf}`, async () => {
      const results = [];
      for (const engine of engines) results.push(await outcome(engine, period, asOf));
      expect(results[0]).not.toHaveProperty("error");
      for (const result of results.slice(1)) expect(result).toEqual(results[0]);
      if (period === "2024")
        expect(results[0]!.rows).toEqual([{ numerator: 1, denominator: 1, value: 100, suppressed: false }]);
    });
  }
});

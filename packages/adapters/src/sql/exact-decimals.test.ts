/**
 * F5 and F21 end to end (issue 20): decimals at the limits of F5 (18 digits before the point, 6 after)
 * are summed and divided exactly on every engine — the in-memory engine, the reference evaluator,
 * DuckDB and PostgreSQL — and numbers no double holds leave the SDK as exact decimal text. Expected
 * values are worked by hand below (and checked with exact rational arithmetic).
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  compute,
  type Engine,
  ftePer1000Residents,
  memoryEngine,
  netCostPerResident,
  primaryCareDoctorVisitsPerFte,
  referenceEngine,
} from "@virta/indicators";
import { resultSchema } from "@virta/core/schemas";
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine } from "./postgres-engine";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";

const pgReady = process.env.CI !== undefined || (await postgresAvailable());
if (!pgReady) console.warn("exact-decimals.test: no PostgreSQL and not in CI: the postgres engine is left out");
const duckdb = createDuckDbEngine() as Engine;
const postgres = createPostgresEngine({ url: postgresUrl() }) as Engine;
const ENGINES: Engine[] = [memoryEngine, referenceEngine, duckdb, ...(pgReady ? [postgres] : [])];

afterAll(async () => {
  for (const engine of [duckdb, postgres] as Array<Engine & { close?: () => Promise<void> }>)
    await engine.close?.().catch(() => undefined);
});

/** 124 cost rows of at most 18 integer digits each (F5) whose sum is 123456789012345679901.5 euros. */
function costRows(): Record<string, string>[] {
  const totalTenths = 1234567890123456799015n;
  const each = totalTenths / 124n;
  const tenths = [...Array.from({ length: 123 }, () => each), totalTenths - each * 123n];
  return tenths.map((value, index) => ({
    organizer_code: "14",
    year: "2024",
    service_class: `c${index}`,
    net_cost_eur: `${value / 10n}.${value % 10n}`,
  }));
}

const population = (count: string) => [{ municipality_code: "167", year: "2024", age: "40", sex: "female", count }];

async function onEvery(run: (engine: Engine) => Promise<unknown>): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  for (const engine of ENGINES) results.set(engine.name, await run(engine));
  return results;
}

describe("exact sums and ratios on every engine (F5, F21)", () => {
  it("123456789012345679901.5 euros over 1999 residents is 61759274143244462.18 (exact text)", async () => {
    // 123456789012345679901.5 / 1999 = 61759274143244462.1818409… → 61759274143244462.18
    const results = await onEvery(async (engine) => {
      const result = await compute(netCostPerResident, {
        data: { cost: costRows(), population: population("1999") },
        period: "2024",
        suppress: false,
        engine,
      });
      resultSchema.parse(result);
      return result.rows;
    });
    for (const [name, rows] of results) {
      expect([name, rows]).toEqual([
        name,
        [{ numerator: "123456789012345679901.5", denominator: 1999, value: "61759274143244462.18", suppressed: false }],
      ]);
    }
  });

  it("the largest F5 values: 999999999999999999.999999 FTE twice per 1000 of 3 residents", async () => {
    // Σ fte = 1999999999999999999.999998; ·1000/3 = 666666666666666666666.666 → .67 (2 decimals)
    const staff = ["doctor", "nurse"].map((group) => ({
      organizer_code: "14",
      year: "2024",
      professional_group: group,
      fte: "999999999999999999.999999",
    }));
    const results = await onEvery(async (engine) => {
      const result = await compute(ftePer1000Residents, {
        data: { staff_fte: staff, population: population("3") },
        period: "2024",
        suppress: false,
        engine,
      });
      return result.rows;
    });
    for (const [name, rows] of results)
      expect([name, rows]).toEqual([
        name,
        [
          {
            numerator: "1999999999999999999.999998",
            denominator: 3,
            value: "666666666666666666666.67",
            suppressed: false,
          },
        ],
      ]);
  });

  it("a denominator of 0.000001 FTE: 1 visit per 0.000001 FTE is 1000000 visits per FTE", async () => {
    const visit = {
      visit_id: "v1",
      client_id: "c1",
      birth_date: "1980-05-01",
      sex: "female",
      municipality_code: "167",
      service_branch: "primary_care",
      professional_group: "doctor",
      urgency: "non_urgent",
      contact_mode: "in_person",
      contact_date: "2024-02-28",
      need_assessment_date: "2024-03-01",
      visit_date: "2024-03-15",
    };
    const staff = [{ organizer_code: "14", year: "2024", professional_group: "doctor", fte: "0.000001" }];
    const results = await onEvery(async (engine) => {
      const result = await compute(primaryCareDoctorVisitsPerFte, {
        data: { health_care_visit: [visit], staff_fte: staff },
        period: "2024",
        suppress: false,
        engine,
      });
      return result.rows;
    });
    for (const [name, rows] of results)
      expect([name, rows]).toEqual([
        name,
        [{ numerator: 1, denominator: 0.000001, value: 1000000, suppressed: false }],
      ]);
  });
});

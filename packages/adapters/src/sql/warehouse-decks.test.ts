/**
 * Every deck case from ALL-TEXT warehouse tables (issue 15, F34): each case's input rows are loaded as
 * VARCHAR/TEXT staging tables into a DuckDB database file and a PostgreSQL schema, read back in their
 * physical order (`rowid`, `ctid`), validated in SQL (the concept validation compiled to the dialect)
 * and computed in the database by `createWarehouseEngine`, exactly as `virta compute --table` runs:
 * the result must be the deck's hand-checked one (rows, rows_read, rejections with reasons, exclusions).
 * PostgreSQL: VIRTA_PG_URL (CI) or the local server; outside CI skipped with a printed reason only when
 * no server answers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "@virta/indicators";
import { runDeckCase, type DeckCase } from "../../../indicators/src/decks/deck";
import { loadDecks } from "../../../indicators/src/test-support/load-decks";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { loadDuckDbText, loadPostgresText } from "./test-support/text-tables";
import { createWarehouseEngine } from "./warehouse-engine";

const cases = loadDecks();
const pgReady = await postgresAvailable();
if (!pgReady)
  console.log(`warehouse decks on PostgreSQL not run: no server answers at ${postgresUrl()} (outside CI only)`);

const folder = mkdtempSync(join(tmpdir(), "virta-wh-"));
const duckFile = join(folder, "warehouse.duckdb");
const schema = `virta_text_${process.pid}`;
// One read-write instance for the whole file (the readers then share it instead of opening it read-only).
const instance = await DuckDBInstance.fromCache(duckFile);

afterAll(async () => {
  instance.closeSync();
  rmSync(folder, { recursive: true, force: true });
  if (!pgReady) return;
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

async function viaWarehouse(kind: "duckdb" | "postgres", index: number, deckCase: DeckCase): Promise<Engine> {
  const tables: Record<string, string> = {};
  for (const [concept, rows] of Object.entries(deckCase.data)) {
    const table = `case${index}_${concept}`;
    if (kind === "duckdb") {
      await loadDuckDbText(duckFile, "staging", table, concept, rows);
      tables[concept] = `staging.${table}`;
    } else {
      await loadPostgresText(postgresUrl(), schema, table, concept, rows);
      tables[concept] = `${schema}.${table}`;
    }
  }
  const options = deckCase.options;
  return createWarehouseEngine({
    engine: kind,
    db: kind === "duckdb" ? duckFile : postgresUrl(),
    tables,
    strict: options.strict ?? false,
    maxRejectedShare: options.max_rejected_share ?? 0.5,
  }) as Engine;
}

describe("every deck case from all-text warehouse tables", () => {
  it("has PostgreSQL in CI", () => {
    if (process.env.CI) expect(pgReady, "PostgreSQL must answer in CI").toBe(true);
    expect(cases.length).toBeGreaterThan(20);
  });
  const legs: Array<"duckdb" | "postgres"> = pgReady ? ["duckdb", "postgres"] : ["duckdb"];
  for (const leg of legs) {
    describe(leg, () => {
      cases.forEach(({ file, deckCase }, index) => {
        it(file, async () => {
          const engine = await viaWarehouse(leg, index, deckCase);
          const outcome = await runDeckCase(engine, file, { ...deckCase, data: {} });
          expect(outcome.differences).toEqual([]);
        });
      });
    });
  }
});

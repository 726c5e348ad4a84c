/**
 * Every deck case from ALL-TEXT warehouse tables (issue 15, F34): each case's input rows are loaded as
 * VARCHAR/TEXT staging tables into a DuckDB database file and a PostgreSQL schema, read back in their
 * physical order (`rowid`, `ctid`) through `openDuckDbTable` / `openPostgresTable`, validated by the
 * concept's validator and computed by the DuckDB and PostgreSQL engines: the result must be the deck's
 * hand-checked one (rows, rows_read, rejections with reasons, exclusions). PostgreSQL: VIRTA_PG_URL (CI)
 * or the local server; outside CI skipped with a printed reason only when no server answers.
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
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine } from "./postgres-engine";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { loadDuckDbText, loadPostgresText } from "./test-support/text-tables";
import { openDuckDbTable, openPostgresTable, type WarehouseTableInput } from "./warehouse-tables";

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

async function viaWarehouse(kind: "duckdb" | "postgres", index: number, deckCase: DeckCase): Promise<DeckCase> {
  const data: Record<string, WarehouseTableInput> = {};
  for (const [concept, rows] of Object.entries(deckCase.data)) {
    const table = `case${index}_${concept}`;
    if (kind === "duckdb") {
      await loadDuckDbText(duckFile, "staging", table, concept, rows);
      data[concept] = await openDuckDbTable(duckFile, { concept, table: `staging.${table}` });
    } else {
      await loadPostgresText(postgresUrl(), schema, table, concept, rows);
      data[concept] = await openPostgresTable(postgresUrl(), { concept, table: `${schema}.${table}` });
    }
  }
  return { ...deckCase, data: data as unknown as DeckCase["data"] };
}

describe("every deck case from all-text warehouse tables", () => {
  it("has PostgreSQL in CI", () => {
    if (process.env.CI) expect(pgReady, "PostgreSQL must answer in CI").toBe(true);
    expect(cases.length).toBeGreaterThan(20);
  });
  const legs: Array<{ kind: "duckdb" | "postgres"; engine: () => Engine }> = [
    { kind: "duckdb", engine: () => createDuckDbEngine() as Engine },
  ];
  if (pgReady) legs.push({ kind: "postgres", engine: () => createPostgresEngine({ url: postgresUrl() }) as Engine });
  for (const leg of legs) {
    describe(leg.kind, () => {
      cases.forEach(({ file, deckCase }, index) => {
        it(file, async () => {
          const outcome = await runDeckCase(leg.engine(), file, await viaWarehouse(leg.kind, index, deckCase));
          expect(outcome.differences).toEqual([]);
        });
      });
    });
  }
});

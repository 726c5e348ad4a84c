/**
 * The differential deck harness (issue 6, docs/decks.md): every deck case of every indicator runs on
 * every engine — in-memory, DuckDB, PostgreSQL — and must give the deck's expected rows and input
 * accounting. An engine that cannot run a case would be listed here with the reason; there are none.
 * PostgreSQL: VIRTA_PG_URL (CI) or the local server; outside CI it is skipped with a printed reason
 * only when no server answers, in CI (process.env.CI) never.
 */
import { describe, expect, it } from "vitest";
import { memoryEngine, type Engine } from "@virta/indicators";
import { runDeckCase } from "../../../indicators/src/decks/deck";
import { loadDecks } from "../../../indicators/src/test-support/load-decks";
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine } from "./postgres-engine";
import { postgresUrl, postgresAvailable } from "./test-support/postgres-url";

const cases = loadDecks();
/** Cases an engine cannot run, with the reason (issue 6: listed, never skipped silently). None. */
const CANNOT_RUN: Record<string, Record<string, string>> = { duckdb: {}, postgres: {} };

const pgReady = await postgresAvailable();
const engines: Engine[] = [memoryEngine, createDuckDbEngine() as Engine];
if (pgReady) engines.push(createPostgresEngine({ url: postgresUrl() }) as Engine);
else console.log(`PostgreSQL engine not run: no server answers at ${postgresUrl()} (outside CI only)`);

describe("every deck case on every engine", () => {
  it("lists no case as impossible", () => {
    expect(CANNOT_RUN).toEqual({ duckdb: {}, postgres: {} });
    if (process.env.CI) expect(pgReady, "PostgreSQL must answer in CI").toBe(true);
  });
  for (const engine of engines) {
    describe(engine.name, () => {
      for (const { file, deckCase } of cases) {
        it(file, async () => {
          const outcome = await runDeckCase(engine, file, deckCase);
          expect(outcome.differences).toEqual([]);
        });
      }
    });
  }
});

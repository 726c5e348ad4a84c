/**
 * `virta sql --inline` runs as printed for every catalogue indicator (issue 15): for the first deck case
 * of each indicator, its rows are loaded as ALL-TEXT tables into DuckDB and PostgreSQL, and the three
 * queries `validatedSql` writes — result cells, accounting, rejections — are executed twice: with bind
 * parameters (what the runners do) and as the inlined worksheet text (`inlineSql`). Both give the same
 * rows, so the working-day calendar, the municipality classification, the `let` CTEs, quantiles and the
 * joined denominator all run as they are printed; the deck tests check the rows' values themselves.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { catalogue } from "@virta/indicators";
import { duckdbDialect, planComputation, postgresDialect, type SqlQuery } from "@virta/core";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { loadDecks } from "../../../indicators/src/test-support/load-decks";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { loadDuckDbText, loadPostgresText } from "./test-support/text-tables";
import { inlineSql, validatedSql } from "./validated-sql";

const pgReady = process.env.CI !== undefined || (await postgresAvailable());
const folder = mkdtempSync(join(tmpdir(), "virta-inline-"));
const duckFile = join(folder, "inline.duckdb");
const schema = `virta_inline_decks_${process.pid}`;
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

const decks = loadDecks();
const CASES = catalogue.list().map((entry) => {
  const found = decks.find(({ deckCase }) => deckCase.indicator === entry.definition.id && !deckCase.expected_error);
  if (!found) throw new Error(`${entry.definition.id} has no deck case without an expected error`);
  return [entry.definition.id, found.deckCase] as const;
});

/** The cases whose result has cells (most do: an empty result would check less). */
const withCells = new Set<string>();

type Run = (query: SqlQuery) => Promise<unknown[][]>;

async function bothForms(kind: "duckdb" | "postgres", index: number, id: string): Promise<void> {
  const deckCase = CASES[index]![1];
  const tables: Record<string, { table: string[] }> = {};
  for (const [concept, rows] of Object.entries(deckCase.data)) {
    const table = `i${index}_${concept}`;
    if (kind === "duckdb") await loadDuckDbText(duckFile, "staging", table, concept, rows);
    else await loadPostgresText(postgresUrl(), schema, table, concept, rows);
    tables[concept] = { table: [kind === "duckdb" ? "staging" : schema, table] };
  }
  const options = deckCase.options;
  const plan = planComputation(catalogue.entry(id).definition, {
    period: options.period,
    by: options.by ?? [],
    ...(options.age_groups !== undefined ? { ageGroups: options.age_groups } : {}),
    asOf: options.as_of ?? null,
    suppress: options.suppress ?? true,
  });
  const dialect = kind === "duckdb" ? duckdbDialect : postgresDialect;
  const queries = validatedSql(plan, dialect, tables);
  const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row, (_, v) => String(v))).sort();
  let run: Run;
  let close: () => Promise<void>;
  if (kind === "duckdb") {
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'Europe/Helsinki'");
    run = async (query) => (await connection.runAndReadAll(query.text, query.parameters as never)).getRows();
    close = async () => connection.closeSync();
  } else {
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    run = async (query) => (await client.query({ text: query.text, values: query.parameters, rowMode: "array" })).rows;
    close = () => client.end();
  }
  try {
    for (const query of [queries.rows, queries.accounts, queries.rejections]) {
      const inline = inlineSql(dialect, query);
      expect(inline).not.toMatch(/\$[0-9]/);
      const bound = await run(query);
      expect(sorted(await run({ text: inline, parameters: [] }))).toEqual(sorted(bound));
    }
    expect((await run(queries.rejections)).length).toBeGreaterThan(0);
    if ((await run(queries.rows)).length > 0) withCells.add(`${kind} ${id}`);
  } finally {
    await close();
  }
}

describe("--inline runs as printed for every indicator, with the bind form's rows", () => {
  it("covers the 22 catalogue indicators", () => expect(CASES).toHaveLength(22));
  it.each(CASES.map(([id], index) => [id, index] as const))("DuckDB: %s", (id, index) =>
    bothForms("duckdb", index, id),
  );
  it.runIf(pgReady).each(CASES.map(([id], index) => [id, index] as const))("PostgreSQL: %s", (id, index) =>
    bothForms("postgres", index, id),
  );
  it("most cases have cells, so the comparison is not of empty results", () => {
    console.log(`inline-decks: ${withCells.size} runs with cells`);
    expect(withCells.size).toBeGreaterThanOrEqual(pgReady ? 40 : 20); // 42 of 44 when written
  });
});

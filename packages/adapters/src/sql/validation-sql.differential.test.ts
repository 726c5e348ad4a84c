/**
 * Differential test of the SQL validation (issue 15, F34): generated dirty rows of every concept are
 * loaded as ALL-TEXT tables into DuckDB and PostgreSQL, validated by the SQL the core compiles from the
 * concept declaration, and compared row by row with the reference validator (and the in-memory one): the
 * same rows rejected, each with the same one reason (F8), duplicates last (F9). Values are drawn from
 * pools of the spellings that matter (F1–F6, F10, F11, F13): padding, case, offsets, impossible dates,
 * decimal commas and digit limits, identity codes, municipality–organizer pairs of different years.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbDialect, postgresDialect, trustedFieldsOf, trustProbeSql, validationQuery } from "@virta/core";
import { CONCEPT_NAMES, createValidator, getConcept } from "@virta/concepts";
import fc from "fast-check";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { referenceValidate } from "../../../concepts/src/test-support/reference-validator";
import { GOOD_ROWS } from "../../../concepts/src/test-support/rows";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { textColumns } from "./test-support/text-tables";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";

const POOLS: Record<string, string[]> = {
  id: [
    "",
    " ",
    "a1",
    "a1 ",
    "A1",
    "x".repeat(64),
    "x".repeat(65),
    "é".repeat(64),
    "131052-308T",
    "131052-308t",
    " 131052-308T",
    "\ta1\r\n",
    "131052-308U",
    "010101A900A",
    "abc",
  ],
  date: [
    "",
    "2024-02-29",
    "2023-02-29",
    "2024-13-01",
    "2024-3-5",
    " 2024-03-05 ",
    "\t2024-03-05\f",
    "0000-01-01",
    "1900-02-29",
    "2000-02-29",
    "2024-0a-05",
    "2024-03-31T23:30:00Z",
    "2024-03-31T20:59:59Z",
    "2024-03-31 23:30:00",
    "2024-03-31T23:30:00+03:00",
    "2024-10-26T22:30:00-0100",
    "2024-03-31T23:30:00.123z",
    "2024-03-31T24:00:00Z",
    "2024-03-31T23:30",
    "2024-01-01T00:00:60+02:00",
    "1979-12-31",
    "2025-01-01",
    "x",
  ],
  municipality: ["", "167", "91", "091", "5", "005", "1000", "999", "16 7", "a", "049", "837", "905"],
  organizer: ["", "14", "1", "01", "4", "99", "x", "140", "17", "06"],
  sex: ["", "female", "MALE", "1", "2", "n", "F", "m", "unknown", "x", "3", "\tMale\r"],
  bool: ["", "true", "FALSE", "t", "F", "1", "0", "yes", "Kyllä", "ei", "maybe"],
  integer: ["", "0", "5", "-1", "2024", "2023", "1850", "9999", "10000", "12x", "99999999999999999999", "007"],
  decimal: [
    "",
    "0.5",
    "0,5",
    "1,234",
    "-0.5",
    "-0",
    "0.1234567",
    "0.123456",
    "1234567890123456789",
    "123456789012345678.5",
    "1e3",
    "1.",
    ".5",
    "00012.500000000",
  ],
  answer: ["", "1", "5", "6", "0", "10", "11", "eos", "EOS", "x", "-1"],
};

function poolOf(concept: string, field: { name: string; type: string; values?: readonly string[] }): string[] {
  const good = (GOOD_ROWS as Record<string, Record<string, string>>)[concept]![field.name];
  const base =
    field.type === "enum"
      ? ["", ...(field.values ?? []), (field.values ?? ["x"])[0]!.toUpperCase(), "nope"]
      : (POOLS[field.type] ?? [""]);
  return good === undefined ? base : [good, good, good, ...base];
}

const duckdb = await (await DuckDBInstance.create(":memory:")).connect();
await duckdb.run("SET TimeZone = 'Europe/Helsinki'");
const queries = new Map<string, string>();
let trustedSeen = 0;
let paddedSeen = 0;

/** With `trust`, the columns the probe trusts are read as they are (trusted-fields.ts in core). */
async function duckdbReasons(
  rows: Array<Record<string, string>>,
  concept: string,
  trust = false,
): Promise<unknown[][]> {
  const connection = duckdb;
  {
    const columns = textColumns(concept, rows);
    await connection.run(`CREATE OR REPLACE TABLE t (${columns.map((c) => `"${c}" VARCHAR`).join(", ")})`);
    const appender = await connection.createAppender("t");
    for (const row of rows) {
      for (const column of columns)
        row[column] === undefined ? appender.appendNull() : appender.appendVarchar(row[column]!);
      appender.endRow();
    }
    appender.closeSync();
    if (trust) {
      const declaration = sqlDeclaration(concept);
      const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["t"] });
      const [flags] = probe ? (await connection.runAndReadAll(probe.text)).getRowObjectsJson() : [];
      const { trusted, padded } = probe ? trustedFieldsOf(probe, flags) : { trusted: [], padded: [] };
      trustedSeen += trusted.length;
      paddedSeen += padded.length;
      const options = { table: ["t"], trusted, padded };
      const text = validationQuery(declaration, sqlValidationData(), duckdbDialect, options);
      return (await connection.runAndReadAll(text)).getRowsJson().map((row) => [Number(row[0]), row[1]]);
    }
    if (!queries.has(concept))
      queries.set(
        concept,
        validationQuery(sqlDeclaration(concept), sqlValidationData(), duckdbDialect, { table: ["t"] }),
      );
    return (await connection.runAndReadAll(queries.get(concept)!)).getRowsJson().map((row) => [Number(row[0]), row[1]]);
  }
}

const pgReady = await postgresAvailable();
if (!pgReady) console.log(`SQL validation on PostgreSQL not compared: no server at ${postgresUrl()} (outside CI only)`);
const client = pgReady ? new pg.Client({ connectionString: postgresUrl() }) : null;
if (client) {
  await client.connect();
  await client.query("SET TIME ZONE 'Europe/Helsinki'");
}
afterAll(async () => {
  duckdb.closeSync();
  await client?.end();
});

async function postgresReasons(
  rows: Array<Record<string, string>>,
  concept: string,
  trust = false,
): Promise<unknown[][]> {
  const columns = textColumns(concept, rows);
  await client!.query(
    `DROP TABLE IF EXISTS pg_temp.t; CREATE TEMPORARY TABLE t (${columns.map((c) => `"${c}" TEXT`).join(", ")})`,
  );
  for (const row of rows)
    await client!.query(
      `INSERT INTO pg_temp.t VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
      columns.map((c) => row[c] ?? null),
    );
  const declaration = sqlDeclaration(concept);
  const table = ["pg_temp", "t"];
  let trusted: string[] = [];
  let padded: string[] = [];
  if (trust) {
    const probe = trustProbeSql(declaration, sqlValidationData(), postgresDialect, { table });
    const flags = probe ? (await client!.query(probe.text)).rows[0] : {};
    ({ trusted, padded } = probe ? trustedFieldsOf(probe, flags) : { trusted, padded });
    trustedSeen += trusted.length;
    paddedSeen += padded.length;
  }
  const text = validationQuery(declaration, sqlValidationData(), postgresDialect, { table, trusted, padded });
  return (await client!.query({ text, rowMode: "array" })).rows.map((row: unknown[]) => [Number(row[0]), row[1]]);
}

/**
 * Each row's reason (or null) by the reference validator (issue 13: the SQL validator is held to the same
 * reference as the columnar one), checked here against the in-memory validator as well.
 */
function expected(rows: Array<Record<string, string>>, concept: string): unknown[][] {
  const validator = createValidator(concept, { maxRejectedShare: 1, keepRejections: Number.POSITIVE_INFINITY });
  for (const row of rows) validator.push(row);
  validator.finish();
  const reasons = new Map(validator.rejections.map((rejection) => [rejection.row, rejection.reason]));
  const reference = new Map(
    referenceValidate(getConcept(concept), rows).rejections.map((rejection) => [rejection.row, rejection.reason]),
  );
  const result = rows.map((_, index) => [index + 1, reference.get(index + 1) ?? null]);
  expect(rows.map((_, index) => [index + 1, reasons.get(index + 1) ?? null])).toEqual(result);
  return result;
}

const engines: Array<[string, (rows: Array<Record<string, string>>, concept: string) => Promise<unknown[][]>]> = [
  ["duckdb", duckdbReasons],
  ["duckdb with trusted columns", (rows, concept) => duckdbReasons(rows, concept, true)],
];
if (pgReady)
  engines.push(
    ["postgres", postgresReasons],
    ["postgres with trusted columns", (rows, concept) => postgresReasons(rows, concept, true)],
  );

describe("SQL validation = the reference validator (and the in-memory one) on dirty text rows", () => {
  afterAll(() => {
    // The generated rows often leave a word column clean: the trusted reading was exercised.
    expect(trustedSeen).toBeGreaterThan(0);
    // …and now and then only short codes (`91`, `5`): the padded reading of codes (F3) was exercised.
    expect(paddedSeen).toBeGreaterThan(0);
  });
  it("has PostgreSQL in CI", () => {
    if (process.env.CI) expect(pgReady).toBe(true);
  });
  for (const concept of CONCEPT_NAMES) {
    const model = getConcept(concept);
    const row = fc.record(
      Object.fromEntries(model.fields.map((field) => [field.name, fc.constantFrom(...poolOf(concept, field))])),
    );
    for (const [engine, reasonsOf] of engines) {
      it(`${concept} on ${engine}`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (generated) => {
            const rows = generated.map((cells) =>
              Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== "")),
            );
            expect(await reasonsOf(rows, concept)).toEqual(expected(rows, concept));
          }),
          { numRuns: 25, seed: 15 },
        );
      });
    }
  }
});

/**
 * Trusted columns of DuckDB's SQL validation (issue 14, F34, core trusted-fields.ts), checked by hand:
 * a word or code column is trusted only when every distinct cell passes its check unchanged — a padded
 * (F1), upper-case or coded spelling (F2), an unpadded code (F3), a NUL (F5a) or an empty cell each
 * keep the general check — and a validation that reads trusted columns as they are gives every row the
 * reason the in-memory validator gives. PostgreSQL's probe trusts the same columns (its text holds no NUL:
 * a NUL is loaded there as U+0001, which is not trusted either).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbDialect, postgresDialect, trustedFieldsOf, trustProbeSql, validationQuery } from "@virta/core";
import { createValidator } from "@virta/concepts";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { GOOD_ROWS } from "../../../concepts/src/test-support/rows";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";

const connection = await (await DuckDBInstance.create(":memory:")).connect();
const pgReady = await postgresAvailable();
if (!pgReady) console.log(`trusted columns not probed on PostgreSQL: no server at ${postgresUrl()} (outside CI only)`);
const client = pgReady ? new pg.Client({ connectionString: postgresUrl() }) : null;
await client?.connect();
afterAll(async () => {
  connection.closeSync();
  await client?.end();
});

const good = { ...(GOOD_ROWS.health_care_visit as Record<string, string>), organizer_code: "14" };
const FIELDS = Object.keys(good);
const declaration = sqlDeclaration("health_care_visit");

async function load(rows: Array<Record<string, string | null>>): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE t (${FIELDS.map((f) => `"${f}" VARCHAR`).join(", ")})`);
  const appender = await connection.createAppender("t");
  for (const row of rows) {
    for (const field of FIELDS) {
      const cell = row[field];
      if (cell === null || cell === undefined) appender.appendNull();
      else appender.appendVarchar(cell);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** The fields DuckDB's probe trusts; PostgreSQL's probe must trust the same ones (checked when a server runs). */
async function trusted(maxDistinct?: number): Promise<string[]> {
  const limit = maxDistinct === undefined ? {} : { maxDistinct };
  const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["t"], ...limit })!;
  const [row] = (await connection.runAndReadAll(probe.text)).getRowObjectsJson();
  const fields = probe.fields.filter((field) => row![field] === true);
  if (client) expect(await postgresTrusted(limit)).toEqual(fields);
  return fields;
}

async function postgresTrusted(limit: { maxDistinct?: number }): Promise<string[]> {
  const rows = (await connection.runAndReadAll(`SELECT ${FIELDS.map((f) => `"${f}"`).join(", ")} FROM t`)).getRows();
  await client!.query(
    `DROP TABLE IF EXISTS pg_temp.t; CREATE TEMPORARY TABLE t (${FIELDS.map((f) => `"${f}" TEXT`).join(", ")})`,
  );
  for (const row of rows)
    await client!.query(
      `INSERT INTO pg_temp.t VALUES (${FIELDS.map((_, i) => `$${i + 1}`).join(", ")})`,
      row.map((cell) => (cell === null ? null : String(cell).replaceAll("\u0000", "\u0001"))),
    );
  const probe = trustProbeSql(declaration, sqlValidationData(), postgresDialect, {
    table: ["pg_temp", "t"],
    ...limit,
  })!;
  const { rows: flags } = await client!.query(probe.text);
  return probe.fields.filter((field) => flags[0][field] === true);
}

/** Each row's reason (or null) by the in-memory validator, as `[row, reason]` (null cells absent). */
function inMemoryReasons(rows: Array<Record<string, string | number | null>>): unknown[][] {
  const validator = createValidator("health_care_visit", { maxRejectedShare: 1, keepRejections: 100 });
  for (const row of rows)
    validator.push(Object.fromEntries(Object.entries(row).filter(([, cell]) => cell !== null)) as never);
  validator.finish();
  const reasons = new Map(validator.rejections.map((rejection) => [rejection.row, rejection.reason]));
  return rows.map((_, index) => [index + 1, reasons.get(index + 1) ?? null]);
}

const rowsWith = (change: Record<string, string | null>) => [
  { ...good, visit_id: "v1" },
  { ...good, visit_id: "v2", ...change },
  { ...good, visit_id: "v3", sex: null, organizer_code: null },
];

describe("trusted columns", () => {
  it("has PostgreSQL in CI", () => {
    if (process.env.CI) expect(pgReady).toBe(true);
  });

  it("probes the word and code columns only, on DuckDB and PostgreSQL", () => {
    const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["t"] });
    expect(probe!.fields).toEqual([
      "sex",
      "municipality_code",
      "organizer_code",
      "service_branch",
      "professional_group",
      "urgency",
      "contact_mode",
    ]);
    const snowflake = { ...duckdbDialect, name: "snowflake" as const };
    expect(trustProbeSql(declaration, sqlValidationData(), snowflake, { table: ["t"] })).toBeNull();
  });

  it("trusts clean columns, NULL cells included", async () => {
    await load(rowsWith({}));
    expect(await trusted()).toEqual([
      "sex",
      "municipality_code",
      "organizer_code",
      "service_branch",
      "professional_group",
      "urgency",
      "contact_mode",
    ]);
  });

  const DIRTY: Array<[string, string]> = [
    ["sex", "Female"], // F2: matched in lower case, not its own value
    ["sex", " female"], // F1: trimmed
    ["sex", "2"], // F2: a coded spelling of female
    ["sex", "female\u0000"], // F5a
    ["sex", ""], // F1: empty is absent
    ["sex", "x"], // not in the list
    ["organizer_code", "1"], // F3: padded to 01
    ["municipality_code", "91"], // F3: padded to 091
    ["municipality_code", "16 7"], // invalid format
    ["service_branch", "PRIMARY_CARE"],
    ["urgency", "non_urgent\t"],
  ];
  for (const [field, cell] of DIRTY) {
    it(`does not trust ${field} with ${JSON.stringify(cell)}`, async () => {
      await load(rowsWith({ [field]: cell }));
      const result = await trusted();
      expect(result).not.toContain(field);
      expect(result).toHaveLength(6);
    });
  }

  it("trusts short codes padded (F3) on DuckDB and PostgreSQL, and no code that fails or is not digits", async () => {
    const padded = async (): Promise<string[]> => {
      const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["t"] })!;
      const [row] = (await connection.runAndReadAll(probe.text)).getRowObjectsJson();
      const found = trustedFieldsOf(probe, row).padded;
      if (client) {
        const postgres = trustProbeSql(declaration, sqlValidationData(), postgresDialect, { table: ["pg_temp", "t"] })!;
        await postgresTrusted({}); // loads the rows
        const { rows: flags } = await client.query(postgres.text);
        expect(trustedFieldsOf(postgres, flags[0]).padded).toEqual(found);
      }
      return found;
    };
    await load(rowsWith({ organizer_code: "1", municipality_code: "91" }));
    expect(await padded()).toEqual(["municipality_code", "organizer_code"]);
    await load(rowsWith({}));
    expect(await padded()).toEqual([]); // trusted as they are
    for (const change of [{ organizer_code: " 1" }, { organizer_code: "99" }, { municipality_code: "1000" }]) {
      await load([
        ...rowsWith({ organizer_code: "1", municipality_code: "91" }),
        { ...good, visit_id: "v4", ...change },
      ]);
      expect(await padded()).toHaveLength(1);
    }
  });

  it("gives every row the in-memory validator's reason with integer code columns read padded (F3, F10)", async () => {
    const rows: Array<Record<string, string | number | null>> = [
      { ...good, visit_id: "v1", municipality_code: 91, organizer_code: 90 },
      { ...good, visit_id: "v2", municipality_code: 5, organizer_code: null },
      { ...good, visit_id: "v3", municipality_code: 905, organizer_code: 14 },
      { ...good, visit_id: "v4", municipality_code: 167, organizer_code: 14 },
      { ...good, visit_id: "v5", municipality_code: null, organizer_code: 14 },
      { ...good, visit_id: "v1", municipality_code: 91, organizer_code: 90 },
      { ...good, visit_id: "v7", municipality_code: 20, organizer_code: 8 },
    ];
    const codes = ["municipality_code", "organizer_code"];
    const types = FIELDS.map((f) => `"${f}" ${codes.includes(f) ? "INTEGER" : "VARCHAR"}`);
    await connection.run(`CREATE OR REPLACE TABLE n (${types.join(", ")})`);
    const appender = await connection.createAppender("n");
    for (const row of rows) {
      for (const field of FIELDS) {
        const cell = row[field];
        if (cell === null || cell === undefined) appender.appendNull();
        else if (typeof cell === "number") appender.appendInteger(cell);
        else appender.appendVarchar(cell);
      }
      appender.endRow();
    }
    appender.closeSync();
    const cells = Object.fromEntries(codes.map((field) => [field, `CAST("${field}" AS VARCHAR)`]));
    const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["n"], cells })!;
    const [flags] = (await connection.runAndReadAll(probe.text)).getRowObjectsJson();
    const { trusted, padded } = trustedFieldsOf(probe, flags);
    expect(padded).toEqual(codes);
    const options = { table: ["n"], cells, trusted, padded };
    const text = validationQuery(declaration, sqlValidationData(), duckdbDialect, options);
    const sql = (await connection.runAndReadAll(text)).getRowsJson().map((row) => [Number(row[0]), row[1]]);
    expect(sql).toEqual(inMemoryReasons(rows));
    // Hand-checked (2024): 091 is organizer 90's, 005 organizer 16's, 020 organizer 08's, but 905 is not
    // organizer 14's (F10); the municipality is required; v1 repeats (F9).
    expect(sql.filter(([, reason]) => reason !== null)).toEqual([
      [3, "organizer_mismatch"],
      [5, "missing"],
      [6, "duplicate_id"],
    ]);
  });

  it("trusts every municipality code of a year, and no column over the most distinct cells asked for", async () => {
    const codes = sqlValidationData()
      .municipalities.at(-1)!
      .entries.map(([code]) => code);
    expect(codes.length).toBeGreaterThan(300);
    await load(codes.map((code, index) => ({ ...good, visit_id: `v${index}`, municipality_code: code })));
    expect(await trusted()).toContain("municipality_code");
    expect(await trusted(300)).not.toContain("municipality_code");
  });

  it("trusts the same columns from every cell known beforehand (a Parquet file's dictionaries), no scan", async () => {
    const cases: Array<Record<string, string>> = [{}, { sex: " female" }, { organizer_code: "1" }, { urgency: "x" }];
    for (const change of cases) {
      await load(rowsWith(change));
      const probe = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["t"] })!;
      const lists = probe.fields.map((field) => `list(DISTINCT "${field}") FILTER (WHERE "${field}" IS NOT NULL)`);
      const [cells] = (await connection.runAndReadAll(`SELECT ${lists.join(", ")} FROM t`)).getRowsJson();
      const distinct = Object.fromEntries(probe.fields.map((field, index) => [field, cells![index] as string[]]));
      // No table named `nowhere` exists: the probe reads only the lists given.
      const known = trustProbeSql(declaration, sqlValidationData(), duckdbDialect, { table: ["nowhere"], distinct })!;
      expect(known.text).not.toContain('"nowhere"');
      const [row] = (await connection.runAndReadAll(known.text)).getRowObjectsJson();
      expect(known.fields.filter((field) => row![field] === true)).toEqual(await trusted());
    }
    expect(await trusted()).not.toContain("urgency");
  });

  it("gives every row the in-memory validator's reason with the trusted columns read as they are", async () => {
    // Clean word columns beside dirty ids, dates, municipality–organizer pairs and a duplicate (F8–F10).
    const rows: Array<Record<string, string | null>> = [
      { ...good, visit_id: "v1" },
      { ...good, visit_id: " v2 ", organizer_code: null },
      { ...good, visit_id: "131052-308T" },
      { ...good, visit_id: "v4", sex: null },
      { ...good, visit_id: "v5", municipality_code: "905", organizer_code: "14" },
      { ...good, visit_id: "v6", visit_date: "2024-02-30" },
      { ...good, visit_id: "v1" },
      { ...good, visit_id: "v8", service_branch: null },
      { ...good, visit_id: "v9", need_assessment_date: "2024-03-20" },
    ];
    await load(rows);
    const fields = await trusted();
    expect(fields).toHaveLength(7); // 905 is a well-formed code: its classification is the row's check (F10)
    const text = validationQuery(declaration, sqlValidationData(), duckdbDialect, { table: ["t"], trusted: fields });
    expect(text).not.toContain('"__nul_sex"');
    const sql = (await connection.runAndReadAll(text)).getRowsJson().map((row) => [Number(row[0]), row[1]]);
    expect(sql).toEqual(inMemoryReasons(rows));
    expect(sql.filter(([, reason]) => reason !== null).length).toBeGreaterThanOrEqual(5);
  });
});

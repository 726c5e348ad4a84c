/**
 * Raw text staging tables in, national numbers out (issue 15, fine-print F34): the same dirty rows as an
 * ALL-TEXT PostgreSQL table, an all-VARCHAR DuckDB table and a CSV file give the identical result JSON
 * (rows, rows_read, rows_rejected with reasons, exclusions) and the same rejection listing. The rows
 * (hand-checked): v1 and v2 organizer 14 in population, waits 4 and 14 days (both within 14); v3
 * visit_date 2023-02-29 → invalid_format (F4, never an SQL error); v4 sex " 2 " → female, organizer
 * absent → derived 14 from municipality 167 (F2, F10), wait 20 days (not within); v5 repeats v1's key
 * → duplicate_id (F9); v6 client_id an identity code → personal_identity_code (F11); v7 urgent →
 * excluded `urgency`. So 7 read, 3 rejected, 1 excluded, 3 in population, 2 of 3 = 66.7 %.
 * Warehouse faults are one-line errors with exit 2. Outside CI a missing server skips the PostgreSQL
 * cases with a printed reason.
 */
import { execFileSync } from "node:child_process";
import { connect } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
if (!pgReady) console.warn(`warehouse-text.test: no PostgreSQL at ${PG_URL} and not in CI: PostgreSQL cases skipped`);

const HEADER = [
  "visit_id",
  "client_id",
  "birth_date",
  "sex",
  "municipality_code",
  "organizer_code",
  "service_branch",
  "professional_group",
  "urgency",
  "contact_mode",
  "contact_date",
  "need_assessment_date",
  "visit_date",
];
const ROWS = [
  [
    "v1",
    "c1",
    "1980-01-01",
    "female",
    "167",
    "14",
    "primary_care",
    "nurse",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-05",
  ],
  [
    "v2",
    "c2",
    "1980-01-01",
    "male",
    "167",
    "14",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-15",
  ],
  [
    "v3",
    "c3",
    "1980-01-01",
    "male",
    "167",
    "14",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2023-02-20",
    "2023-02-29",
  ],
  [
    "v4",
    "c4",
    "1980-01-01",
    " 2 ",
    "167",
    "",
    "Primary_Care",
    "nurse",
    "non_urgent",
    "remote",
    "",
    "2024-03-01",
    "2024-03-21",
  ],
  [
    "v1",
    "c5",
    "1980-01-01",
    "female",
    "167",
    "14",
    "primary_care",
    "nurse",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-02",
  ],
  [
    "v6",
    "131052-308T",
    "1980-01-01",
    "female",
    "167",
    "14",
    "primary_care",
    "nurse",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-02",
  ],
  [
    "v7",
    "c7",
    "1980-01-01",
    "female",
    "167",
    "14",
    "primary_care",
    "nurse",
    "urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-01",
  ],
];

const folder = mkdtempSync(join(tmpdir(), "virta-wh-text-"));
const csv = join(folder, "visits.csv");
writeFileSync(csv, `${[HEADER, ...ROWS].map((row) => row.join(",")).join("\n")}\n`);
const schema = `virta_text_cli_${process.pid}`;
const psql = (sql: string) =>
  execFileSync("psql", [PG_URL, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });
const literal = (text: string) => (text === "" ? "NULL" : `'${text.replaceAll("'", "''")}'`);

afterAll(() => {
  if (pgReady) psql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

const EXPECTED_INPUT = {
  rows_read: 7,
  rows_rejected: 3,
  rows_excluded: 1,
  rows_in_population: 3,
  excluded_by_reason: { urgency: 1 },
  rejected_by_reason: { invalid_format: 1, personal_identity_code: 1, duplicate_id: 1 },
};

describe("compute on an all-text PostgreSQL staging table", () => {
  it.runIf(pgReady)("gives the embedded engine's result, rejections and exclusions included", async () => {
    psql(`CREATE SCHEMA ${schema}`);
    psql(`CREATE TABLE ${schema}.visits (${HEADER.map((name) => `"${name}" text`).join(", ")})`);
    psql(`INSERT INTO ${schema}.visits VALUES ${ROWS.map((row) => `(${row.map(literal).join(", ")})`).join(", ")}`);
    const args = ["--period", "2024", "--by", "organizer", "--no-suppress"];
    const embedded = await runCli(["compute", INDICATOR, "--data", csv, ...args]);
    expect(embedded.code).toBe(0);
    const warehouse = await runCli([
      "compute",
      INDICATOR,
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      `health_care_visit=${schema}.visits`,
      ...args,
    ]);
    expect(warehouse.stderr).toBe("");
    expect(warehouse.code).toBe(0);
    const result = JSON.parse(warehouse.stdout);
    expect(result.rows).toEqual([{ organizer: "14", numerator: 2, denominator: 3, value: 66.7, suppressed: false }]);
    expect(result.input.health_care_visit).toEqual(EXPECTED_INPUT);
    expect(result).toEqual(JSON.parse(embedded.stdout));

    const listing = await runCli([
      "validate",
      "health_care_visit",
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      `${schema}.visits`,
      "--json",
    ]);
    expect(listing.code).toBe(1);
    const rejections = JSON.parse(listing.stdout).rejections as Array<Record<string, unknown>>;
    expect(rejections.map((r) => [r.row, r.field, r.reason])).toEqual([
      [3, "visit_date", "invalid_format"],
      [5, "visit_id", "duplicate_id"],
      [6, "client_id", "personal_identity_code"],
    ]);
    expect(listing.stdout).not.toContain("131052-308T"); // F11: masked
    const strict = await runCli([
      "compute",
      INDICATOR,
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      `health_care_visit=${schema}.visits`,
      "--strict",
      ...args,
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("row 3");
  });

  it.runIf(pgReady)("orders rows by --row-number: the lowest record number keeps the key (F9, F34)", async () => {
    psql(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    psql(`CREATE TABLE ${schema}.numbered (record text, ${HEADER.map((name) => `"${name}" text`).join(", ")})`);
    // Physical order v1 (record 9), v1 again (record 2): by record number the second one is kept.
    psql(
      `INSERT INTO ${schema}.numbered VALUES ('9', ${ROWS[0]!.map(literal).join(", ")}), ('2', ` +
        `${ROWS[4]!.map(literal).join(", ")})`,
    );
    const run = await runCli([
      "validate",
      "health_care_visit",
      "--engine",
      "postgres",
      "--db",
      PG_URL,
      "--table",
      `${schema}.numbered`,
      "--row-number",
      "record",
      "--json",
    ]);
    expect(run.code).toBe(1);
    const rejections = JSON.parse(run.stdout).rejections as Array<Record<string, unknown>>;
    expect(rejections.map((r) => [r.row, r.reason])).toEqual([[9, "duplicate_id"]]);
  });

  it.runIf(pgReady)("names warehouse faults in one line with exit 2", async () => {
    const base = ["compute", INDICATOR, "--engine", "postgres", "--period", "2024"];
    const table = ["--table", `health_care_visit=${schema}.no_such_table`];
    const cases: Array<[string[], string]> = [
      [["--db", PG_URL, ...table], "does not exist"],
      [["--db", PG_URL.replace("//postgres@", "//no_such_role@"), ...table], 'role "no_such_role" does not exist'],
      [["--db", "postgres://postgres@127.0.0.1:1/postgres", ...table], "cannot connect"],
      [["--db", "not a url", ...table], "not a connection string"],
    ];
    for (const [extra, message] of cases) {
      const run = await runCli([...base, ...extra]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    }
  });
});

describe("compute on an all-VARCHAR DuckDB database file", () => {
  it("gives the embedded engine's result", async () => {
    const database = join(folder, "warehouse.duckdb");
    const load =
      `CREATE SCHEMA staging; CREATE TABLE staging.visits AS SELECT * FROM read_csv('${csv}', ` +
      "all_varchar = true, header = true);";
    execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { DuckDBInstance } from "@duckdb/node-api"; const i = await ` +
          `DuckDBInstance.create(${JSON.stringify(database)}); const c = await i.connect(); await ` +
          `c.run(${JSON.stringify(load)}); c.closeSync();`,
      ],
      { cwd: join(import.meta.dirname, "../../../adapters") },
    );
    const args = ["--period", "2024", "--by", "organizer", "--no-suppress"];
    const embedded = await runCli(["compute", INDICATOR, "--data", csv, ...args]);
    const warehouse = await runCli([
      "compute",
      INDICATOR,
      "--engine",
      "duckdb",
      "--db",
      database,
      "--table",
      "health_care_visit=staging.visits",
      ...args,
    ]);
    expect(warehouse.stderr).toBe("");
    expect(warehouse.code).toBe(0);
    expect(JSON.parse(warehouse.stdout).input.health_care_visit).toEqual(EXPECTED_INPUT);
    expect(JSON.parse(warehouse.stdout)).toEqual(JSON.parse(embedded.stdout));
    const missing = await runCli([
      "compute",
      INDICATOR,
      "--engine",
      "duckdb",
      "--db",
      join(folder, "none.duckdb"),
      "--table",
      "health_care_visit=staging.visits",
      ...args,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such DuckDB database file");
  });
});

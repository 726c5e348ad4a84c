/**
 * The database's progress through the statements of a compute that runs in it (issue 14): 200 000
 * visits in a CSV file DuckDB reads in every statement (`computing`), the same file with a repeated
 * visit id, which DuckDB loads into a table first (`loading`, F9), in a DuckDB database file, and in
 * PostgreSQL (no estimate: 0 % with the time). Every statement is reported from 0 % on, numbered from
 * 1, and the result is the hand-checked one with or without a listener.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { planComputation } from "@virta/core";
import { catalogue } from "@virta/indicators";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDuckDbFileEngine } from "./duckdb-files";
import { progressTracker, type SqlProgress } from "./sql-progress";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";
import { createWarehouseEngine } from "./warehouse-engine";

const folder = mkdtempSync(join(tmpdir(), "virta-progress-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ROWS = 200_000;
const COLUMNS =
  "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency," +
  "contact_mode,contact_date,need_assessment_date,visit_date";

/** Visits assessed on 1 March 2024: the even ones seen 9 days later (within 14), the odd ones 19 days later. */
function visitsCsv(extra: string[] = []): string {
  const lines = [COLUMNS];
  for (let i = 0; i < ROWS; i++) {
    const visitDate = i % 2 === 0 ? "2024-03-10" : "2024-03-20";
    lines.push(
      `v${i},c${i % 5000},1980-05-01,female,167,primary_care,doctor,non_urgent,in_person,` +
        `2024-02-28,2024-03-01,${visitDate}`,
    );
  }
  return `${[...lines, ...extra].join("\n")}\n`;
}

const file = join(folder, "visits.csv");
writeFileSync(file, visitsCsv());
/** The same visits and one more row with the first visit's id: rejected as its repeat (F9). */
const repeated = join(folder, "repeated.csv");
const repeat = "v0,c0,1980-05-01,female,167,primary_care,doctor,non_urgent,in_person,2024-02-28,2024-03-01,2024-03-10";
writeFileSync(repeated, visitsCsv([repeat]));
const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
  period: "2024",
  by: [],
  asOf: null,
  suppress: false,
});
const SHARE = [{ numerator: ROWS / 2, denominator: ROWS, value: 50 }];

const pgReady = await postgresAvailable();
if (!pgReady && process.env.CI) throw new Error(`CI runs PostgreSQL at ${postgresUrl()}; it did not answer`);
if (!pgReady) console.log(`progress on PostgreSQL not run: no server at ${postgresUrl()} (outside CI only)`);

/** The statements reported, each from 0 % on with one step, numbered 1, 2, …; returns them in order. */
function checkStatements(reports: SqlProgress[]): SqlProgress[][] {
  const numbers = [...new Set(reports.map((report) => report.statement))];
  expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => index + 1));
  expect(numbers.length).toBeGreaterThanOrEqual(2);
  const statements = numbers.map((number) => reports.filter((report) => report.statement === number));
  for (const own of statements) {
    expect(own[0]!.percentage).toBe(0);
    expect(new Set(own.map((report) => report.step)).size).toBe(1);
  }
  expect(reports.every((report) => report.percentage >= 0 && report.percentage <= 100)).toBe(true);
  return statements;
}

describe("progressTracker", () => {
  it("reports 0 % at the start, then the highest estimate so far, capped at 100; none left after the end", async () => {
    const estimates = [-1, 12.5, 40, -1, 130];
    let look = 0;
    const reports: SqlProgress[] = [];
    const track = progressTracker(
      "DuckDB",
      () => estimates[Math.min(look++, estimates.length - 1)]!,
      (report) => {
        reports.push(report);
      },
      1,
    );
    // The statement ends once the estimate has been read five times.
    const statement = () =>
      new Promise<string>((resolve) => {
        const wait = setInterval(() => look >= estimates.length && (clearInterval(wait), resolve("done")), 1);
      });
    expect(await track("computing", statement)).toBe("done");
    const seen = reports.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports.length).toBe(seen); // the timer stops with the statement
    expect(reports.slice(0, 6).map((report) => report.percentage)).toEqual([0, 0, 12.5, 40, 40, 100]);
    expect(reports.every((report) => report.database === "DuckDB" && report.statement === 1)).toBe(true);
    await track("loading", async () => "again");
    expect(reports.at(-1)).toEqual({ database: "DuckDB", step: "loading", statement: 2, percentage: 0 });
  });

  it("only runs the statement without a listener", async () => {
    let looked = false;
    const track = progressTracker("PostgreSQL", () => ((looked = true), 50), undefined, 1);
    expect(await track("computing", () => new Promise((resolve) => setTimeout(() => resolve(7), 10)))).toBe(7);
    expect(looked).toBe(false);
  });
});

/** Computes the plan over files with a listener polled every millisecond, and again without one. */
async function watchedFiles(files: Record<string, string>) {
  const reports: SqlProgress[] = [];
  const onProgress = (progress: SqlProgress) => void reports.push(progress);
  const watched = await createDuckDbFileEngine({ files, onProgress, progressIntervalMs: 1 }).evaluate(plan);
  const quiet = await createDuckDbFileEngine({ files }).evaluate(plan);
  expect(watched.rows).toEqual(quiet.rows);
  expect(watched.validation).toEqual(quiet.validation);
  expect(reports.every((report) => report.database === "DuckDB")).toBe(true);
  return { result: watched, statements: checkStatements(reports) };
}

describe("DuckDB's progress while it reads and computes a file itself", () => {
  it("reports every statement from 0 %, each reading the file, and gives the same hand-checked share", async () => {
    const { result, statements } = await watchedFiles({ health_care_visit: file });

    expect(result.rows).toMatchObject(SHARE);
    expect(statements.flat().every((report) => report.step === "computing")).toBe(true);
    // A statement's reports never fall (DuckDB's estimates, whenever they arrive).
    for (const own of statements) {
      const done = own.map((report) => report.percentage);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    }
  });

  it("loads the file into a table when a visit id repeats (F9), and rejects the repeat", async () => {
    const { result, statements } = await watchedFiles({ health_care_visit: repeated });

    expect(result.rows).toMatchObject(SHARE);
    expect(result.validation.health_care_visit).toMatchObject({
      rows_read: ROWS + 1,
      rows_rejected: 1,
      rejected_by_reason: { duplicate_id: 1 },
    });
    const steps = statements.map((own) => own[0]!.step);
    // The trusted-column probe and the key check read the file, then it is loaded once.
    expect(steps.slice(0, 3)).toEqual(["computing", "computing", "loading"]);
    expect(steps.filter((step) => step === "loading")).toHaveLength(1);
  });
});

/** Computes the plan over a warehouse table with a listener polled every millisecond. */
async function watchedWarehouse(engine: "duckdb" | "postgres", db: string, table: string) {
  const reports: SqlProgress[] = [];
  const onProgress = (progress: SqlProgress) => void reports.push(progress);
  const tables = { health_care_visit: table };
  const result = await createWarehouseEngine({ engine, db, tables, onProgress, progressIntervalMs: 1 }).evaluate(plan);
  return { result, reports };
}

describe("the warehouse's progress while it validates and computes its tables", () => {
  it("a DuckDB database file: every statement computing, from 0 %, and the hand-checked share", async () => {
    const db = join(folder, "warehouse.duckdb");
    const instance = await DuckDBInstance.create(db);
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE visits AS SELECT * FROM read_csv('${file}', all_varchar = true)`);
    connection.closeSync();
    instance.closeSync();
    const { result, reports } = await watchedWarehouse("duckdb", db, "main.visits");

    expect(result.rows).toMatchObject(SHARE);
    checkStatements(reports);
    expect(reports.every((report) => report.database === "DuckDB" && report.step === "computing")).toBe(true);
  });

  it.runIf(pgReady)("PostgreSQL: statements with the time only (0 %), and the hand-checked share", async () => {
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    try {
      await client.query("CREATE SCHEMA IF NOT EXISTS progress");
      await client.query("DROP TABLE IF EXISTS progress.visits");
      // The rows of visitsCsv, made by the server.
      const values = [
        "'v' || i",
        "'c' || (i % 5000)",
        "'1980-05-01'",
        "'female'",
        "'167'",
        "'primary_care'",
        "'doctor'",
        "'non_urgent'",
        "'in_person'",
        "'2024-02-28'",
        "'2024-03-01'",
        "CASE WHEN i % 2 = 0 THEN '2024-03-10' ELSE '2024-03-20' END",
      ];
      const columns = COLUMNS.split(",");
      const select = values.map((value, index) => `CAST(${value} AS TEXT) AS ${columns[index]}`).join(", ");
      await client.query(`CREATE TABLE progress.visits AS SELECT ${select} FROM generate_series(0, ${ROWS - 1}) AS i`);
    } finally {
      await client.end();
    }
    const { result, reports } = await watchedWarehouse("postgres", postgresUrl(), "progress.visits");

    expect(result.rows).toMatchObject(SHARE);
    const statements = checkStatements(reports);
    expect(reports.every((report) => report.database === "PostgreSQL" && report.percentage === 0)).toBe(true);
    // The time goes on while a statement runs: some statement is reported again after its start.
    expect(statements.some((own) => own.length > 1)).toBe(true);
  });
});

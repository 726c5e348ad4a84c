/**
 * The working-day calendar written as SQL (issue 15: a number series, Monday–Friday from the offset, the
 * weekday public holidays listed as exceptions) gives exactly the rows of core's `workingDayCalendar`
 * (calendar.md "Working days", law 150/1930 2 §, 5 §) — on DuckDB and PostgreSQL, for the spans the
 * compiler asks for: a period's years, the edges of the 1900–2200 table, several counts at once, and an
 * empty span. Hand-checked anchors: 2024-03-26 + 7 working days = 2024-04-08 (Good Friday, Easter
 * Monday), 2024-12-20 + 7 = 2025-01-07 (Christmas Eve, Christmas, St Stephen's, New Year's Day).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import {
  calendarCtes,
  duckdbDialect,
  formatDate,
  parseDate,
  postgresDialect,
  type SqlDialect,
  workingDayCalendar,
} from "@virta/core";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";

const pgReady = process.env.CI !== undefined || (await postgresAvailable());

const SPANS: Array<[number, number, number[]]> = [
  [2023, 2025, [7]],
  [2023, 2025, [5, 7, 10]],
  [1899, 1901, [7]],
  [2199, 2201, [3, 7]],
  [2300, 2301, [7]],
];

function query(dialect: SqlDialect, firstYear: number, lastYear: number, counts: number[]): string {
  const q = dialect.quoteIdentifier;
  const columns = [q("__day"), ...counts.map((n) => q(`__deadline_${n}`))].map((c) => `CAST(${c} AS VARCHAR(10))`);
  return (
    `WITH\n${calendarCtes(dialect, firstYear, lastYear, counts).join(",\n")}\n` +
    `SELECT ${columns.join(", ")} FROM ${q("__calendar")} ORDER BY ${q("__day")}`
  );
}

function expected(firstYear: number, lastYear: number, counts: number[]): string[][] {
  return workingDayCalendar(firstYear, lastYear, counts).map((row) => [row.day, ...row.deadlines].map(formatDate));
}

describe("the SQL working-day calendar equals workingDayCalendar", () => {
  it("anchors: 2024-03-26 + 7 = 2024-04-08, 2024-12-20 + 7 = 2025-01-07", () => {
    const rows = workingDayCalendar(2023, 2025, [7]);
    const at = (iso: string) => formatDate(rows.find((row) => row.day === parseDate(iso))!.deadlines[0]!);
    expect(at("2024-03-26")).toBe("2024-04-08");
    expect(at("2024-12-20")).toBe("2025-01-07");
  });

  it("lists only the weekday holidays and no day rows", () => {
    const text = calendarCtes(duckdbDialect, 2024, 2024, [7]).join("\n");
    expect(text).toContain("(DATE '2024-03-29')"); // Good Friday
    expect(text).not.toContain("(DATE '2024-03-31')"); // Easter Sunday: a Sunday anyway
    expect(text.match(/\(DATE '\d{4}-\d{2}-\d{2}'\)/g)?.length).toBe(12); // 2024: 11, 2025-01-01: 1
  });

  it.each(SPANS)("DuckDB %i–%i, counts %j", async (firstYear, lastYear, counts) => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const rows = (await connection.runAndReadAll(query(duckdbDialect, firstYear, lastYear, counts))).getRows();
    expect(rows.map((row) => row.map(String))).toEqual(expected(firstYear, lastYear, counts));
  });

  it.runIf(pgReady).each(SPANS)("PostgreSQL %i–%i, counts %j", async (firstYear, lastYear, counts) => {
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    try {
      const result = await client.query({
        text: query(postgresDialect, firstYear, lastYear, counts),
        rowMode: "array",
      });
      expect(result.rows).toEqual(expected(firstYear, lastYear, counts));
    } finally {
      await client.end();
    }
  });
});

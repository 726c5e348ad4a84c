/**
 * A date field's Parquet TIMESTAMP column as day numbers (`parquet-timestamps.ts`, issue 14; F4, F34):
 * every cell must be the date the validator reads from the text the column came as before (local:
 * the date part; adjusted to UTC: the Helsinki date), and a day outside years 0001–9999 that text.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { type ColumnBatch, formatDate, NULL_DAY, tryParseDateOrDateTime } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParquetTable } from "./parquet-reader";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

async function writeParquet(name: string, select: string): Promise<string> {
  const path = join(folder.path, name);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}

describe("a date field's TIMESTAMPs arrive as day numbers (issue 14, F4)", () => {
  const cases = [
    "TIMESTAMP '2024-03-31 00:00:00'",
    "TIMESTAMP '2024-03-31 23:59:59.999999'",
    "TIMESTAMP '1969-12-31 23:59:59.5'", // before 1970 with a fraction: the date part, not rounded
    "TIMESTAMP '1969-12-31 23:59:59.999999'", // one tick before 1970: still 31 December (floored)
    "TIMESTAMP '1950-06-30 23:59:59.999999'",
    "NULL",
    "TIMESTAMP '0001-01-01 00:00:00'",
    "TIMESTAMP '9999-12-31 23:59:59'",
    "'infinity'::TIMESTAMP",
    "'-infinity'::TIMESTAMP",
    "TIMESTAMP '10000-01-01 00:00:00'",
    "TIMESTAMP '0000-12-31 12:00:00'",
  ];
  const units = [
    ["TIMESTAMP_MS", "ms"],
    ["TIMESTAMP", "us"],
    ["TIMESTAMP_NS", "ns"],
  ] as const;

  it("gives each cell the date a date field reads from the text it came as before, in three units", async () => {
    const select = cases.map((value, index) => `SELECT ${index} AS n, ${value} AS t`).join(" UNION ALL ");
    for (const [type, unit] of units) {
      // DuckDB cannot hold years past 2262 in nanoseconds: those cases are left out of that unit.
      const where = unit === "ns" ? "WHERE t IS NULL OR (isfinite(t) AND year(t) BETWEEN 1678 AND 2261)" : "";
      const path = await writeParquet(
        `timestamps-${unit}.parquet`,
        `SELECT CAST(t AS ${type}) AS visit_date FROM (${select}) ${where} ORDER BY n`,
      );
      const asText = (await allRows(await openParquetTable(path, "t", 2048))).map((row) => row.values.visit_date);
      const table = await openParquetTable(path, "t", 2048, "auto", ["visit_date"]);
      const batches: ColumnBatch[] = [];
      for await (const batch of table.batches()) batches.push(batch);
      expect(batches.map((batch) => batch.kinds)).toEqual([["day"]]);
      const cells = Array.from(batches[0]!.columns[0] as ArrayLike<unknown>);
      expect(cells).toHaveLength(asText.length);
      cells.forEach((cell, row) => {
        const text = asText[row];
        if (typeof cell === "number" && cell !== NULL_DAY) expect(cell).toBe(tryParseDateOrDateTime(text as string));
        else if (cell === NULL_DAY || cell === null) expect(text).toBeNull();
        else expect(cell).toBe(text); // outside years 0001–9999: the same text as before (F34)
      });
      if (unit === "us") {
        // Hand-checked: the date part literally; a day outside 0001–9999 stays the text the validator rejects.
        const shown = cells.map((cell) =>
          typeof cell === "number" ? (cell === NULL_DAY ? null : formatDate(cell)) : cell,
        );
        expect(shown).toEqual([
          "2024-03-31",
          "2024-03-31",
          "1969-12-31",
          "1969-12-31",
          "1950-06-30",
          null,
          "0001-01-01",
          "9999-12-31",
          "infinity",
          "-infinity",
          "+010000-01-01T00:00", // toISOString's extended year, cut to 19 characters: invalid_format (F4)
          "0000-12-31T12:00:00",
        ]);
      }
    }
  });

  it("gives a date field's UTC timestamps the Helsinki date the validator reads from their text (F4)", async () => {
    const instants = [
      "2024-03-31 20:59:59.999999+00", // 23:59:59.999999 in Helsinki: summer time (UTC+3) since 01:00 UTC
      "2024-03-31 21:00:00+00", // midnight in Helsinki: 1 April
      "2024-01-15 21:59:59+00",
      "2024-01-15 22:00:00+00", // midnight in Helsinki (UTC+2)
      "1969-12-31 21:59:59.5+00", // before 1970 with a fraction: the whole second, not rounded
      "1921-04-30 22:20:10+00", // the last second of Helsinki mean time (UTC+1:39:49)
      "1921-04-30 22:20:11+00",
      "1942-04-02 22:00:00+00", // summer time of 1942
      "0001-01-01 00:00:00+00",
      "9999-12-31 21:59:59+00",
      "9999-12-31 22:00:00+00", // 10000-01-01 in Helsinki: no data date (F34), the text as before
      "infinity",
      "-infinity",
    ];
    const select = instants
      .map((value, index) => `SELECT ${index} AS n, '${value}'::TIMESTAMPTZ AS t`)
      .concat(`SELECT ${instants.length} AS n, NULL::TIMESTAMPTZ AS t`)
      .join(" UNION ALL ");
    const path = await writeParquet("zoned-days.parquet", `SELECT t AS visit_date FROM (${select}) ORDER BY n`);
    const asText = (await allRows(await openParquetTable(path, "t", 2048))).map((row) => row.values.visit_date);
    const [batch] = await collectFrom(await openParquetTable(path, "t", 2048, "auto", ["visit_date"]));
    expect(batch!.kinds).toEqual(["day"]);
    const cells = Array.from(batch!.columns[0] as ArrayLike<unknown>);
    cells.forEach((cell, row) => {
      const text = asText[row];
      if (typeof cell === "number") expect(cell).toBe(tryParseDateOrDateTime(text as string));
      else expect(cell).toBe(text);
    });
    expect(cells.map((cell) => (typeof cell === "number" ? formatDate(cell) : cell))).toEqual([
      "2024-03-31",
      "2024-04-01",
      "2024-01-15",
      "2024-01-16",
      "1969-12-31",
      "1921-04-30",
      "1921-05-01",
      "1942-04-03",
      "0001-01-01",
      "9999-12-31",
      "9999-12-31T22:00:00Z",
      "infinity",
      "-infinity",
      null,
    ]);
  });

  it("leaves a timestamp column not named as a date field as text", async () => {
    const path = await writeParquet(
      "zoned.parquet",
      "SELECT TIMESTAMPTZ '2024-03-31 21:30:00+00' AS visit_date, TIMESTAMP '2024-03-31 21:30:00' AS other",
    );
    const table = await openParquetTable(path, "t", 2048, "auto", ["nothing"]);
    const [row] = await allRows(table);
    expect(row!.values).toEqual({ visit_date: "2024-03-31T21:30:00Z", other: "2024-03-31T21:30:00" });
  });
});

async function collectFrom(table: Awaited<ReturnType<typeof openParquetTable>>): Promise<ColumnBatch[]> {
  const batches: ColumnBatch[] = [];
  for await (const batch of table.batches()) batches.push(batch);
  return batches;
}

/**
 * `ReadTableOptions.readColumns` (issue 14): the columns not read keep their names and places, their
 * cells come absent, and the cells of the columns read are those of a full read, in every format and
 * on every path (CSV worker and `CsvScanner`, Parquet through DuckDB and hyparquet, JSON, NDJSON).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import type { ColumnBatch } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCsvTable } from "./csv-reader";
import { openParquetTable } from "./parquet-reader";
import { readTable } from "./read-table";
import type { Table } from "./table";
import { tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

/** Every batch's names, and its columns as plain arrays (a `day` column's numbers as they are). */
async function columnsOf(table: Table): Promise<{ names: string[][]; columns: unknown[][]; coded: boolean[] }> {
  const names: string[][] = [];
  const columns: unknown[][] = table.columns.map(() => []);
  const coded: boolean[] = table.columns.map(() => false);
  for await (const batch of table.batches() as AsyncIterable<ColumnBatch>) {
    names.push([...batch.names]);
    batch.columns.forEach((column, index) => {
      for (let row = 0; row < batch.length; row++) columns[index]!.push(column[row]);
      if (batch.dictionaries?.[index]) coded[index] = true;
    });
  }
  return { names, columns, coded };
}

/** The header, then a record per row: an id, a quoted note, a date and an extra column; some short. */
function csvText(rows: number): string {
  const lines = ["id,note,visit_date,extra"];
  for (let row = 0; row < rows; row++) {
    const note = row % 4 === 0 ? '"a, quoted note"' : `n${row % 9}`;
    const day = String(1 + (row % 28)).padStart(2, "0");
    lines.push(row % 7 === 3 ? `v${row},${note}` : `v${row},${note},2024-03-${day},x${row}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("readColumns: the other columns' cells are absent, the rest as read (issue 14)", () => {
  it("CSV, in the worker and with CsvScanner, across batches", async () => {
    const path = await folder.write("wide.csv", csvText(5_000));
    const full = await columnsOf(await openCsvTable(path, "wide", 1_000, ["visit_date"], "never"));
    for (const worker of ["always", "never"] as const) {
      const table = await openCsvTable(path, "wide", 1_000, ["visit_date"], worker, ["id", "visit_date"]);
      const { names, columns } = await columnsOf(table);
      expect(names[0]).toEqual(["id", "note", "visit_date", "extra"]);
      expect(columns[0]).toEqual(full.columns[0]);
      expect(columns[2]).toEqual(full.columns[2]);
      expect(columns[2]!.slice(0, 4)).toEqual([19_783, 19_784, 19_785, undefined]); // 2024-03-01…, a short record
      expect(columns[1]).toEqual(new Array(5_000).fill(undefined));
      expect(columns[3]).toEqual(new Array(5_000).fill(undefined));
    }
    // The same through readTable, which the command line uses.
    const table = await readTable(path, { dayColumns: ["visit_date"], readColumns: ["id", "visit_date"] });
    expect((await columnsOf(table)).columns[3]!.every((cell) => cell === undefined)).toBe(true);
  });

  it("Parquet: a column not read is not decoded, so a list column no longer sends the file to hyparquet", async () => {
    const path = join(folder.path, "wide.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT 'v' || i AS id, CASE i % 3 WHEN 0 THEN 'doctor' ELSE 'nurse' END AS professional_group,
                    [i, i + 1] AS extra, DATE '2024-01-01' + CAST(i % 30 AS INTEGER) AS visit_date
             FROM range(5000) t(i) ORDER BY i) TO '${path}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const read = ["id", "professional_group", "visit_date"];
    const full = await columnsOf(await openParquetTable(path, "wide", 2048, "hyparquet"));
    const viaDuckDb = await columnsOf(await openParquetTable(path, "wide", 2048, "auto", [], read));
    const viaHyparquet = await columnsOf(await openParquetTable(path, "wide", 2048, "hyparquet", [], read));
    for (const { names, columns } of [viaDuckDb, viaHyparquet]) {
      expect(names[0]).toEqual(["id", "professional_group", "extra", "visit_date"]);
      expect(columns[0]).toEqual(full.columns[0]);
      expect(columns[1]).toEqual(full.columns[1]);
      expect(columns[2]).toEqual(new Array(5_000).fill(undefined));
      expect(columns[0]!.slice(4_998)).toEqual(["v4998", "v4999"]);
    }
    // Through DuckDB: the date as day numbers (hyparquet: its text) and the codes of the text column.
    expect(viaDuckDb.columns[3]!.slice(0, 2)).toEqual([19_723, 19_724]);
    expect(viaHyparquet.columns[3]!.slice(0, 2)).toEqual(["2024-01-01", "2024-01-02"]);
    expect(viaDuckDb.coded[1]).toBe(true);
    // Without readColumns the list column needs hyparquet, which gives no codes.
    expect((await columnsOf(await openParquetTable(path, "wide", 2048))).coded[1]).toBe(false);
  });

  it("JSON and NDJSON", async () => {
    const objects = [{ id: "v1", note: "a", n: 1 }, { id: "v2" }, { note: "c", id: "v3", n: [2] }];
    const json = await folder.write("wide.json", JSON.stringify(objects));
    const ndjson = await folder.write("wide.ndjson", objects.map((object) => JSON.stringify(object)).join("\n"));
    for (const path of [json, ndjson]) {
      const { names, columns } = await columnsOf(await readTable(path, { readColumns: ["id", "n"] }));
      expect(names[0]).toEqual(["id", "note", "n"]);
      expect(columns).toEqual([
        ["v1", "v2", "v3"],
        [undefined, undefined, undefined],
        [1, undefined, [2]],
      ]);
    }
  });
});

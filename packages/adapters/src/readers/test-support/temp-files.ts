/** Test helper: a temporary folder per test file, and reading a whole table into arrays. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDate, NULL_DAY } from "@virta/core";
import type { RawValue, Table } from "../table";

/** One row of a table as the tests compare it: its record number (F9) and its cells by column name. */
export interface RawRow {
  record: number;
  values: Record<string, RawValue>;
}

/** Creates a temporary folder; `write` puts a file in it, `remove` deletes it all. */
export async function tempFolder(): Promise<{
  path: string;
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}> {
  const path = await mkdtemp(join(tmpdir(), "virta-readers-"));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/**
 * All rows of a table, in order, as objects with their record numbers (from `batches()`). A `day`
 * column's day numbers are written as ISO dates (and `NULL_DAY` as null), so that the DuckDB and
 * hyparquet paths of the Parquet reader compare cell for cell.
 */
export async function allRows(table: Table): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of table.batches()) {
    for (let row = 0; row < batch.length; row++) {
      const values: Record<string, unknown> = {};
      batch.names.forEach((name, column) => {
        const cell = batch.columns[column]![row];
        const day = batch.kinds?.[column] === "day" && typeof cell === "number";
        values[name] = !day ? cell : cell === NULL_DAY ? null : formatDate(cell as number);
      });
      rows.push({ record: batch.records[row]!, values: values as RawRow["values"] });
    }
  }
  return rows;
}

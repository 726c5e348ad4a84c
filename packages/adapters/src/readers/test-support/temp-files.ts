/** Test helper: a temporary folder per test file, and reading a whole table into arrays. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOfColumnBatch } from "@virta/core";
import type { RawRow, Table } from "../table";

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

/** All rows of a table, in order, as objects with their record numbers (from `batches()`). */
export async function allRows(table: Table): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of table.batches()) {
    rowsOfColumnBatch(batch).forEach((values, index) =>
      rows.push({ record: batch.records[index]!, values: values as RawRow["values"] }),
    );
  }
  return rows;
}

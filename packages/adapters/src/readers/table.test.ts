import { type ColumnBatch, UsageError } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import { tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

async function allBatches(batches: AsyncIterable<ColumnBatch>): Promise<ColumnBatch[]> {
  const all: ColumnBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

/** A batch without its source name, with plain arrays, for comparison. */
function plain(batch: ColumnBatch): object {
  return {
    names: batch.names,
    length: batch.length,
    records: Array.from(batch.records),
    columns: batch.columns.map((column) => Array.from(column)),
  };
}

describe("Table.batches: records as column batches in header order (F9, F29, F1)", () => {
  it("CSV: record numbers count records, not lines (quoted newline, empty lines; F9), across batches", async () => {
    const path = await folder.write("newlines.csv", 'id,note\n1,"two\nlines"\n\n2,x\n\n\n3,"a ""b"""\n4\n');
    const table = await readTable(path, { batchSize: 3 });
    expect((await allBatches(table.batches())).map(plain)).toEqual([
      {
        names: ["id", "note"],
        length: 3,
        records: [1, 2, 3],
        columns: [
          ["1", "2", "3"],
          ["two\nlines", "x", 'a "b"'],
        ],
      },
      // A short record: the missing note is absent (F1).
      { names: ["id", "note"], length: 1, records: [4], columns: [["4"], [undefined]] },
    ]);
  });

  it("CSV: values are kept as read (untrimmed), and the batch names its source", async () => {
    const path = await folder.write("copies.csv", "a;b\n 1 ;2\n3;4\n");
    const [batch] = await allBatches((await readTable(path, { source: "population" })).batches());
    expect(batch!.columns).toEqual([
      [" 1 ", "3"],
      ["2", "4"],
    ]);
    expect(batch!.source).toBe(`population file "${path}"`);
  });

  it("CSV: a record with more fields than the header is malformed_csv naming record and line", async () => {
    const path = await folder.write("long.csv", "a,b\n1,2\n\n3,4,5\n");
    const error = await allBatches((await readTable(path)).batches()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain("record 2 (line 4): 3 fields but the header has 2 columns");
  });

  it("CSV: an unclosed quote early in a large file fails fast naming the record, memory bounded", async () => {
    const line = "v,2024-01-01,some words here\n";
    const body = `id,date,note\n1,2024-01-01,ok\n2,"2024-01-01,broken\n${line.repeat(200_000)}`;
    const path = await folder.write("unclosed.csv", body);
    const error = await allBatches((await readTable(path)).batches()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/record 2 \(line 3\): the record runs over 4 Mi characters/);
    expect((error as UsageError).message).toContain("a quoted field is probably not closed");
  });

  it("NDJSON: cells in the union-of-keys order; a key a row lacks is undefined (absent, F1)", async () => {
    const path = await folder.write("rows.ndjson", '{"a":1,"b":"x"}\n\n{"c":true,"a":null}\n');
    const table = await readTable(path);
    expect(table.columns).toEqual(["a", "b", "c"]);
    expect((await allBatches(table.batches())).map(plain)).toEqual([
      {
        names: ["a", "b", "c"],
        length: 2,
        records: [1, 2],
        columns: [
          [1, null],
          ["x", undefined],
          [undefined, true],
        ],
      },
    ]);
  });

  it("every call reads the file again from the start", async () => {
    const path = await folder.write("twice.csv", "a\n1\n2\n");
    const table = await readTable(path);
    const first = (await allBatches(table.batches())).map(plain);
    expect((await allBatches(table.batches())).map(plain)).toEqual(first);
    expect(first).toEqual([{ names: ["a"], length: 2, records: [1, 2], columns: [["1", "2"]] }]);
  });
});

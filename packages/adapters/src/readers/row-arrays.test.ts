import { UsageError } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import type { RowArrays } from "./table";
import { tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

async function allBatches(batches: AsyncIterable<RowArrays>): Promise<RowArrays[]> {
  const all: RowArrays[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe("Table.rowArrays: records as arrays of cells in header order (F9, F29, F1)", () => {
  it("CSV: record numbers count records, not lines (quoted newline, empty lines; F9) and run on across batches", async () => {
    const path = await folder.write("newlines.csv", 'id,note\n1,"two\nlines"\n\n2,x\n\n\n3,"a ""b"""\n4\n');
    const table = await readTable(path, { batchSize: 3 });
    expect(await allBatches(table.rowArrays())).toEqual([
      {
        records: [1, 2, 3],
        values: [
          ["1", "two\nlines"],
          ["2", "x"],
          ["3", 'a "b"'],
        ],
      },
      // A short record keeps its one cell: the missing note is absent (F1), as in rows().
      { records: [4], values: [["4"]] },
    ]);
  });

  it("CSV: the cells are copies, not the scanner's reused array, and values are kept as read (untrimmed)", async () => {
    const path = await folder.write("copies.csv", "a;b\n 1 ;2\n3;4\n");
    const [batch] = await allBatches((await readTable(path)).rowArrays());
    expect(batch!.values).toEqual([
      [" 1 ", "2"],
      ["3", "4"],
    ]);
    expect(batch!.values[0]).not.toBe(batch!.values[1]);
  });

  it("CSV: a record with more fields than the header is malformed_csv naming record and line, as rows() says", async () => {
    const path = await folder.write("long.csv", "a,b\n1,2\n\n3,4,5\n");
    const error = await allBatches((await readTable(path)).rowArrays()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain("record 2 (line 4): 3 fields but the header has 2 columns");
  });

  it("NDJSON: cells in the union-of-keys order; a key a row lacks is undefined (absent, F1)", async () => {
    const path = await folder.write("rows.ndjson", '{"a":1,"b":"x"}\n\n{"c":true,"a":null}\n');
    const table = await readTable(path);
    expect(table.columns).toEqual(["a", "b", "c"]);
    expect(await allBatches(table.rowArrays())).toEqual([
      {
        records: [1, 2],
        values: [
          [1, "x", undefined],
          [null, undefined, true],
        ],
      },
    ]);
  });

  it("every call reads the file again from the start", async () => {
    const path = await folder.write("twice.csv", "a\n1\n2\n");
    const table = await readTable(path);
    const first = await allBatches(table.rowArrays());
    expect(await allBatches(table.rowArrays())).toEqual(first);
    expect(first).toEqual([{ records: [1, 2], values: [["1"], ["2"]] }]);
  });
});

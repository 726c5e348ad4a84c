import { UsageError } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

/** The UsageError a promise rejects with. */
async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe("readTable: CSV (F29, F9)", () => {
  it("strips a BOM, trims header names and keeps values as read", async () => {
    const path = await folder.write("bom.csv", "\uFEFF visit_id , organizer\n V1 ,14\n");
    const table = await readTable(path);
    expect(table.columns).toEqual(["visit_id", "organizer"]);
    expect(table.delimiter).toBe(",");
    expect(await allRows(table)).toEqual([{ record: 1, values: { visit_id: " V1 ", organizer: "14" } }]);
  });

  it("detects ; when the header has more ; than , and keeps decimal commas in values", async () => {
    const path = await folder.write("semicolon.csv", "visit_id;cost\nV1;12,50\nV2;3\n");
    const table = await readTable(path);
    expect(table.delimiter).toBe(";");
    expect((await allRows(table)).map((row) => row.values)).toEqual([
      { visit_id: "V1", cost: "12,50" },
      { visit_id: "V2", cost: "3" },
    ]);
  });

  it("counts records, not lines: a quoted newline and empty lines do not advance the record number", async () => {
    const path = await folder.write("newlines.csv", 'id,note\n1,"two\nlines"\n\n2,x\n\n\n3,"a ""b"""\n');
    const rows = await allRows(await readTable(path));
    expect(rows).toEqual([
      { record: 1, values: { id: "1", note: "two\nlines" } },
      { record: 2, values: { id: "2", note: "x" } },
      { record: 3, values: { id: "3", note: 'a "b"' } },
    ]);
  });

  it("reads CRLF files", async () => {
    const path = await folder.write("crlf.csv", "id,x\r\n1,a\r\n\r\n2,b\r\n");
    expect((await allRows(await readTable(path))).map((row) => [row.record, row.values])).toEqual([
      [1, { id: "1", x: "a" }],
      [2, { id: "2", x: "b" }],
    ]);
  });

  it("gives a short row undefined (absent, F1) for the missing columns and keeps extra columns", async () => {
    const path = await folder.write("short.csv", "id,x,extra\n1\n2,b,c\n");
    const rows = await allRows(await readTable(path, { requiredColumns: ["id", "x"] }));
    expect(rows[0]!.values).toEqual({ id: "1", x: undefined, extra: undefined });
    expect(rows[1]!.values).toEqual({ id: "2", x: "b", extra: "c" });
  });

  it("fills batch columns the same from quote-free and quoted records across batch ends (F9, F1)", async () => {
    const path = await folder.write("mixed.csv", 'id,x,d\n1,a,2024-01-01\n"2",b\n3\n\n4,"c\nd",2024-01-02\n5,e,x\n');
    const batches = [];
    for await (const batch of (await readTable(path, { batchSize: 2, dayColumns: ["d"] })).batches()) {
      batches.push({ columns: batch.columns.map((column) => Array.from(column)), records: Array.from(batch.records) });
    }
    expect(batches).toEqual([
      {
        columns: [
          ["1", "2"],
          ["a", "b"],
          [19723, undefined],
        ],
        records: [1, 2],
      },
      {
        columns: [
          ["3", "4"],
          [undefined, "c\nd"],
          [undefined, 19724], // a plain date in a record with a quote is a day number too (F4)
        ],
        records: [3, 4],
      },
      { columns: [["5"], ["e"], ["x"]], records: [5] },
    ]);
  });

  it("rejects a record with more fields than the header, naming file and record", async () => {
    const path = await folder.write("long.csv", "id,x\n1,a\n\n2,b,c\n");
    const error = await usageError(allRows(await readTable(path)));
    expect(error.code).toBe("malformed_csv");
    expect(error.message).toBe(
      `file "${path}", record 2 (line 4): 3 fields but the header has 2 columns; quote fields that contain the ` +
        "delimiter",
    );
  });

  it("rejects duplicate and empty header names", async () => {
    const duplicate = await usageError(readTable(await folder.write("dup.csv", "id,x,id\n")));
    expect(duplicate.code).toBe("malformed_csv");
    expect(duplicate.message).toMatch(/header column "id" appears twice/);
    const empty = await usageError(readTable(await folder.write("empty-name.csv", "id,x,\n1,2,\n")));
    expect(empty.message).toMatch(/header column 3 has no name/);
  });

  it("rejects an unclosed quote as malformed_csv with its line", async () => {
    const path = await folder.write("open-quote.csv", 'id,x\n1,"never closed\n2,b\n');
    const error = await usageError(allRows(await readTable(path)));
    expect(error.code).toBe("malformed_csv");
    expect(error.message).toMatch(/, line 2: a quoted field is not closed/);
  });

  it("reads a header-only file as a table without rows", async () => {
    const table = await readTable(await folder.write("header-only.csv", "id,x"));
    expect(table.columns).toEqual(["id", "x"]);
    expect(await allRows(table)).toEqual([]);
  });

  it("stops on bytes that are not UTF-8, naming file, byte offset and line", async () => {
    // "id\nä\n" in Latin-1: the byte 0xE4 at offset 3 on line 2.
    const path = await folder.write("latin1.csv", Uint8Array.of(0x69, 0x64, 0x0a, 0xe4, 0x0a));
    const error = await usageError(readTable(path));
    expect(error.code).toBe("not_utf8");
    expect(error.message).toBe(
      `file "${path}" is not UTF-8: invalid byte at offset 3 (line 2); save the file as UTF-8 (with or without BOM)`,
    );
  });

  it("finds a bad byte far into the file while the rows are read", async () => {
    const lines = "abc\n".repeat(300_000); // 1 200 000 bytes after the header, more than one 1 MiB read
    const bytes = Buffer.concat([Buffer.from(`id\n${lines}`), Uint8Array.of(0xff, 0x0a)]);
    const path = await folder.write("late.csv", bytes);
    const table = await readTable(path);
    const error = await usageError(allRows(table));
    expect(error.code).toBe("not_utf8");
    expect(error.details).toMatchObject({ byteOffset: 1_200_003, line: 300_002 });
  });

  it("reads a multi-byte character split between two read chunks", async () => {
    const filler = "x".repeat((1 << 20) - 4); // "id\n" + filler puts "ä" across the 1 MiB read boundary
    const path = await folder.write("boundary.csv", `id\n${filler}ä\n`);
    const rows = await allRows(await readTable(path));
    expect(rows[0]!.values.id).toBe(`${filler}ä`);
  });

  it("gives the plain dates of dayColumns as day numbers in day columns, other cells as text (F4)", async () => {
    const path = await folder.write("days.csv", "id,visit_date\n1,2024-02-29\n2, 2024-02-29\n3,\n4\n");
    const batches = [];
    for await (const batch of (await readTable(path, { dayColumns: ["visit_date", "absent"] })).batches())
      batches.push(batch);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.kinds).toEqual(["raw", "day"]);
    expect(Array.from(batches[0]!.columns[1]!)).toEqual([19782, " 2024-02-29", "", undefined]);
  });

  it("yields batches of at most batchSize rows", async () => {
    const path = await folder.write("batches.csv", `id\n${[1, 2, 3, 4, 5].join("\n")}\n`);
    const sizes: number[] = [];
    for await (const batch of (await readTable(path, { batchSize: 2 })).batches()) sizes.push(batch.length);
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe("readTable: columns and files (F29, concepts.md 'Bad input as a whole')", () => {
  it("names the file and every missing required column", async () => {
    const path = await folder.write("cols.csv", "visit_id,organizer\n");
    const error = await usageError(
      readTable(path, { source: "health_care_visit", requiredColumns: ["visit_id", "visit_date", "client_id"] }),
    );
    expect(error.code).toBe("missing_column");
    expect(error.message).toBe(
      `health_care_visit file "${path}" has no column "visit_date", "client_id" (required); its header has: ` +
        "visit_id, organizer",
    );
  });

  it("needs one column of each anyOf group", async () => {
    const path = await folder.write("anyof.csv", "visit_id,municipality\n");
    await expect(readTable(path, { anyOfColumns: [["organizer", "municipality"]] })).resolves.toBeDefined();
    const error = await usageError(readTable(path, { anyOfColumns: [["organizer", "wellbeing_area"]] }));
    expect(error.message).toMatch(/none of the columns "organizer" or "wellbeing_area" \(one is required\)/);
  });

  it("rejects a missing file, a 0-byte file, a folder and an unknown extension", async () => {
    const missing = await usageError(readTable(`${folder.path}/nope.csv`));
    expect([missing.code, missing.exitCode]).toEqual(["missing_file", 2]);
    expect(missing.message).toBe(`file "${folder.path}/nope.csv" does not exist; check the path`);

    const empty = await usageError(readTable(await folder.write("zero.csv", "")));
    expect(empty.code).toBe("unreadable_file");
    expect(empty.message).toMatch(/is empty \(0 bytes\)/);

    const directory = await usageError(readTable(folder.path + "/"));
    expect(directory.code).toBe("unreadable_file");

    const unknown = await usageError(readTable(await folder.write("data.xlsx", "x")));
    expect(unknown.code).toBe("unreadable_file");
    expect(unknown.message).toMatch(
      /unknown extension "\.xlsx"; accepted are \.csv, \.json, \.jsonl, \.ndjson, \.parquet/,
    );
  });

  it("accepts upper-case extensions", async () => {
    const table = await readTable(await folder.write("UPPER.CSV", "id\n1\n"));
    expect(table.format).toBe("csv");
  });
});

import { DuckDBInstance, type DuckDBVector } from "@duckdb/node-api";
import { join } from "node:path";
import { parquetMetadataAsync, asyncBufferFromFile, type FileMetaData } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  absentSpelling,
  dictionaryEncodedColumns,
  FILE_DICTIONARIES,
  readCodedColumn,
  ROW_GROUP_DICTIONARY,
} from "./duckdb-code-columns";
import { duckdbParquetBatches } from "./parquet-duckdb";
import { selectSql } from "./parquet-select";
import { openParquetTable } from "./parquet-reader";
import { allRows, tempFolder } from "./test-support/temp-files";
import { DICTIONARY_LIMIT } from "./word-dictionary";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

async function writeParquet(name: string, select: string, options = ""): Promise<string> {
  const path = join(folder.path, name);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet${options})`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}

const metadataOf = async (path: string): Promise<FileMetaData> => parquetMetadataAsync(await asyncBufferFromFile(path));

/** The first batch's dictionary sizes (null: no codes) and every batch's codes checked against its cells. */
async function readCodes(path: string): Promise<{ first: Array<number | null>; cells: unknown[][] }> {
  const table = await openParquetTable(path, "codes", 2048);
  let first: Array<number | null> | null = null;
  const cells: unknown[][] = table.columns.map(() => []);
  for await (const batch of table.batches()) {
    first ??= batch.columns.map((_, c) => batch.dictionaries?.[c]?.values.length ?? null);
    batch.columns.forEach((column, c) => {
      const dictionary = batch.dictionaries?.[c];
      for (let row = 0; row < batch.length; row++) {
        if (dictionary) {
          const code = dictionary.codes[row]!;
          expect(code < 0 ? null : dictionary.values[code]).toBe(column[row]);
        }
        cells[c]!.push(column[row]);
      }
    });
  }
  return { first: first ?? [], cells };
}

describe("dictionaryEncodedColumns: which text columns the file stores in dictionaries (issue 14)", () => {
  it("finds a repeated code in every row group, not a column of distinct identifiers", async () => {
    const path = await writeParquet(
      "encodings.parquet",
      "SELECT 'v' || i AS id, CASE i % 3 WHEN 0 THEN 'doctor' ELSE 'nurse' END AS profession FROM range(5000) t(i)",
      ", ROW_GROUP_SIZE 2048",
    );
    const metadata = await metadataOf(path);
    expect(metadata.row_groups.length).toBeGreaterThan(1);
    expect(dictionaryEncodedColumns(metadata, ["id", "profession", "missing"])).toEqual([false, true, false]);
  });

  it("refuses a row group without a dictionary page or with a page fallen back to plain values", async () => {
    const metadata = await metadataOf(
      await writeParquet("one.parquet", "SELECT CASE i % 2 WHEN 0 THEN 'a' ELSE 'b' END AS code FROM range(100) t(i)"),
    );
    const chunk = metadata.row_groups[0]!.columns[0]!.meta_data!;
    const withChunk = (meta: typeof chunk): FileMetaData => ({
      ...metadata,
      row_groups: [
        { ...metadata.row_groups[0]!, columns: [{ ...metadata.row_groups[0]!.columns[0]!, meta_data: meta }] },
      ],
    });
    expect(dictionaryEncodedColumns(withChunk(chunk), ["code"])).toEqual([true]);
    const { dictionary_page_offset: _, ...noDictionary } = chunk;
    expect(dictionaryEncodedColumns(withChunk(noDictionary), ["code"])).toEqual([false]);
    const fallback = [
      { page_type: "DICTIONARY_PAGE", encoding: "PLAIN", count: 1 },
      { page_type: "DATA_PAGE", encoding: "RLE_DICTIONARY", count: 3 },
      { page_type: "DATA_PAGE", encoding: "PLAIN", count: 1 },
    ] as const;
    expect(dictionaryEncodedColumns(withChunk({ ...chunk, encoding_stats: [...fallback] }), ["code"])).toEqual([false]);
    const clean = fallback.slice(0, 2);
    expect(dictionaryEncodedColumns(withChunk({ ...chunk, encoding_stats: [...clean] }), ["code"])).toEqual([true]);
    // Without page statistics, a plain encoding among the chunk's encodings may be a fallback.
    expect(dictionaryEncodedColumns(withChunk({ ...chunk, encodings: ["PLAIN", "RLE_DICTIONARY"] }), ["code"])).toEqual(
      [false],
    );
    expect(dictionaryEncodedColumns({ ...metadata, row_groups: [] }, ["code"])).toEqual([false]);
    // Dictionaries too large to be codes: a row group's page, or all pages over the file.
    const at = (dictionary: number, data: number) =>
      withChunk({ ...chunk, dictionary_page_offset: BigInt(dictionary), data_page_offset: BigInt(data) });
    expect(dictionaryEncodedColumns(at(4, 4 + ROW_GROUP_DICTIONARY), ["code"])).toEqual([true]);
    expect(dictionaryEncodedColumns(at(4, 5 + ROW_GROUP_DICTIONARY), ["code"])).toEqual([false]);
    const groups = FILE_DICTIONARIES / ROW_GROUP_DICTIONARY;
    const file = (count: number): FileMetaData => ({
      ...metadata,
      row_groups: Array.from({ length: count }, () => at(4, 4 + ROW_GROUP_DICTIONARY).row_groups[0]!),
    });
    expect(dictionaryEncodedColumns(file(groups), ["code"])).toEqual([true]);
    expect(dictionaryEncodedColumns(file(groups + 1), ["code"])).toEqual([false]);
  });
});

describe("duckdbParquetBatches: code columns come as positions in their spellings (issue 14, F3)", () => {
  it("gives every spelling of the file from the first batch on, exactly as hyparquet reads the cells", async () => {
    // A code with a late spelling (row 4 500, after the first chunk), a byte order mark, non-ASCII
    // letters, a NUL, a spelling over 12 bytes and absent cells; an identifier column beside it.
    const path = await writeParquet(
      "late.parquet",
      `SELECT CASE WHEN i = 4500 THEN 'late' WHEN i % 7 = 0 THEN NULL WHEN i % 7 = 1 THEN chr(65279) || 'x'
                   WHEN i % 7 = 2 THEN 'hammaslääkäri' WHEN i % 7 = 3 THEN 'a' || chr(0) || 'b'
                   WHEN i % 7 = 4 THEN 'oral_hygienist' ELSE 'nurse' END AS code,
              'id-' || i AS id
       FROM range(6000) t(i) ORDER BY i`,
    );
    expect(dictionaryEncodedColumns(await metadataOf(path), ["code", "id"])).toEqual([true, false]);
    const { first, cells } = await readCodes(path);
    // Coded: the first batch already has all 6 spellings (the text path had only those seen so far).
    expect(first).toEqual([6, 2048]);
    const viaHyparquet = await allRows(await openParquetTable(path, "codes", 2048, "hyparquet"));
    expect(cells[0]).toEqual(viaHyparquet.map((row) => row.values.code));
    expect(cells[0]!.slice(4498, 4502)).toEqual(["oral_hygienist", "nurse", "late", null]);
    expect(cells[0]!.slice(0, 5)).toEqual([null, "\uFEFFx", "hammaslääkäri", "a\u0000b", "oral_hygienist"]);
  });

  it("keeps the text path for a column with more spellings than a dictionary takes", async () => {
    const limit = DICTIONARY_LIMIT;
    const path = await writeParquet(
      "many.parquet",
      `SELECT CASE WHEN i < 2048 THEN 'a' ELSE 'b' END AS code,
              CASE WHEN i < 2048 THEN 'same' ELSE 'k' || (i % ${limit + 1}) END AS later
       FROM range(${10 * (limit + 1) + 2048}) t(i) ORDER BY i`,
    );
    expect(dictionaryEncodedColumns(await metadataOf(path), ["code", "later"])).toEqual([true, true]);
    const { first, cells } = await readCodes(path);
    // `code` has both spellings from the first batch on; `later` (text path) only those seen so far.
    expect(first).toEqual([2, 1]);
    expect(cells[0]!.slice(2047, 2049)).toEqual(["a", "b"]);
    expect(cells[1]!.slice(2047, 2050)).toEqual(["same", "k2048", "k2049"]);
    expect(new Set(cells[1]).size).toBe(limit + 2);
  });

  it("selects a coded column as its position in the list bound as the next parameter", () => {
    const columns = [
      { name: "id", kind: "plain", text: true },
      { name: 'a "code"', kind: "plain", text: true },
      { name: "other", kind: "plain", text: true },
    ] as const;
    expect(selectSql(columns, [], [null, "absent", "absent_"])).toBe(
      `SELECT "id", CAST(list_position($2, coalesce("a ""code""", 'absent')) AS USMALLINT), ` +
        `CAST(list_position($3, coalesce("other", 'absent_')) AS USMALLINT) FROM read_parquet($1)`,
    );
    expect(absentSpelling(["female", "male"])).toBe("absent");
    expect(absentSpelling(["absent", "absent_", "x"])).toBe("absent__");
  });

  it("fails on a spelling not among the column's spellings (a file changed after they were read)", async () => {
    const path = await writeParquet(
      "changed.parquet",
      "SELECT CASE WHEN i < 3000 THEN 'a' ELSE 'b' END AS code FROM range(4000) t(i)",
    );
    const read = async (spellings: readonly string[]): Promise<number> => {
      const columns = [{ name: "code", kind: "plain", text: true, dictionaryEncoded: true, spellings }] as const;
      let rows = 0;
      for await (const batch of duckdbParquetBatches(path, "changed", columns, 2048, 4000)) rows += batch.length;
      return rows;
    };
    expect(await read(["b", "a"])).toBe(4000);
    await expect(read(["a"])).rejects.toThrow(
      "changed, rows 2049–4000, column code: a text not among the spellings of its dictionaries " +
        "(changed while read, or wrong metadata)",
    );
  });
});

describe("readCodedColumn", () => {
  it("reads positions through getItem where the vector's memory is unknown, counting cells without one", () => {
    const positions = [2, 3, 1, null, 2];
    const vector = { getItem: (row: number) => positions[row] } as unknown as DuckDBVector;
    const codes = new Int32Array(5);
    expect(readCodedColumn(vector, 5, ["female", "male"], codes)).toBe(1);
    expect(Array.from(codes)).toEqual([1, -1, 0, -1, 1]);
  });
});

import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionarySpellings } from "./parquet-dictionaries";
import { openParquetTable } from "./parquet-reader";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

/** Codes with a byte order mark, non-ASCII letters, a NUL, a long spelling and absent cells, in 3 row groups. */
const CODES = `SELECT CASE i % 6 WHEN 0 THEN NULL WHEN 1 THEN chr(65279) || 'x' WHEN 2 THEN 'hammaslääkäri'
                          WHEN 3 THEN 'a' || chr(0) || 'b' WHEN 4 THEN 'oral_hygienist' ELSE 'nurse' END AS code,
                      CASE WHEN i >= 5000 THEN 'late' ELSE 'early' END AS phase, 'id-' || i AS id
               FROM range(6000) t(i) ORDER BY i`;

async function writeParquet(name: string, compression: string, select = CODES): Promise<string> {
  const path = join(folder.path, name);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 2048)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}

const spellingsOf = async (path: string) =>
  dictionarySpellings(
    path,
    await parquetMetadataAsync(await asyncBufferFromFile(path)),
    ["code", "phase", "id"],
    [true, true, false],
  );

describe("dictionarySpellings: a code column's spellings from its dictionary pages (issue 14)", () => {
  it("reads every row group's page, Snappy, gzip, ZSTD or uncompressed, keeping a byte order mark", async () => {
    for (const compression of ["snappy", "gzip", "zstd", "uncompressed"]) {
      const [code, phase, id] = await spellingsOf(await writeParquet(`codes-${compression}.parquet`, compression));
      expect(new Set(code)).toEqual(new Set(["\uFEFFx", "hammaslääkäri", "a\u0000b", "oral_hygienist", "nurse"]));
      expect(code).toHaveLength(5);
      expect(phase).toEqual(["early", "late"]); // "late" only in the third row group
      expect(id).toBeNull();
    }
  });

  it("gives null for a page it cannot read, and the reader then asks DuckDB: the same cells as codes", async () => {
    const path = await writeParquet("codes-lz4.parquet", "lz4");
    expect(await spellingsOf(path)).toEqual([null, null, null]);
    const table = await openParquetTable(path, "codes", 2048);
    const first = (await table.batches().next()).value!;
    expect(first.dictionaries?.map((dictionary) => dictionary?.values.length ?? null)).toEqual([5, 2, 2048]);
    // hyparquet cannot read LZ4 either: the cells as the query wrote them.
    const codes = [null, "\uFEFFx", "hammaslääkäri", "a\u0000b", "oral_hygienist", "nurse"];
    const expected = Array.from({ length: 6000 }, (_, i) => ({
      code: codes[i % 6],
      phase: i >= 5000 ? "late" : "early",
      id: `id-${i}`,
    }));
    expect((await allRows(table)).map((row) => row.values)).toEqual(expected);
  });

  it("reads an integer column's values as DuckDB casts them to text (an INTEGER or BIGINT code column)", async () => {
    const select = `SELECT CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 91 WHEN 2 THEN -5 WHEN 3 THEN 905 ELSE 5
                                END::INTEGER AS m,
                           (CASE WHEN i >= 5000 THEN 9007199254740993 ELSE 14 END)::BIGINT AS o
                    FROM range(6000) t(i) ORDER BY i`;
    const path = await writeParquet("integers.parquet", "zstd", select);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const [m, o] = await dictionarySpellings(path, metadata, ["m", "o"], [true, true]);
    expect(new Set(m)).toEqual(new Set(["91", "-5", "905", "5"]));
    expect(o).toEqual(["14", "9007199254740993"]); // exact past 2^53, the third row group's
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const cast = (column: string) => `list(DISTINCT CAST(${column} AS VARCHAR)) FILTER (WHERE ${column} IS NOT NULL)`;
    const [cells] = (await connection.runAndReadAll(`SELECT ${cast("m")}, ${cast("o")} FROM '${path}'`)).getRowsJS();
    connection.closeSync();
    instance.closeSync();
    expect([new Set(cells![0] as string[]), new Set(cells![1] as string[])]).toEqual([new Set(m), new Set(o)]);
  });
});

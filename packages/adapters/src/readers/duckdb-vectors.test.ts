/**
 * Strings longer than 12 bytes from DuckDB's vectors (issue 14): rebuilt from the 4 bytes their slot
 * keeps and their pieces of 12 characters, exactly as `getItem` would give them, and read through
 * the pointer only where the pieces cannot hold them (non-ASCII at the start, a piece over 12 bytes,
 * longer than the pieces cover); a column's pieces are learnt as the file is read.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { slotsOf, TextColumnReader } from "./duckdb-vectors";
import { MAX_PIECES, selectSql } from "./parquet-select";
import { openParquetTable } from "./parquet-reader";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

/** Writes one text column `s` with `texts` in order (NULL for null) as a Parquet file. */
async function writeTexts(name: string, texts: ReadonlyArray<string | null>): Promise<string> {
  const path = join(folder.path, name);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("CREATE TABLE t (n INTEGER, s VARCHAR)");
    const appender = await connection.createAppender("t");
    texts.forEach((text, index) => {
      appender.appendInteger(index);
      if (text === null) appender.appendNull();
      else appender.appendVarchar(text);
      appender.endRow();
    });
    appender.closeSync();
    await connection.run(`COPY (SELECT s FROM t ORDER BY n) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}

const TEXTS = [
  "visit-2024-000000001", // 20 bytes: the slot's 4 and two pieces
  "x".repeat(13),
  "y".repeat(4 + 12 * MAX_PIECES), // exactly what the pieces cover
  "z".repeat(5 + 12 * MAX_PIECES), // one byte more: through the pointer
  "ääkkönen-visit-1", // non-ASCII among the first 4 bytes: through the pointer
  "visit-åäö-0001-xyz", // a piece of 12 characters over 12 bytes: through the pointer
  "abcdefghijk-å", // non-ASCII in a piece of at most 12 bytes: from the pieces, as UTF-8
  "\uFEFFlong-identifier-with-bom", // a leading BOM is kept (F1 trims ASCII white space only)
  "abc\u0000defghijklmnop", // NUL is ASCII
  "abcd\u0301efghijk", // a combining mark as the fifth character: pieces count code points
  "😀😀😀😀😀😀😀", // 28 bytes of 4-byte characters
  null,
  "v1",
  "",
  "primary_care",
];

describe("duckdbParquetBatches: strings over 12 bytes come from their pieces (issue 14)", () => {
  it("reads every text exactly, as hyparquet does, whichever way each cell is read", async () => {
    const path = await writeTexts("long.parquet", TEXTS);
    const viaDuckDb = (await allRows(await openParquetTable(path, "long", 2048))).map((row) => row.values.s);
    const viaHyparquet = (await allRows(await openParquetTable(path, "long", 2048, "hyparquet"))).map(
      (row) => row.values.s,
    );
    expect(viaDuckDb).toEqual(TEXTS);
    expect(viaHyparquet).toEqual(TEXTS);
  });

  it("reads a long text first seen after the first chunk (no pieces) through its pointer, exactly", async () => {
    const texts = Array.from({ length: 3000 }, (_, index) =>
      index < 2048 ? `v${index}` : `visit-2024-${String(index).padStart(9, "0")}-ä`,
    );
    const path = await writeTexts("late.parquet", texts);
    const cells = (await allRows(await openParquetTable(path, "late", 1000))).map((row) => row.values.s);
    expect(cells).toEqual(texts);
    expect(cells[2999]).toBe("visit-2024-000002999-ä");
  });

  it("starts the stream again at the next row with more pieces once a chunk shows longer cells", async () => {
    // Short ids first, 20-byte ids from row 2048 (two pieces), 40-byte ids from row 6000 (three).
    const texts = Array.from({ length: 9000 }, (_, index) => {
      if (index < 2048) return `v${index}`;
      if (index < 6000) return `visit-2024-${String(index).padStart(9, "0")}`;
      return `visit-2024-${String(index).padStart(9, "0")}-${"x".repeat(19)}`;
    });
    const path = await writeTexts("restart.parquet", texts);
    const stream = vi.spyOn(DuckDBConnection.prototype, "stream");
    try {
      const rows = await allRows(await openParquetTable(path, "restart", 1000));
      expect(rows.map((row) => row.values.s)).toEqual(texts);
      expect(rows.map((row) => row.record)).toEqual(texts.map((_, index) => index + 1)); // none lost or read twice
      const selects = stream.mock.calls.map(([sql]) => sql).filter((sql) => sql.includes('"s"'));
      expect(selects).toHaveLength(3);
      expect(selects[0]).not.toContain("substr");
      expect(selects[1]).toContain('substr("s", 17, 12) FROM');
      expect(selects[1]).toContain("WHERE file_row_number >= 4096");
      expect(selects[2]).toContain('substr("s", 29, 12) FROM');
      const restart = Number(/file_row_number >= (\d+)/.exec(selects[2]!)![1]);
      expect(restart).toBeGreaterThan(6000);
      expect(restart).toBeLessThanOrEqual(6000 + 2048);
    } finally {
      stream.mockRestore();
    }
  });

  it("keeps to one stream when the file has a column of its own named file_row_number", async () => {
    const path = join(folder.path, "own-row-number.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      "COPY (SELECT i AS file_row_number, CASE WHEN i < 2048 THEN 'v' || i ELSE 'visit-2024-' || lpad(CAST(i AS " +
        `VARCHAR), 9, '0') END AS s FROM range(5000) AS t(i) ORDER BY i) TO '${path}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const rows = await allRows(await openParquetTable(path, "own", 1000));
    expect(rows.map((row) => row.values.file_row_number)).toEqual(rows.map((_, index) => index));
    expect(rows[4999]!.values.s).toBe("visit-2024-000004999");
    expect(rows.map((row) => row.record)).toEqual(rows.map((_, index) => index + 1));
  });

  it("reads a dictionary column's long code words from the pieces, each coded once", async () => {
    const texts = Array.from({ length: 5000 }, (_, index) => (index % 3 === 0 ? "oral_hygienist" : "physiotherapist"));
    const path = await writeTexts("codes.parquet", texts);
    const values = new Set<string>();
    for await (const batch of (await openParquetTable(path, "codes", 2048)).batches()) {
      const dictionary = batch.dictionaries![0]!;
      for (let row = 0; row < batch.length; row++)
        expect(dictionary.values[dictionary.codes[row]!]).toBe(batch.columns[0]![row]);
      for (const value of dictionary.values) values.add(value);
    }
    expect([...values].sort()).toEqual(["oral_hygienist", "physiotherapist"]);
  });
});

describe("TextColumnReader: the pieces spare the per-cell native call", () => {
  it("reads through `getItem` only the cells the pieces cannot hold (and, coding, each new short text)", async () => {
    const path = await writeTexts("spy.parquet", TEXTS);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const result = await connection.stream(selectSql([{ name: "s", kind: "plain", text: true }], [2]), [path]);
      const chunk = (await result.fetchChunk())!;
      const vector = chunk.getColumnVector(0);
      const pieces = [slotsOf(chunk.getColumnVector(1)), slotsOf(chunk.getColumnVector(2))];
      const getItem = vi.spyOn(vector, "getItem");
      const readWith = (reader: TextColumnReader): unknown[] => {
        getItem.mockClear();
        const cells: unknown[] = [];
        reader.read(vector, chunk.rowCount, cells, 0, null, pieces);
        return getItem.mock.calls.map(([row]) => TEXTS[row as number]);
      };
      // Two pieces and the slot's 4 bytes cover 28 bytes: ASCII up to 28 bytes and "abcdefghijk-å" come from them.
      const throughPointer = [
        "y".repeat(4 + 12 * MAX_PIECES),
        "z".repeat(5 + 12 * MAX_PIECES),
        "ääkkönen-visit-1",
        "visit-åäö-0001-xyz",
        "\uFEFFlong-identifier-with-bom",
        "😀😀😀😀😀😀😀",
      ];
      const each = new TextColumnReader();
      each.full = true; // an identifier column: each cell its own string
      expect(readWith(each)).toEqual(throughPointer);
      // A coded column also reads each new short text once through `getItem` (its dictionary entry).
      const coding = new TextColumnReader();
      expect(readWith(coding)).toEqual([...throughPointer.slice(0, 6), "v1", "", "primary_care"]);
      const cells: unknown[] = [];
      coding.read(vector, chunk.rowCount, cells, 0, null, pieces);
      expect(cells).toEqual(TEXTS);
      // The longest cell the two pieces did not reach: the reader selects more pieces after it (101 bytes).
      expect(each.longestUncovered).toBe(5 + 12 * MAX_PIECES);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

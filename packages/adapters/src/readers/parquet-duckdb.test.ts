import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { type ColumnBatch, NULL_DAY } from "@virta/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARY_LIMIT } from "./duckdb-vectors";
import { duckdbColumnsOf, duckdbParquetBatches } from "./parquet-duckdb";
import { selectSql } from "./parquet-select";
import { openParquetTable } from "./parquet-reader";
import { allRows, tempFolder } from "./test-support/temp-files";

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

describe("duckdbColumnsOf: which files DuckDB reads exactly (issue 8, F4, F5)", () => {
  it("plans dates, decimals, timestamps, integers and strings", () => {
    expect(
      duckdbColumnsOf([
        { name: "d", type: "INT32", converted_type: "DATE" },
        { name: "x", type: "INT64", converted_type: "DECIMAL", precision: 18, scale: 6 },
        { name: "t", type: "INT64", logical_type: { type: "TIMESTAMP", unit: "NANOS", isAdjustedToUTC: false } },
        { name: "n", type: "INT64" },
        { name: "s", type: "BYTE_ARRAY", converted_type: "UTF8" },
      ]),
    ).toEqual([
      { name: "d", kind: "date" },
      { name: "x", kind: "decimal" },
      { name: "t", kind: "timestamp", unit: "NANOS", adjustedToUtc: false },
      { name: "n", kind: "int64" },
      { name: "s", kind: "plain", text: true },
    ]);
  });

  it("leaves to hyparquet what DuckDB would not give exactly: INT96, DECIMAL(39+), binary, lists", () => {
    expect(duckdbColumnsOf([{ name: "at", type: "INT96" }])).toBeNull();
    expect(
      duckdbColumnsOf([
        { name: "x", type: "FIXED_LEN_BYTE_ARRAY", logical_type: { type: "DECIMAL", precision: 40, scale: 2 } },
      ]),
    ).toBeNull();
    expect(duckdbColumnsOf([{ name: "b", type: "BYTE_ARRAY" }])).toBeNull();
    expect(duckdbColumnsOf([{ name: "l", num_children: 1 }])).toBeNull();
    expect(duckdbColumnsOf([{ name: "u", type: "BYTE_ARRAY", logical_type: { type: "UUID" } }])).toBeNull();
  });

  it("selects dates as they are (their days), decimal texts and epoch counts, with quoted names", () => {
    expect(
      selectSql([
        { name: 'a"b', kind: "date" },
        { name: "x", kind: "decimal" },
        { name: "t", kind: "timestamp", unit: "MILLIS", adjustedToUtc: true },
      ]),
    ).toBe(
      `SELECT "a""b", CAST("x" AS VARCHAR), ` +
        `CASE WHEN "t" IS NULL OR isfinite("t") THEN epoch_ms("t") WHEN CAST("t" AS VARCHAR) = 'infinity' ` +
        "THEN 9223372036854775807 ELSE -9223372036854775807 END FROM read_parquet($1)",
    );
  });

  it("selects a long text column's characters 5 onward in pieces of 12 after the columns (issue 14)", () => {
    const columns = [
      { name: "id", kind: "plain", text: true },
      { name: "d", kind: "date" },
      { name: 'a"b', kind: "plain", text: true },
    ] as const;
    expect(selectSql(columns, [2, 0, 1])).toBe(
      `SELECT "id", "d", "a""b", ` +
        `substr("id", 5, 12), substr("id", 17, 12), substr("a""b", 5, 12) FROM read_parquet($1)`,
    );
  });
});

describe("Parquet through DuckDB agrees with hyparquet, cell for cell", () => {
  it("on dates at the calendar's ends, timestamps in three units, decimals, 64-bit integers, nulls, text", async () => {
    const path = await writeParquet(
      "mixed.parquet",
      `SELECT i AS n,
              CASE i % 4 WHEN 0 THEN DATE '0001-01-01' WHEN 1 THEN DATE '9999-12-31' WHEN 2 THEN NULL
                         ELSE DATE '1969-12-31' + i::INTEGER END AS d,
              CASE WHEN i % 5 = 0 THEN NULL
                   ELSE TIMESTAMPTZ '2024-03-31 21:30:00.123456+00' + to_microseconds(i) END AS utc_us,
              TIMESTAMP_MS '2024-03-31 23:30:00.5' AS local_ms,
              CASE i % 4 WHEN 0 THEN 'infinity'::TIMESTAMP WHEN 1 THEN '-infinity'::TIMESTAMP WHEN 2 THEN NULL
                         ELSE TIMESTAMP '2024-01-01 12:00:00' END AS far,
              CASE i % 4 WHEN 0 THEN '-infinity'::TIMESTAMPTZ WHEN 1 THEN 'infinity'::TIMESTAMPTZ
                         ELSE NULL END AS far_utc,
              CASE i % 4 WHEN 0 THEN 'infinity'::DATE WHEN 1 THEN '-infinity'::DATE WHEN 2 THEN DATE '10000-01-01'
                         ELSE NULL END AS far_day,
              TIMESTAMP_NS '1969-12-31 23:59:59.999999999' AS local_ns,
              (i * 1.05 - 3)::DECIMAL(9,2) AS money,
              CASE WHEN i % 3 = 0 THEN NULL ELSE (i - 5)::DECIMAL(38,10) END AS wide,
              9007199254740990 + i AS big,
              CASE i % 3 WHEN 0 THEN NULL WHEN 1 THEN -9007199254740993 - i ELSE -9007199254740991 END AS negative,
              i::INTEGER % 2 = 0 AS even, i / 7 AS ratio,
              CASE i % 6 WHEN 0 THEN NULL WHEN 1 THEN 'äö€ long text with more than twelve bytes' WHEN 2 THEN ''
                         WHEN 3 THEN 'ab' || chr(31) || 'c'
                         WHEN 4 THEN 'tänään' ELSE 'primary_care' END AS s,
              CASE WHEN i % 2 = 0 THEN '091' ELSE ' 14 ' END AS code,
              CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 37 % 1000)::INTEGER END AS municipality,
              (i % 100 - 50)::TINYINT AS tiny, (i * 999 - 20000)::SMALLINT AS small,
              CASE WHEN i % 3 = 2 THEN NULL ELSE (i * 6)::UTINYINT END AS utiny,
              (i * 1600)::USMALLINT AS usmall, (4000000000 + i)::UINTEGER AS uint,
              CASE WHEN i % 5 = 0 THEN NULL ELSE (i / 3)::FLOAT END AS float,
              CASE i % 6 WHEN 0 THEN -9007199254740992 WHEN 1 THEN 9007199254740992 WHEN 2 THEN -1
                         WHEN 3 THEN 4294967296 WHEN 4 THEN -4294967297 ELSE -9007199254740991 END AS edge
       FROM range(40) t(i) ORDER BY i`,
      ", ROW_GROUP_SIZE 7",
    );
    const viaDuckDb = await allRows(await openParquetTable(path, "mixed", 3));
    const viaHyparquet = await allRows(await openParquetTable(path, "mixed", 3, "hyparquet"));
    expect(viaDuckDb).toEqual(viaHyparquet);
    expect(viaDuckDb).toHaveLength(40);
    // Hand-checked cells: day −1 is 1969-12-31, so day 2 is 1970-01-03; 1.05 × 3 − 3 = 0.15; 2^53 − 2 + 3 is not safe.
    expect(viaDuckDb[3]!.values).toMatchObject({
      n: 3,
      d: "1970-01-03",
      money: "0.15",
      big: "9007199254740993",
      negative: null,
      s: "ab\u001fc",
      code: " 14 ",
      municipality: 111, // integer columns from their typed arrays, nulls kept (issue 14)
      tiny: -47,
      small: -17003,
      utiny: 18,
      usmall: 4800,
      uint: 4000000003,
      float: Math.fround(1),
    });
    expect(viaDuckDb[0]!.values).toMatchObject({ municipality: null, utiny: 0, float: null });
    // INT64 read from its two words (issue 14): ±2^53 are not safe, 2^32 and −2^32 − 1 span both words.
    expect(viaDuckDb.slice(0, 6).map((row) => row.values.edge)).toEqual([
      "-9007199254740992",
      "9007199254740992",
      -1,
      4294967296,
      -4294967297,
      -9007199254740991,
    ]);
    expect(viaDuckDb[2]!.values).toMatchObject({ municipality: 74, utiny: null, float: Math.fround(2 / 3) });
    expect(viaDuckDb[0]!.values).toMatchObject({
      far: "infinity", // no date (F4), as hyparquet reads the same file; not absent
      far_utc: "-infinity",
      far_day: "infinity", // the DATE vector's 2^31 − 1 as it is: no date (F4, F34), not absent
      d: "0001-01-01",
      utc_us: null,
      wide: null,
      s: null,
      big: 9007199254740990,
      negative: null,
    });
    expect(viaDuckDb[1]!.values).toMatchObject({
      d: "9999-12-31",
      far_day: "-infinity",
      utc_us: "2024-03-31T21:30:00.123457Z",
      local_ms: "2024-03-31T23:30:00.5",
      local_ns: "1969-12-31T23:59:59.999999999",
      wide: "-4.0000000000",
      s: "äö€ long text with more than twelve bytes",
      negative: "-9007199254740994", // not a safe integer: its exact text
    });
    // The safe end: a number. A day past 9999 is the text of dateFromEpochDays (invalid_format, F34).
    expect(viaDuckDb[2]!.values).toMatchObject({ negative: -9007199254740991, far_day: "+010000-01" });
    expect(viaDuckDb[3]!.values).toMatchObject({ far_day: null });
  });

  it("streams batches of at most batchSize cut from DuckDB's 2 048-row chunks, numbered in file order", async () => {
    const path = await writeParquet(
      "many.parquet",
      "SELECT i AS n, 'v' || i AS id FROM range(5000) t(i) ORDER BY i",
      ", ROW_GROUP_SIZE 1000",
    );
    const table = await openParquetTable(path, "many", 1500);
    const sizes: number[] = [];
    let expected = 1;
    for await (const batch of table.batches()) {
      sizes.push(batch.length);
      expect(batch.names).toEqual(["n", "id"]);
      for (let row = 0; row < batch.length; row++) {
        expect(batch.records[row]).toBe(expected);
        expect([batch.columns[0]![row], batch.columns[1]![row]]).toEqual([expected - 1, `v${expected - 1}`]);
        expected++;
      }
    }
    // One batch per DuckDB chunk (2 048 rows), cut at batchSize: no copy across chunks.
    expect(sizes).toEqual([1500, 548, 1500, 548, 904]);
    expect(expected).toBe(5001);
  });
});

describe("duckdbParquetBatches: cached short strings (7–12 bytes) stay exact", () => {
  it("tells apart strings of the same length and prefix, repeated, with NUL, non-ASCII and absent cells", async () => {
    const texts = [
      "abcdefgh",
      "abcdefgi",
      "abcdefgh",
      "abcdefg\u0000",
      "primary_care",
      "primary_cara",
      "äbcdefgh",
      null,
    ];
    const values = texts.map((text) => (text === null ? "NULL" : `'${text.replace("\u0000", "' || chr(0) || '")}'`));
    const rows = values.map((value, index) => `SELECT ${index} AS n, ${value} AS s`).join(" UNION ALL ");
    const path = await writeParquet("texts.parquet", `SELECT s FROM (${rows}) ORDER BY n`);
    const table = await openParquetTable(path, "texts", 2048);
    const read = (await allRows(table)).map((row) => row.values.s);
    expect(read).toEqual(texts);
    expect((await allRows(table)).map((row) => row.values.s)).toEqual(read);
  });
});

describe("duckdbParquetBatches: DATE columns arrive as day numbers, never as text (issue 14, F4)", () => {
  it("hands a chunk's dates over as an Int32Array of day numbers with NULL_DAY for absent", async () => {
    const path = await writeParquet(
      "days.parquet",
      "SELECT * FROM (VALUES (DATE '2024-03-31'), (NULL), (DATE '1969-12-31'), (DATE '0001-01-01')) t(d)",
    );
    const [batch] = await collect(path);
    expect(batch!.kinds).toEqual(["day"]);
    expect(batch!.columns[0]).toBeInstanceOf(Int32Array);
    expect(Array.from(batch!.columns[0] as Int32Array)).toEqual([19_813, NULL_DAY, -1, -719_162]);
  });

  it("writes a day outside years 0001–9999 (F34) as the text the validator rejects, keeping the rest", async () => {
    const path = await writeParquet(
      "far-days.parquet",
      "SELECT * FROM (VALUES (DATE '2024-03-31'), ('infinity'::DATE), (DATE '10000-01-01'), (NULL), " +
        "(DATE '0000-12-31')) t(d)",
    );
    const [batch] = await collect(path);
    expect(batch!.kinds).toEqual(["day"]);
    expect(Array.from(batch!.columns[0] as unknown[])).toEqual([19_813, "infinity", "+010000-01", null, "0000-12-31"]);
  });
});

async function collect(path: string): Promise<ColumnBatch[]> {
  const table = await openParquetTable(path, "days", 2048);
  const batches: ColumnBatch[] = [];
  for await (const batch of table.batches()) batches.push(batch);
  return batches;
}

describe("duckdbParquetBatches: a leading byte order mark stays in the value (F1 trims ASCII white space only)", () => {
  it("keeps U+FEFF before short, cached, 7–12-byte and long strings, on both paths, as DuckDB's SQL does", async () => {
    const path = await writeParquet(
      "bom.parquet",
      "SELECT * FROM (VALUES (chr(65279) || '1'), (chr(65279) || '1'), (chr(65279) || '2024-01-01'), " +
        "(chr(65279) || 'a long value of many bytes'), ('2024-01-01'), (chr(65279))) t(s)",
    );
    const [batch] = await collect(path);
    const viaHyparquet = await allRows(await openParquetTable(path, "bom", 10, "hyparquet"));
    expect(viaHyparquet.map((row) => row.values.s)).toEqual(Array.from(batch!.columns[0] as unknown[]));
    expect(Array.from(batch!.columns[0] as unknown[])).toEqual([
      "\uFEFF1",
      "\uFEFF1",
      "\uFEFF2024-01-01",
      "\uFEFFa long value of many bytes",
      "2024-01-01",
      "\uFEFF",
    ]);
  });
});

describe("duckdbParquetBatches: dictionary codes of text columns (issue 14)", () => {
  it("codes each distinct text once per stream, short and long, until the column has too many texts", async () => {
    const limit = DICTIONARY_LIMIT;
    const path = await writeParquet(
      "codes.parquet",
      `SELECT CASE i % 3 WHEN 0 THEN 'doctor' WHEN 1 THEN 'oral_hygienist' ELSE NULL END AS code,
              CASE i % 5 WHEN 0 THEN 'ä' || i WHEN 1 THEN chr(65279) || i WHEN 2 THEN 'a long identifier ' || i
                         WHEN 3 THEN 'x' || chr(0) || i ELSE 'v' || i END AS id
       FROM range(${limit + 3000}) t(i) ORDER BY i`,
    );
    const table = await openParquetTable(path, "codes", 2048);
    const coded: string[] = [];
    const idCoded: boolean[] = [];
    for await (const batch of table.batches()) {
      const [code, id] = batch.dictionaries!;
      for (let row = 0; row < batch.length; row++) {
        const index = code!.codes[row]!;
        expect(index < 0 ? null : code!.values[index]).toBe(batch.columns[0]![row]);
        if (id) expect(id.values[id.codes[row]!]).toBe(batch.columns[1]![row]);
      }
      coded.push(...code!.values);
      idCoded.push(id !== null);
    }
    expect(new Set(coded)).toEqual(new Set(["doctor", "oral_hygienist"]));
    // The ids are coded until their dictionary passes DICTIONARY_LIMIT texts (at the end of a chunk).
    expect(idCoded).toEqual([true, true, true, false]);
    // Read one by one past the limit: the same texts as hyparquet's (non-ASCII, BOM, long, NUL).
    const cells = (await allRows(table)).map((row) => row.values.id);
    const viaHyparquet = (await allRows(await openParquetTable(path, "codes", 2048, "hyparquet"))).map(
      (row) => row.values.id,
    );
    expect(cells).toEqual(viaHyparquet);
    expect(cells.slice(limit + 2995)).toEqual([
      `\uFEFF${limit + 2995}`,
      `a long identifier ${limit + 2996}`,
      `x\u0000${limit + 2997}`,
      `v${limit + 2998}`,
      `ä${limit + 2999}`,
    ]);
  });
});

describe("duckdbParquetBatches: every row of the file's metadata is read (nothing lost)", () => {
  it("fails naming the file when the stream ends before the rows its metadata gives", async () => {
    const path = await writeParquet("counted.parquet", "SELECT i AS n, 'a' AS code FROM range(3000) t(i)");
    const columns = duckdbColumnsOf([
      { name: "n", type: "INT64" },
      { name: "code", type: "BYTE_ARRAY", converted_type: "UTF8" },
    ])!;
    const read = async (rows: number): Promise<number> => {
      let count = 0;
      for await (const batch of duckdbParquetBatches(path, "counted", columns, 2048, rows)) count += batch.length;
      return count;
    };
    expect(await read(3000)).toBe(3000);
    await expect(read(3001)).rejects.toThrow("counted changed while it was read (3000 rows read)");
  });
});

describe("duckdbParquetBatches: chunks fetched ahead (duckdb-chunk-queue.ts)", () => {
  it("stops early with chunks fetched ahead, and reads the whole file again after", async () => {
    const path = await writeParquet("ahead.parquet", "SELECT i AS n, 'c' || (i % 7) AS code FROM range(30000) t(i)");
    const table = await openParquetTable(path, "ahead", 2048);
    for (const stopAfter of [1, 3, 9]) {
      let batches = 0;
      for await (const _ of table.batches()) if (++batches === stopAfter) break;
      expect(batches).toBe(stopAfter);
    }
    const numbers: unknown[] = [];
    for await (const batch of table.batches()) numbers.push(...Array.from(batch.columns[0]!));
    expect(numbers).toEqual(Array.from({ length: 30000 }, (_, index) => index));
  });
});

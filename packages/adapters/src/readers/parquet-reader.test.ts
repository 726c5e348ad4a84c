import { DuckDBInstance } from "@duckdb/node-api";
import { UsageError } from "@virta/core";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateFromEpochDays, decimalText, integerValue, signedBigIntFromBytes, timestampText } from "./parquet-values";
import { readTable } from "./read-table";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

/** Writes `select` to a Parquet file with DuckDB and returns its path. */
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

describe("parquet-values (F4, F5)", () => {
  it("writes dates and timestamps as text", () => {
    expect(dateFromEpochDays(0)).toBe("1970-01-01");
    expect(dateFromEpochDays(19_813)).toBe("2024-03-31");
    expect(dateFromEpochDays(-1)).toBe("1969-12-31");
    // 2024-03-31T21:30:00Z = 1 711 920 600 s
    expect(timestampText(1_711_920_600_000n, "MILLIS", true)).toBe("2024-03-31T21:30:00Z");
    expect(timestampText(1_711_920_600_000_500n, "MICROS", false)).toBe("2024-03-31T21:30:00.0005");
    expect(timestampText(-1n, "NANOS", true)).toBe("1969-12-31T23:59:59.999999999Z");
  });

  it("writes decimals exactly", () => {
    expect(decimalText(1234n, 2)).toBe("12.34");
    expect(decimalText(-5n, 2)).toBe("-0.05");
    expect(decimalText(0n, 3)).toBe("0.000");
    expect(decimalText(12345678901234567890123n, 1)).toBe("1234567890123456789012.3");
    expect(signedBigIntFromBytes(Uint8Array.of(0xff, 0xfb))).toBe(-5n);
    expect(signedBigIntFromBytes(Uint8Array.of(0x00, 0x80))).toBe(128n);
  });

  it("keeps 64-bit integers exact", () => {
    expect(integerValue(9_007_199_254_740_991n)).toBe(9_007_199_254_740_991);
    expect(integerValue(9_007_199_254_740_993n)).toBe("9007199254740993");
    expect(integerValue(-9_007_199_254_740_993n)).toBe("-9007199254740993");
  });
});

describe("readTable: Parquet", () => {
  it("converts dates, timestamps with and without UTC adjustment, decimals and integers", async () => {
    const path = await writeParquet(
      "types.parquet",
      `SELECT 'V1' AS visit_id, 14::INTEGER AS organizer, DATE '2024-03-31' AS visit_date,
              TIMESTAMPTZ '2024-03-31 21:30:00+00' AS decided_at,
              TIMESTAMP '2024-03-31 23:30:00.123456' AS local_at,
              12.34::DECIMAL(9,2) AS small_decimal, 123456789012.345678::DECIMAL(18,6) AS decimal_64,
              1234567890123456789012.5::DECIMAL(30,1) AS wide_decimal, -0.05::DECIMAL(4,2) AS negative_decimal,
              42::BIGINT AS safe_big, 9007199254740993::BIGINT AS unsafe_big,
              0.1::DOUBLE AS ratio, true AS urgent, NULL::VARCHAR AS note`,
    );
    const table = await readTable(path, { requiredColumns: ["visit_id", "visit_date"] });
    expect(table.format).toBe("parquet");
    expect(table.columns).toEqual([
      "visit_id",
      "organizer",
      "visit_date",
      "decided_at",
      "local_at",
      "small_decimal",
      "decimal_64",
      "wide_decimal",
      "negative_decimal",
      "safe_big",
      "unsafe_big",
      "ratio",
      "urgent",
      "note",
    ]);
    expect(await allRows(table)).toEqual([
      {
        record: 1,
        values: {
          visit_id: "V1",
          organizer: 14,
          visit_date: "2024-03-31",
          decided_at: "2024-03-31T21:30:00Z", // adjusted to UTC: the validator takes the Helsinki date 2024-04-01 (F4)
          local_at: "2024-03-31T23:30:00.123456", // not adjusted: local text, date taken literally (F4)
          small_decimal: "12.34",
          decimal_64: "123456789012.345678",
          wide_decimal: "1234567890123456789012.5",
          negative_decimal: "-0.05",
          safe_big: 42,
          unsafe_big: "9007199254740993",
          ratio: 0.1,
          urgent: true,
          note: null,
        },
      },
    ]);
  });

  it("reads row group by row group, numbering records across groups and cutting batches", async () => {
    const path = await writeParquet(
      "groups.parquet",
      "SELECT i AS n, DATE '2024-01-01' + i::INTEGER AS d FROM range(5) t(i) ORDER BY i",
      ", ROW_GROUP_SIZE 2",
    );
    const table = await readTable(path, { batchSize: 2 });
    const batches: number[][] = [];
    for await (const batch of table.batches()) batches.push(Array.from(batch.records));
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5]);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
    expect((await allRows(table)).map((row) => row.values)).toEqual([
      { n: 0, d: "2024-01-01" },
      { n: 1, d: "2024-01-02" },
      { n: 2, d: "2024-01-03" },
      { n: 3, d: "2024-01-04" },
      { n: 4, d: "2024-01-05" },
    ]);
  });

  it("reads a file DuckDB leaves to hyparquet column by column: lists, structs, row groups, batch cuts", async () => {
    // 5 000 rows in row groups of 2 048 (2 048 + 2 048 + 904), in batches of 1 000: records run on (F9).
    const path = await writeParquet(
      "nested.parquet",
      `SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE [i, i + 1] END AS l, {'a': i} AS s,
              CAST(i AS UBIGINT) AS u, CASE WHEN i % 5 = 0 THEN NULL ELSE 'v' || i END AS t
       FROM range(5000) r(i)`,
      ", ROW_GROUP_SIZE 2048",
    );
    const table = await readTable(path, { batchSize: 1000 });
    const lengths: number[] = [];
    for await (const batch of table.batches()) lengths.push(batch.length);
    expect(lengths).toEqual([1000, 1000, 48, 1000, 1000, 48, 904]);
    const rows = await allRows(table);
    expect(rows.map((row) => row.record)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
    expect(rows[0]!.values).toEqual({ i: 0, l: null, s: { a: 0n }, u: 0, t: null });
    expect(rows[11]!.values).toEqual({ i: 11, l: [11n, 12n], s: { a: 11n }, u: 11, t: "v11" });
    expect(rows[4095]!.values).toEqual({ i: 4095, l: null, s: { a: 4095n }, u: 4095, t: null });
    expect(rows[4096]!.values).toEqual({ i: 4096, l: [4096n, 4097n], s: { a: 4096n }, u: 4096, t: "v4096" });
    expect(rows[4999]!.values).toEqual({ i: 4999, l: [4999n, 5000n], s: { a: 4999n }, u: 4999, t: "v4999" });
  });

  it("checks required columns against the schema", async () => {
    const path = await writeParquet("cols.parquet", "SELECT 1 AS a");
    const error = await readTable(path, { requiredColumns: ["visit_id"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe("missing_column");
  });

  it("rejects a file that is not Parquet as unreadable", async () => {
    const path = await folder.write("fake.parquet", "visit_id\nV1\n");
    const error = await readTable(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe("unreadable_file");
    expect((error as UsageError).message).toMatch(/is not a readable Parquet file/);
  });
});

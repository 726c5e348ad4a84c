import { describe, expect, it } from "vitest";
import { batchOf } from "./duckdb-chunk-batch";

const sex = { codes: Int32Array.of(0, -1, 1, 0), values: ["female", "male"] };
const days = Int32Array.of(19000, 19001, 19002, 19003);

describe("batchOf", () => {
  it("gives a whole chunk as it is, a code column's cells made from its codes when read", () => {
    const batch = batchOf(
      "v.parquet",
      ["id", "sex", "day"],
      ["raw", "raw", "day"],
      [["a", "b", "c", "d"], undefined, days],
      [null, sex, null],
      [0, 4, 4],
      10,
    );
    expect(batch.dictionaries?.[1]).toBe(sex);
    expect(batch.columns[2]).toBe(days);
    expect(batch.columns[1]).toEqual(["female", null, "male", "female"]);
    expect(Array.from(batch.records)).toEqual([11, 12, 13, 14]);
  });

  it("cuts rows out of a chunk: cells, days and codes alike", () => {
    const batch = batchOf(
      "v.parquet",
      ["id", "sex", "day"],
      ["raw", "raw", "day"],
      [["a", "b", "c", "d"], undefined, days],
      [null, sex, null],
      [1, 3, 4],
      10,
    );
    expect(batch.length).toBe(2);
    expect(batch.columns[0]).toEqual(["b", "c"]);
    expect(Array.from(batch.columns[2] as Int32Array)).toEqual([19001, 19002]);
    expect(Array.from(batch.dictionaries?.[1]?.codes ?? [])).toEqual([-1, 1]);
    expect(batch.columns[1]).toEqual([null, "male"]);
    expect(Array.from(batch.records)).toEqual([12, 13]);
  });

  it("carries the file's row count as a sizing hint when the reader knows it (sourceRows)", () => {
    const cells = [["a", "b", "c", "d"]];
    expect(batchOf("v.parquet", ["id"], ["raw"], cells, [null], [0, 4, 4], 0, 2_000_000).sourceRows).toBe(2_000_000);
    expect("sourceRows" in batchOf("v.parquet", ["id"], ["raw"], cells, [null], [0, 4, 4], 0)).toBe(false);
  });
});

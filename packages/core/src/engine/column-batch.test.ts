import { describe, expect, it } from "vitest";
import { cellsOfCodes, columnBatchOfRows, rowsOfColumnBatch, withCodedCells } from "./column-batch";

const sexes = { codes: Int32Array.of(1, -1, 0), values: ["female", "male"] };

describe("cellsOfCodes", () => {
  it("gives each code's text, and the absent value for −1", () => {
    expect(cellsOfCodes(sexes, null)).toEqual(["male", null, "female"]);
    expect(cellsOfCodes(sexes, undefined)).toEqual(["male", undefined, "female"]);
  });
});

describe("withCodedCells", () => {
  it("makes a coded column's cells when first read, and keeps them", () => {
    const target: Array<ArrayLike<unknown> | undefined> = [["v1", "v2", "v3"], undefined];
    const columns = withCodedCells(target, [null, sexes], null);
    expect(target[1]).toBeUndefined(); // nothing made yet
    expect(columns.length).toBe(2);
    expect(columns[0]).toEqual(["v1", "v2", "v3"]);
    const cells = columns[1];
    expect(cells).toEqual(["male", null, "female"]);
    expect(target[1]).toBe(cells);
    expect(columns[1]).toBe(cells);
  });

  it("reads like an ordinary array: map, spread and Array.isArray", () => {
    const columns = withCodedCells([undefined, ["a", "b", "c"]], [sexes, null], undefined);
    expect(Array.isArray(columns)).toBe(true);
    expect(columns.map((column) => column[0])).toEqual(["male", "a"]);
    expect([...columns][0]).toEqual(["male", undefined, "female"]);
    expect(columns[2]).toBeUndefined();
  });

  it("gives the array itself when no column waits for its cells", () => {
    const target = [["v1"], ["x"]];
    expect(withCodedCells(target, [null, { codes: Int32Array.of(0), values: ["x"] }], null)).toBe(target);
  });

  it("gives a batch whose rows read the coded cells like any other", () => {
    const batch = columnBatchOfRows([{ id: "1" }, { id: "2" }], "t");
    const columns = withCodedCells(
      [batch.columns[0], undefined],
      [null, { codes: Int32Array.of(-1, 0), values: ["x"] }],
      undefined,
    );
    expect(rowsOfColumnBatch({ ...batch, names: ["id", "sex"], columns })).toEqual([
      { id: "1", sex: undefined },
      { id: "2", sex: "x" },
    ]);
  });
});

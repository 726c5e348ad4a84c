import { type ColumnBatch, type ColumnDictionary, withCodedCells } from "@virta/core";
import { describe, expect, it } from "vitest";
import { createValidator } from "@virta/concepts";

const NAMES = ["year", "municipality_code", "age", "sex", "count"];
const SEXES = ["male", "female", "x"];

/**
 * A population batch whose `sex` column comes as codes into SEXES, its cells made only when read
 * (`withCodedCells`); `made()` tells whether the validator read them.
 */
function codedBatch(sexCodes: number[], first: number): { batch: ColumnBatch; made: () => boolean } {
  const length = sexCodes.length;
  const sex: ColumnDictionary = { codes: Int32Array.from(sexCodes), values: SEXES };
  const target: Array<ArrayLike<unknown> | undefined> = [
    new Array(length).fill("2024"),
    new Array(length).fill("091"),
    sexCodes.map((_, row) => String(first + row)),
    undefined,
    new Array(length).fill("10"),
  ];
  const columns = withCodedCells(target, [null, null, null, sex, null], undefined);
  const records = sexCodes.map((_, row) => first + row);
  const batch = { source: "pop", names: NAMES, columns, dictionaries: [null, null, null, sex, null], length, records };
  return { batch, made: () => target[3] !== undefined };
}

describe("FieldSources: a coded column's cells read only when needed (issue 14)", () => {
  it("reads them while spellings are new, not once every code is checked, and again to name a rejection", () => {
    const validator = createValidator("population", { dates: "day" });
    const first = codedBatch([0, 1, 0], 1);
    expect(validator.pushColumns(first.batch).table.length).toBe(3);
    expect(first.made()).toBe(true); // the spellings checked once, cell by cell

    const second = codedBatch([1, 0, 1, -1], 4);
    const { table } = validator.pushColumns(second.batch);
    expect(table.length).toBe(3);
    expect(validator.rejections.at(-1)).toMatchObject({ row: 7, field: "sex", reason: "missing" });

    const third = codedBatch([1, 1, 0, 0], 8);
    expect(validator.pushColumns(third.batch).table.length).toBe(4);
    expect(third.made()).toBe(false); // every code known: the cells never made

    const fourth = codedBatch([0, 2], 12);
    expect(validator.pushColumns(fourth.batch).table.length).toBe(1);
    expect(fourth.made()).toBe(true); // "x" is checked cell by cell and named
    expect(validator.rejections.at(-1)).toMatchObject({ row: 13, field: "sex", value: "x", reason: "not_in_list" });
  });
});

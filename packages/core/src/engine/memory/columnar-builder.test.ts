import { describe, expect, it } from "vitest";
import { ColumnarTableBuilder } from "./columnar-builder";
import { NULL_DAY } from "./columns";

describe("ColumnarTableBuilder", () => {
  it("streams validated rows into typed columns: day numbers, doubles, exact decimal texts, dictionary codes", () => {
    const builder = new ColumnarTableBuilder({ visit_date: "date", age: "integer", cost: "decimal", sex: "string" });
    builder.push({ visit_date: 19797, age: 40, cost: "12.50", sex: "female" });
    builder.push({ visit_date: null, age: null, cost: null, sex: null });
    builder.push({ visit_date: 19798, age: 7, cost: "0.10", sex: "female" });
    const table = builder.finish();
    expect(table.length).toBe(3);
    expect(Array.from(table.columns.visit_date as Int32Array)).toEqual([19797, NULL_DAY, 19798]);
    expect(Array.from(table.columns.age as Float64Array)).toEqual([40, Number.NaN, 7]);
    expect(table.columns.cost).toEqual(["12.50", null, "0.10"]);
    const sex = table.columns.sex as { codes: Int32Array; dictionary: string[] };
    expect([Array.from(sex.codes), sex.dictionary]).toEqual([[0, -1, 0], ["female"]]);
  });

  it("grows past its first capacity and cuts the arrays to the rows pushed", () => {
    const builder = new ColumnarTableBuilder({ n: "integer" });
    for (let i = 0; i < 70_000; i++) builder.push({ n: i });
    const column = builder.finish().columns.n as Float64Array;
    expect([column.length, column[69_999]]).toEqual([70_000, 69_999]);
  });
});

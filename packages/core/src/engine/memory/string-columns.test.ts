/**
 * String columns of streamed columnar chunks (issue 14): a chunk's codes are taken as they are when
 * the engine's dictionary lists the chunk dictionary's values in the same order, copied through the
 * remap otherwise, and the chunk's array is never written into.
 */
import { describe, expect, it } from "vitest";
import { ColumnChunk } from "./columns";

const types = { service_branch: "string" } as const;

describe("string columns of streamed chunks", () => {
  it("takes a growing dictionary's codes without a copy, and never writes into them", () => {
    const chunk = new ColumnChunk(types, ["service_branch"]);
    const dictionary = ["primary_care"];
    const first = new Int32Array([0, -1, 0]);
    chunk.loadColumnarChunk({ length: 3, columns: { service_branch: { codes: first, dictionary } } });
    expect(chunk.column("service_branch").data).toBe(first);
    dictionary.push("oral_care"); // the validator's dictionary grows between chunks
    const second = new Int32Array([1, 0]);
    chunk.loadColumnarChunk({ length: 2, columns: { service_branch: { codes: second, dictionary } } });
    expect(chunk.column("service_branch").data).toBe(second);
    // Rows after columnar chunks fill the column's own array.
    chunk.load([{ service_branch: "oral_care" }, { service_branch: null }, { service_branch: "primary_care" }]);
    expect([...chunk.column("service_branch").data.subarray(0, 3)]).toEqual([1, -1, 0]);
    expect([...first]).toEqual([0, -1, 0]);
    expect([...second]).toEqual([1, 0]);
  });

  it("copies through the remap once the engine's dictionary holds a value the chunk's does not", () => {
    const chunk = new ColumnChunk(types, ["service_branch"]);
    const dictionary = ["primary_care"];
    chunk.loadColumnarChunk({ length: 1, columns: { service_branch: { codes: new Int32Array([0]), dictionary } } });
    // A literal of the generated code meets the dictionary first (engine code 1 = "oral_care").
    const column = chunk.column("service_branch") as { dictionary: { intern(value: string): number } };
    expect(column.dictionary.intern("oral_care")).toBe(1);
    dictionary.push("specialised_care", "oral_care"); // chunk codes 1 and 2; engine codes 2 and 1
    const codes = new Int32Array([2, 1, 0, -1]);
    chunk.loadColumnarChunk({ length: 4, columns: { service_branch: { codes, dictionary } } });
    const data = chunk.column("service_branch").data;
    expect(data).not.toBe(codes);
    expect([...data.subarray(0, 4)]).toEqual([1, 2, 0, -1]);
    expect([...codes]).toEqual([2, 1, 0, -1]);
  });
});

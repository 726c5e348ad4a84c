/**
 * `validate` and `validateStream` take column batches (issue 14: the library, like the CLI, takes the
 * readers' batches): a `ColumnBatchSource` such as a file opened by `readTable`, or `ColumnBatch` items.
 * Rejections name the batches' record numbers (F9); valid rows are the same as from row objects.
 */
import { type ColumnBatch, columnBatchOfRows } from "@virta/core";
import { describe, expect, it } from "vitest";
import { GOOD_ROWS } from "../test-support/rows";
import { validate, validateStream } from "./validate";

const good = GOOD_ROWS.health_care_visit;
const rows = [
  { ...good, visit_id: "v1" },
  { ...good, visit_id: "v2", visit_date: "2024-02-30" }, // invalid_format (F4)
  { ...good, visit_id: "v1" }, // duplicate_id (F9), after the first v1
  { ...good, visit_id: "v3" },
];
// Records 101–102 and 103–104: as a reader numbers a file's records, not from 1.
const batches: ColumnBatch[] = [columnBatchOfRows(rows.slice(0, 2), "visits.csv", 101)];
batches.push(columnBatchOfRows(rows.slice(2), "visits.csv", 103));

describe("validation of column batches (issue 14)", () => {
  it("validate: ColumnBatch items, rejections by record number, the same valid rows as from objects", () => {
    const result = validate("health_care_visit", batches, { source: "visits.csv" });
    expect(result.rejections.map((r) => [r.row, r.field, r.reason])).toEqual([
      [102, "visit_date", "invalid_format"],
      [103, "visit_id", "duplicate_id"],
    ]);
    expect(result.valid).toEqual(validate("health_care_visit", [rows[0], rows[3]]).valid);
    expect(result.valid.map((row) => row.visit_id)).toEqual(["v1", "v3"]);
    expect(result.summary).toMatchObject({ rows_read: 4, rows_valid: 2, rows_rejected: 2 });
  });

  it("validateStream: a column batch source (as readTable gives), one output batch per input batch", async () => {
    const source = {
      async *batches() {
        yield* batches;
      },
    };
    const stream = validateStream("health_care_visit", source, { dates: "day" });
    const out: unknown[][] = [];
    for await (const batch of stream) out.push(batch);
    expect(out.map((batch) => batch.length)).toEqual([1, 1]);
    expect((out[0]![0] as { visit_date: number }).visit_date).toBe(19797); // 2024-03-15 as a day number
    expect(stream.summary()).toMatchObject({ rows_read: 4, rows_valid: 2, rows_rejected: 2 });
    expect(stream.rejections.map((r) => r.row)).toEqual([102, 103]);
  });
});

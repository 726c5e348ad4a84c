/**
 * Row objects → arrays of cells in header order, for the readers that build row objects anyway
 * (JSON, NDJSON, Parquet), so that every {@link Table} offers `rowArrays()` (the CSV reader builds the
 * arrays directly). A key a row lacks becomes `undefined`: absent, as the missing key was (F1).
 */
import type { RawRow, RowArrays } from "./table";

/**
 * The batches of `rows` as {@link RowArrays}: each row's values in `columns` order, its record number kept (F9).
 *
 * @example
 * ```ts
 * async function* rows() { yield [{ record: 1, values: { id: "a" } }]; }
 * for await (const batch of arraysOfRows(["id", "note"], rows())) batch; // { records: [1], values: [["a", undefined]] }
 * ```
 */
export async function* arraysOfRows(
  columns: readonly string[],
  rows: AsyncIterable<RawRow[]>,
): AsyncGenerator<RowArrays> {
  for await (const batch of rows) {
    const records = new Array<number>(batch.length);
    const values = new Array<RowArrays["values"][number]>(batch.length);
    for (let index = 0; index < batch.length; index++) {
      const row = batch[index]!;
      records[index] = row.record;
      values[index] = columns.map((name) => row.values[name]);
    }
    yield { records, values };
  }
}

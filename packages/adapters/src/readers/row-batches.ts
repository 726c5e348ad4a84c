/**
 * Row objects → column batches, for the readers that parse a record as an object anyway (JSON and
 * NDJSON), so that every {@link Table} streams {@link ColumnBatch}es (the CSV and Parquet readers fill
 * the columns directly). A key a row lacks is `undefined`:
 * absent, as the missing key was (F1); record numbers are kept (F9).
 */
import type { ColumnBatch } from "@virta/core";
import type { RawRow } from "./table";

/**
 * The batches of `rows` as column batches with `names` as columns, each row's record number kept (F9).
 *
 * @example
 * ```ts
 * async function* rows() { yield [{ record: 1, values: { id: "a" } }]; }
 * for await (const batch of columnBatchesOfRows(["id", "note"], "t.ndjson", rows())) batch.columns;
 * // [["a"], [undefined]]
 * ```
 */
export async function* columnBatchesOfRows(
  names: readonly string[],
  source: string,
  rows: AsyncIterable<RawRow[]>,
): AsyncGenerator<ColumnBatch> {
  for await (const batch of rows) {
    const length = batch.length;
    const records = new Array<number>(length);
    const columns = names.map(() => new Array<unknown>(length));
    for (let index = 0; index < length; index++) {
      const row = batch[index]!;
      records[index] = row.record;
      for (let column = 0; column < names.length; column++) columns[column]![index] = row.values[names[column]!];
    }
    yield { source, names, columns, length, records };
  }
}

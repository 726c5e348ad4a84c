/**
 * The input shapes `compute` accepts for one table (interfaces.md, "The library"): a column batch
 * source (`batches()`, such as a file opened by `readTable` of `@virta/adapters`), an arquero table or
 * an Apache Arrow table (their columns become column batches, no row objects), or row objects as a
 * convenience (an array, an iterable or async iterable of rows or row batches). Everything is read
 * lazily, so a streamed table is never held in memory as raw rows (issue 14).
 */
import { type ColumnBatch, type ColumnBatchSource, isColumnBatchSource, type Row, rowChunks } from "@virta/core";

/** An arquero-like table (duck-typed: `numRows()`, `columnNames()`, `get(column, row)`). */
export interface ArqueroLike {
  numRows(): number;
  columnNames(): string[];
  get(column: string, row: number): unknown;
}

/** An Arrow-like table (duck-typed: `numRows`, `schema.fields`, `getChild(name)`). */
export interface ArrowLike {
  numRows: number;
  schema: { fields: Array<{ name: string }> };
  getChild(name: string): { get(index: number): unknown } | null;
}

/** One input table in any accepted shape. */
export type TableInput =
  | ReadonlyArray<Row>
  | Iterable<Row | Row[]>
  | AsyncIterable<Row | Row[]>
  | ArqueroLike
  | ArrowLike
  | ColumnBatchSource;

function isArquero(value: unknown): value is ArqueroLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ArqueroLike).numRows === "function" &&
    typeof (value as ArqueroLike).columnNames === "function"
  );
}

function isArrow(value: unknown): value is ArrowLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ArrowLike).numRows === "number" &&
    typeof (value as ArrowLike).getChild === "function"
  );
}

/** An arquero or Arrow table's columns as column batches of `size` rows (cells as the table gives them). */
function* tableBatches(
  length: number,
  names: string[],
  columnOf: (name: string, start: number, end: number) => unknown[],
  source: string,
  size: number,
): Generator<ColumnBatch> {
  for (let start = 0; start < length; start += size) {
    const end = Math.min(length, start + size);
    const records = new Array<number>(end - start);
    for (let row = start; row < end; row++) records[row - start] = row + 1;
    const columns = names.map((name) => columnOf(name, start, end));
    yield { source, names, columns, length: end - start, records };
  }
}

/**
 * The column batches of an input that has columns (a column batch source such as a file opened by
 * `readTable`, an arquero table or an Apache Arrow table), numbered from record 1 (F9); `null` for
 * row objects, which the validator takes one by one.
 *
 * @example
 * ```ts
 * columnBatchesOf([{ visit_id: "v1" }], "visits"); // null
 * const table = { numRows: () => 1, columnNames: () => ["id"], get: () => "v1" };
 * for await (const batch of columnBatchesOf(table, "visits")!) batch.columns; // [["v1"]]
 * ```
 */
export function columnBatchesOf(
  input: TableInput,
  source: string,
  size = 65536,
): AsyncIterable<ColumnBatch> | Iterable<ColumnBatch> | null {
  if (isArquero(input)) {
    const names = input.columnNames();
    const columnOf = (name: string, start: number, end: number) => {
      const column = new Array<unknown>(end - start);
      for (let row = start; row < end; row++) column[row - start] = input.get(name, row);
      return column;
    };
    return tableBatches(input.numRows(), names, columnOf, source, size);
  }
  if (isArrow(input)) {
    const names = input.schema.fields.map((field) => field.name);
    const children = new Map(names.map((name) => [name, input.getChild(name)]));
    const columnOf = (name: string, start: number, end: number) => {
      const child = children.get(name);
      const column = new Array<unknown>(end - start);
      for (let row = start; row < end; row++) column[row - start] = child?.get(row) ?? null;
      return column;
    };
    return tableBatches(input.numRows, names, columnOf, source, size);
  }
  if (isColumnBatchSource(input)) return input.batches();
  return null;
}

/**
 * Batches of row objects of an input given as rows (an array, or an iterable or async iterable of
 * rows or row batches).
 *
 * @example
 * ```ts
 * for await (const batch of rowBatchesOf([{ visit_id: "v1" }])) batch.length; // 1
 * ```
 */
export function rowBatchesOf(input: TableInput, size = 65536): AsyncIterable<Row[]> {
  return rowChunks(input as ReadonlyArray<Row>, size);
}

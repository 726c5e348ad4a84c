/**
 * The input shapes `compute` accepts for one table (interfaces.md, "The library"): an array of row
 * objects, an iterable or async iterable of rows or row batches, an arquero table, or an Apache Arrow
 * table. Everything becomes batches of plain row objects, read lazily, so a streamed table is never
 * held in memory as raw rows.
 */
import { rowChunks, type Row } from "@virta/core";

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
export type TableInput = ReadonlyArray<Row> | Iterable<Row | Row[]> | AsyncIterable<Row | Row[]> | ArqueroLike | ArrowLike;

function isArquero(value: unknown): value is ArqueroLike {
  return typeof value === "object" && value !== null && typeof (value as ArqueroLike).numRows === "function" && typeof (value as ArqueroLike).columnNames === "function";
}

function isArrow(value: unknown): value is ArrowLike {
  return typeof value === "object" && value !== null && typeof (value as ArrowLike).numRows === "number" && typeof (value as ArrowLike).getChild === "function";
}

function* columnarRows(length: number, names: string[], get: (name: string, row: number) => unknown, size: number): Generator<Row[]> {
  for (let start = 0; start < length; start += size) {
    const end = Math.min(length, start + size);
    const batch: Row[] = [];
    for (let row = start; row < end; row++) {
      const object: Row = {};
      for (const name of names) object[name] = get(name, row);
      batch.push(object);
    }
    yield batch;
  }
}

/**
 * Batches of row objects from any accepted input.
 *
 * @example
 * ```ts
 * for await (const batch of inputBatches([{ visit_id: "v1" }])) batch.length; // 1
 * ```
 */
export function inputBatches(input: TableInput, size = 65536): AsyncIterable<Row[]> {
  if (isArquero(input)) {
    const names = input.columnNames();
    return rowChunks(columnarRows(input.numRows(), names, (name, row) => input.get(name, row), size), size);
  }
  if (isArrow(input)) {
    const names = input.schema.fields.map((field) => field.name);
    const children = new Map(names.map((name) => [name, input.getChild(name)]));
    return rowChunks(columnarRows(input.numRows, names, (name, row) => children.get(name)?.get(row) ?? null, size), size);
  }
  return rowChunks(input as ReadonlyArray<Row>, size);
}

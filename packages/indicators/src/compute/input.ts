/**
 * The input shapes `compute` accepts for one table (interfaces.md, "The library"): an array of row
 * objects, an iterable or async iterable of rows or row batches, an arquero table, or an Apache Arrow
 * table, or a table of cell arrays (`{ columns, batches }`, {@link ArrayTableInput}). Everything but the
 * last becomes batches of plain row objects, read lazily, so a streamed table is never held in memory
 * as raw rows; a table of cell arrays is validated as it comes, without an object per raw row.
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

/**
 * A batch of a table of cell arrays: `values[i]` holds the i-th row's cells in `columns` order (a
 * shorter array leaves the last columns absent, F1), `records[i]` its 1-based record number for
 * messages (F9: a CSV reader counts records, not lines). Without `records`, rows are numbered on from
 * the previous row.
 */
export interface ArrayBatch {
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  records?: ArrayLike<number>;
}

/**
 * A table whose rows are arrays of cells in header order, as a CSV reader has them
 * (`Table.rowArrays()` of `@virta/adapters`): validated with the validator's `setHeader` +
 * `pushValues`, so no object is built per raw row. The result is the same as for the row objects
 * `{ [columns[j]]: values[i][j] }`.
 *
 * @example
 * ```ts
 * const table: ArrayTableInput = {
 *   columns: ["visit_id", "organizer"],
 *   batches: [{ records: [1, 2], values: [["v1", "14"], ["v2", "17"]] }],
 * };
 * ```
 */
export interface ArrayTableInput {
  columns: readonly string[];
  batches: Iterable<ArrayBatch> | AsyncIterable<ArrayBatch>;
}

/** One input table in any accepted shape. */
export type TableInput =
  | ReadonlyArray<Row>
  | Iterable<Row | Row[]>
  | AsyncIterable<Row | Row[]>
  | ArqueroLike
  | ArrowLike
  | ArrayTableInput;

/**
 * Whether `input` is a table of cell arrays: an object (not an array) with a `columns` array of names
 * and iterable `batches`. Arquero and Arrow tables are recognized first, so an Arrow table's own
 * `batches` never makes it one.
 *
 * @example
 * ```ts
 * isArrayTable({ columns: ["a"], batches: [] }); // true
 * isArrayTable([{ a: 1 }]); // false
 * ```
 */
export function isArrayTable(input: unknown): input is ArrayTableInput {
  if (typeof input !== "object" || input === null || Array.isArray(input) || isArquero(input) || isArrow(input))
    return false;
  const { columns, batches } = input as Partial<ArrayTableInput>;
  return (
    Array.isArray(columns) &&
    typeof batches === "object" &&
    batches !== null &&
    (typeof (batches as AsyncIterable<ArrayBatch>)[Symbol.asyncIterator] === "function" ||
      typeof (batches as Iterable<ArrayBatch>)[Symbol.iterator] === "function")
  );
}

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

function* columnarRows(
  length: number,
  names: string[],
  get: (name: string, row: number) => unknown,
  size: number,
): Generator<Row[]> {
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

/** The rows of a table of cell arrays as objects (a cell past the end of a short row is absent, F1). */
async function* arrayTableRows(input: ArrayTableInput): AsyncGenerator<Row[]> {
  const { columns } = input;
  for await (const batch of input.batches) {
    yield batch.values.map((cells) => {
      const row: Row = {};
      for (let index = 0; index < columns.length; index++) row[columns[index]!] = cells[index];
      return row;
    });
  }
}

/**
 * Batches of row objects from any accepted input (a table of cell arrays too, one object per row;
 * `compute` validates that shape without the objects).
 *
 * @example
 * ```ts
 * for await (const batch of inputBatches([{ visit_id: "v1" }])) batch.length; // 1
 * ```
 */
export function inputBatches(input: TableInput, size = 65536): AsyncIterable<Row[]> {
  if (isArrayTable(input)) return rowChunks(arrayTableRows(input), size);
  if (isArquero(input)) {
    const names = input.columnNames();
    return rowChunks(
      columnarRows(input.numRows(), names, (name, row) => input.get(name, row), size),
      size,
    );
  }
  if (isArrow(input)) {
    const names = input.schema.fields.map((field) => field.name);
    const children = new Map(names.map((name) => [name, input.getChild(name)]));
    return rowChunks(
      columnarRows(input.numRows, names, (name, row) => children.get(name)?.get(row) ?? null, size),
      size,
    );
  }
  return rowChunks(input as ReadonlyArray<Row>, size);
}

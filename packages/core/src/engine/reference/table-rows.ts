/**
 * The input of the reference evaluator: every table shape the in-memory engine takes (row objects, row
 * batches, a `ColumnarTable`, or a stream of columnar chunks such as the validator's), read one cell at
 * a time without building row objects (issue 14: the reference is also the fallback where code cannot
 * be generated, on the same column chunks). A columnar cell is decoded on its own, independently of the
 * generated loop's column loading: a day number (`NULL_DAY` absent), a number (NaN absent), a string
 * from its dictionary (code −1 absent) or a text (null absent).
 */
import { DataError } from "../../errors/errors";
import { type ColumnarColumn, type ColumnarTable, isColumnarTable, NULL_DAY } from "../memory/columns";
import type { TableSource } from "../memory/pass";
import type { Row } from "../row-source";

/** A batch of rows: how many, and the value of a field on one of them (as given, or decoded). */
export interface ReferenceBatch {
  length: number;
  value(row: number, field: string): unknown;
}

function rowsBatch(rows: ReadonlyArray<Row>): ReferenceBatch {
  return { length: rows.length, value: (row, field) => rows[row]![field] };
}

/** One cell of a columnar column, decoded (null when absent). */
function cellOf(column: ColumnarColumn, row: number): unknown {
  if (column instanceof Int32Array) {
    const day = column[row]!;
    return day === NULL_DAY ? null : day;
  }
  if (column instanceof Float64Array) {
    const number = column[row]!;
    return number !== number ? null : number;
  }
  if (Array.isArray(column)) return (column as ReadonlyArray<string | null>)[row] ?? null;
  const { codes, dictionary } = column as { codes: Int32Array; dictionary: readonly string[] };
  const code = codes[row]!;
  return code < 0 ? null : dictionary[code]!;
}

function columnarBatch(table: ColumnarTable): ReferenceBatch {
  return {
    length: table.length,
    value: (row, field) => {
      const column = table.columns[field];
      if (column === undefined) {
        throw new DataError("missing_column", `the columnar chunk has no column ${field}`, { field });
      }
      return cellOf(column, row);
    },
  };
}

/**
 * The batches of a table in any shape the in-memory engine takes.
 *
 * @example
 * ```ts
 * for await (const batch of referenceBatches([{ sex: "female" }])) batch.value(0, "sex"); // "female"
 * ```
 */
export async function* referenceBatches(source: TableSource | undefined): AsyncGenerator<ReferenceBatch> {
  if (source === undefined) return;
  if (isColumnarTable(source)) {
    yield columnarBatch(source);
    return;
  }
  if (Array.isArray(source)) {
    yield rowsBatch(source as ReadonlyArray<Row>);
    return;
  }
  for await (const item of source as AsyncIterable<ColumnarTable | Row | Row[]>) {
    if (Array.isArray(item)) yield rowsBatch(item);
    else if (isColumnarTable(item)) yield columnarBatch(item);
    else yield rowsBatch([item]);
  }
}

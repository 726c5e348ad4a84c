/**
 * What the in-memory engine's generated passes share (evaluate.ts, generate-join.ts): the cells of one
 * pass over the main table, its accounting (fine-print F15: the first failing population rule is the
 * exclusion reason) and how a table's chunks are loaded into typed-array columns.
 */
import type { Decimal } from "../../arithmetic/decimal";
import type { TableAccount } from "../cells";
import { type ColumnChunk, isColumnarTable, type ColumnarTable } from "./columns";
import { CHUNK_SIZE, type Row, rowChunks, type RowSource } from "../row-source";

/** One cell of a pass: its dimension indices and exact sums. */
export interface Cell {
  indices: number[];
  numerator: number;
  numeratorExact: Decimal | null;
  numeratorRows: number;
  denominator: number;
  denominatorExact: Decimal | null;
  denominatorRows: number;
  values: number[] | null;
  organizers: Set<number> | null;
}

/**
 * A table as the in-memory engine takes it: rows in any accepted shape, a columnar table, or a stream
 * of columnar tables (chunks, such as the validator's output; issue 14).
 */
export type TableSource =
  | RowSource
  | ColumnarTable
  | AsyncIterable<ColumnarTable | Row | Row[]>
  | Iterable<ColumnarTable | Row | Row[]>;

/** One pass over the main table: its cells (denominators resolved), accounting and labels. */
export interface Pass {
  cells: Cell[];
  account: TableAccount;
  labels: Array<(index: number) => string | null>;
  organizerLabel: ((index: number) => string | null) | null;
  store: "dense" | "map";
}

/** The lengths of the chunks of a source, each loaded into `chunk` (a columnar table is loaded already: one chunk). */
export async function* chunkLengths(source: TableSource | undefined, chunk: ColumnChunk): AsyncGenerator<number> {
  if (isColumnarTable(source)) {
    yield source.length;
    return;
  }
  if (source === undefined || Array.isArray(source)) {
    for await (const rows of rowChunks(source as RowSource | undefined)) {
      chunk.load(rows);
      yield chunk.length;
    }
    return;
  }
  // A stream: columnar chunks are loaded as they are; rows are gathered into chunks as before.
  let buffer: Row[] = [];
  for await (const item of source as AsyncIterable<ColumnarTable | Row | Row[]>) {
    const columnar = !Array.isArray(item) && isColumnarTable(item);
    if (buffer.length > 0 && (columnar || Array.isArray(item) || buffer.length >= CHUNK_SIZE)) {
      chunk.load(buffer);
      buffer = [];
      yield chunk.length;
    }
    if (columnar) {
      chunk.loadColumnarChunk(item);
      yield chunk.length;
    } else if (Array.isArray(item)) {
      if (item.length === 0) continue;
      chunk.load(item);
      yield chunk.length;
    } else buffer.push(item as Row);
  }
  if (buffer.length > 0) {
    chunk.load(buffer);
    yield chunk.length;
  }
}

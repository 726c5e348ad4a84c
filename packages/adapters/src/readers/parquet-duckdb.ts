/**
 * The fast path of the Parquet reader (issue 8): DuckDB scans the file natively and streams it in
 * chunks of 2 048 rows, so only one chunk of raw rows is alive at a time (constant memory in the
 * rows, where hyparquet materialised a whole row group of objects). The cells come out in the same
 * forms as from `parquet-values.ts` (fine-print F4, F5), exactly:
 *
 * - DATE → its day number, read straight from DuckDB's DATE vector (days since 1970-01-01, an INT32;
 *   ±infinity as ±(2^31 − 1)), handed over as a `day`
 *   column (an `Int32Array`, `NULL_DAY` for absent; issue 14: never text parsed back). A day outside
 *   years 0001–9999 (F34; or ±infinity) is not a date: that chunk's column becomes an array whose
 *   out-of-range cells are the text of `dateFromEpochDays` ("infinity", "+010000-01"), which the
 *   validator rejects `invalid_format` exactly as before (F4);
 * - DECIMAL (precision ≤ 38) → DuckDB's exact text, which keeps every scale digit ("0.000", "-0.05");
 * - TIMESTAMP → the epoch count in its unit (`epoch_ms` / `epoch_us` / `epoch_ns`, a BIGINT), written
 *   by `timestampText`, with `Z` when the file says it is adjusted to UTC;
 * - INT64 → a number when safe (read from the BIGINT vector's words), otherwise its exact text
 *   (`integerValue`);
 * - VARCHAR → its text, read from the vector by `duckdb-vectors.ts`; while a column has at most
 *   `DICTIONARY_LIMIT` distinct texts (a code column), each distinct text is one string and the batch
 *   carries the column's dictionary codes (`ColumnBatch.dictionaries`), so the validator checks each
 *   spelling once (issue 14). A code column that the file stores in small dictionaries comes from
 *   DuckDB as positions in its spellings, read before the stream (`duckdb-code-columns.ts`). Another
 *   text column with strings longer than 12 bytes (identifiers) is also selected in pieces of 12
 *   characters once a chunk has shown them, so that its long cells are rebuilt from inlined bytes
 *   rather than read one native call per cell (`duckdb-vectors.ts`); the stream then starts again at
 *   the next row (`parquet-select.ts`).
 *
 * A column the caller does not read (`ReadTableOptions.readColumns`) is selected as `NULL` and its
 * cells come absent, so DuckDB neither decodes it nor needs to take its type.
 *
 * Columns DuckDB cannot hand over exactly (INT96, DECIMAL wider than 38 digits, unsigned 64-bit,
 * unannotated binary, nested or repeated fields, any other logical type) make `duckdbColumnsOf`
 * return `null`, and the reader falls back to hyparquet for that file.
 */
import type { DuckDBConnection, DuckDBDataChunk, DuckDBResult } from "@duckdb/node-api";
import { type ColumnBatch, type ColumnDictionary, type ColumnKind, UsageError } from "@virta/core";
import type { SchemaElement } from "hyparquet";
import { ChunkQueue, CHUNKS_AHEAD, turnEventLoop } from "./duckdb-chunk-queue";
import { absentSpelling, codeColumnsOf, readCodedColumn } from "./duckdb-code-columns";
import { batchOf } from "./duckdb-chunk-batch";
import { dayColumn, int64Column, numberColumn, type Pieces, slotsOf, TextColumnReader } from "./duckdb-vectors";
import { loadDuckDb } from "./load-duckdb";
import { timestampDays } from "./parquet-timestamps";
import { canStartAtRow, piecesAfter, selectSql, streamLayout } from "./parquet-select";
import { timestampText, type TimestampUnit } from "./parquet-values";
import type { RawValue } from "./table";

/** How one column is selected in SQL and converted in JavaScript. */
export type DuckDbColumn =
  /**
   * `dictionaryEncoded`: a text column the file stores in small dictionaries, whose `spellings` its
   * dictionary pages gave when they could be read (`duckdb-code-columns.ts`).
   */
  /**
   * `onlyValidatedId`: an identifier column whose plainly valid cells may come as one representative
   * (`ReadTableOptions.onlyValidatedIds`, `plain-ids.ts`).
   */
  | {
      name: string;
      kind: "plain";
      text?: boolean;
      dictionaryEncoded?: boolean;
      spellings?: readonly string[];
      onlyValidatedId?: boolean;
    }
  /** Not read (`ReadTableOptions.readColumns`): selected as NULL, its cells absent. */
  | { name: string; kind: "skipped" }
  | { name: string; kind: "decimal" | "int64" | "date" }
  | {
      name: string;
      kind: "timestamp";
      unit: TimestampUnit;
      adjustedToUtc: boolean;
      /** A date field's column: handed over as its day numbers (`parquet-timestamps.ts`). */
      asDay?: boolean;
    };

const PLAIN_TYPES = new Set(["BOOLEAN", "INT32", "FLOAT", "DOUBLE"]);

/** A plain integer or one annotated as an integer (signed or not: DuckDB's value is exact either way). */
function isInteger(element: SchemaElement): boolean {
  if (element.logical_type !== undefined) return element.logical_type.type === "INTEGER";
  return element.converted_type === undefined || /^U?INT_(8|16|32|64)$/.test(element.converted_type);
}

/** The DuckDB plan of one top-level column, or `null` when DuckDB would not give its exact value. */
function columnOf(element: SchemaElement): DuckDbColumn | null {
  const { name, type, logical_type: logical, converted_type: converted } = element;
  if (element.num_children !== undefined || element.repetition_type === "REPEATED") return null;
  if (converted === "DECIMAL" || logical?.type === "DECIMAL") {
    const precision = logical?.type === "DECIMAL" ? logical.precision : (element.precision ?? 0);
    return precision >= 1 && precision <= 38 && type !== "BYTE_ARRAY" ? { name, kind: "decimal" } : null;
  }
  if (converted === "DATE" || logical?.type === "DATE") return type === "INT32" ? { name, kind: "date" } : null;
  if (logical?.type === "TIMESTAMP") {
    return type === "INT64"
      ? { name, kind: "timestamp", unit: logical.unit, adjustedToUtc: logical.isAdjustedToUTC }
      : null;
  }
  if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS") {
    // A converted type without a logical type means "adjusted to UTC" (Parquet format, LogicalTypes.md).
    return {
      name,
      kind: "timestamp",
      unit: converted === "TIMESTAMP_MILLIS" ? "MILLIS" : "MICROS",
      adjustedToUtc: true,
    };
  }
  if (type === "BYTE_ARRAY")
    return converted === "UTF8" || logical?.type === "STRING" ? { name, kind: "plain", text: true } : null;
  if (type === "INT64") return isInteger(element) ? { name, kind: "int64" } : null;
  if (type === "INT32") return isInteger(element) ? { name, kind: "plain" } : null;
  if (type !== undefined && PLAIN_TYPES.has(type) && converted === undefined && logical === undefined)
    return { name, kind: "plain" };
  return null;
}

/**
 * The DuckDB plan of a file's top-level columns, or `null` when one of them needs the hyparquet path
 * (a column `skipped` is not read, whatever its type).
 *
 * @example
 * ```ts
 * duckdbColumnsOf([{ name: "visit_date", type: "INT32", converted_type: "DATE" }]);
 * // [{ name: "visit_date", kind: "date" }]
 * duckdbColumnsOf([{ name: "at", type: "INT96" }]);                                 // null
 * duckdbColumnsOf([{ name: "at", type: "INT96" }], [true]); // [{ name: "at", kind: "skipped" }]
 * ```
 */
export function duckdbColumnsOf(
  elements: readonly SchemaElement[],
  skipped: readonly boolean[] | null = null,
): DuckDbColumn[] | null {
  const columns: DuckDbColumn[] = [];
  for (const [index, element] of elements.entries()) {
    const skip = skipped?.[index] === true;
    const column: DuckDbColumn | null = skip ? { name: element.name, kind: "skipped" } : columnOf(element);
    if (column === null) return null;
    columns.push(column);
  }
  return columns;
}

/** Converts one non-null cell as DuckDB gives it. */
type Converter = (value: unknown) => RawValue;

function converterOf(column: DuckDbColumn): Converter | null {
  switch (column.kind) {
    case "timestamp": {
      const { unit, adjustedToUtc } = column;
      return (value) => timestampText(value as bigint, unit, adjustedToUtc);
    }
    default:
      return null; // INT64: `int64Column`
  }
}

/**
 * Streams a Parquet file through DuckDB as column batches of DuckDB's chunks (2 048 rows, at most
 * `batchSize`), numbered from 1 in file order (DuckDB keeps the insertion order of a scan). Each
 * column is read from its vector in one loop; no object per row. `fileRows`, the row count of the
 * file's metadata, is checked at the end; a code column's spelling not among its spellings fails too.
 *
 * @example
 * ```ts
 * const columns = duckdbColumnsOf(schemaElements)!;
 * const batches = duckdbParquetBatches("visits.parquet", 'file "visits.parquet"', columns, 2048);
 * for await (const batch of batches) batch.length;
 * ```
 */
export async function* duckdbParquetBatches(
  path: string,
  label: string,
  columns: readonly DuckDbColumn[],
  batchSize: number,
  fileRows: number | null = null,
): AsyncGenerator<ColumnBatch> {
  const { DuckDBInstance, listValue } = loadDuckDb(); // loaded on first use (a quick CLI start)
  // One DuckDB thread: a streamed scan hands chunks over one at a time, so more threads only compete
  // with the JavaScript thread that validates them (2 M visits on 2 cores: 2.06–2.25 → 1.98–2.05 s).
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  let connection: DuckDBConnection | null = null;
  let queue: ChunkQueue | null = null;
  try {
    connection = await instance.connect();
    const names = columns.map((column) => column.name);
    const converters = columns.map(converterOf);
    const texts = columns.map((column) =>
      column.kind === "plain" && column.text === true ? new TextColumnReader(column.onlyValidatedId === true) : null,
    );
    const width = columns.length;
    const kinds: ColumnKind[] = columns.map((column) =>
      column.kind === "date" || (column.kind === "timestamp" && column.asDay === true) ? "day" : "raw",
    );
    // Code columns as their positions in their spellings, read first (`duckdb-code-columns.ts`).
    const dictionaryEncoded = columns.map((column) => column.kind === "plain" && column.dictionaryEncoded === true);
    const known = columns.map((column) => (column.kind === "plain" ? (column.spellings ?? null) : null));
    const spellings = await codeColumnsOf(connection, path, names, dictionaryEncoded, known);
    const absent = spellings.map((list) => (list === null ? null : absentSpelling(list)));
    const open = async (pieces: readonly number[], from: number): Promise<DuckDBResult> => {
      const lists = spellings.flatMap((list, c) => (list === null ? [] : [listValue([...list, absent[c]!])]));
      try {
        return await connection!.stream(selectSql(columns, pieces, absent, from), [path, ...lists]);
      } catch (error) {
        const reason = (error as Error).message;
        throw new UsageError("unreadable_file", `${label} is not a readable Parquet file (${reason})`, { file: path });
      }
    };
    let record = 0;
    const changed = (): UsageError =>
      new UsageError("unreadable_file", `${label} changed while it was read (${record} rows read)`, { file: path });
    // Chunks fetched ahead (duckdb-chunk-queue.ts) while this one is read and its batches validated (each
    // fetched chunk owns its memory). A failure surfaces when that chunk is taken.
    const receive = async (pending: Promise<DuckDBDataChunk | null>): Promise<DuckDBDataChunk | null> => {
      try {
        const chunk = await pending;
        return chunk === null || chunk.rowCount === 0 ? null : chunk;
      } catch (error) {
        const reason = (error as Error).message;
        throw new UsageError("unreadable_file", `${label}: rows after ${record} cannot be read (${reason})`, {
          file: path,
        });
      }
    };
    // No pieces at first: they are learnt from the cells read (`piecesAfter`, parquet-select.ts).
    let pieces = columns.map(() => 0);
    let { pieceColumns } = streamLayout(columns, pieces);
    const restartable = canStartAtRow(columns);
    queue = new ChunkQueue(await open(pieces, 0), CHUNKS_AHEAD);
    for (;;) {
      const chunk = await receive(queue.next());
      if (chunk === null) break;
      const rowCount = chunk.rowCount;
      const cells: Array<ArrayLike<unknown> | undefined> = [];
      const dictionaries: Array<ColumnDictionary | null> = [];
      for (let c = 0; c < width; c++) {
        dictionaries.push(null);
        if (columns[c]!.kind === "skipped") {
          cells.push(new Array<undefined>(rowCount));
          continue;
        }
        const vector = chunk.getColumnVector(c);
        if (kinds[c] === "day") {
          const column = columns[c]!;
          cells.push(
            column.kind === "timestamp" ? timestampDays(vector, rowCount, column) : dayColumn(vector, rowCount),
          );
          continue;
        }
        const coded = spellings[c];
        if (coded) {
          const codes = new Int32Array(rowCount);
          if (readCodedColumn(vector, rowCount, coded, codes) > 0) {
            const reason = "a text not among the spellings of its dictionaries (changed while read, or wrong metadata)";
            const where = `rows ${record + 1}–${record + rowCount}, column ${names[c]}`;
            throw new UsageError("unreadable_file", `${label}, ${where}: ${reason}`, { file: path });
          }
          dictionaries[c] = { codes, values: coded };
          cells.push(undefined); // made from the codes when read (`batchOf`)
          continue;
        }
        const text = texts[c];
        if (text) {
          const column = new Array<RawValue>(rowCount);
          // Dictionary codes while the column's dictionary takes new texts (a code column, F3).
          const codes = text.full ? null : new Int32Array(rowCount);
          const parts: Pieces = Array.from({ length: pieces[c] ?? 0 }, (_, piece) =>
            slotsOf(chunk.getColumnVector(pieceColumns[c]! + piece)),
          );
          text.read(vector, rowCount, column, 0, codes, parts);
          if (codes !== null) dictionaries[c] = { codes, values: text.values };
          cells.push(column);
          continue;
        }
        if (columns[c]!.kind === "int64") {
          cells.push(int64Column(vector, rowCount));
          continue;
        }
        const numbers = columns[c]!.kind === "plain" ? numberColumn(vector, rowCount) : null;
        if (numbers !== null) {
          cells.push(numbers); // an INTEGER, FLOAT or DOUBLE column, from its typed array
          continue;
        }
        const convert = converters[c];
        const column = new Array<RawValue>(rowCount);
        for (let r = 0; r < rowCount; r++) {
          const value = vector.getItem(r);
          column[r] = value === null || value === undefined ? null : convert ? convert(value) : (value as RawValue);
        }
        cells.push(column);
      }
      await turnEventLoop(); // a second turn per chunk: DuckDB runs ahead (duckdb-chunk-queue.ts)
      for (let start = 0; start < rowCount; start += batchSize) {
        const end = Math.min(rowCount, start + batchSize);
        yield batchOf(label, names, kinds, cells, dictionaries, [start, end, rowCount], record, fileRows);
      }
      record += rowCount;
      // Cells longer than their column's pieces cover were read one native call each: the stream starts
      // again at the next row, with more pieces.
      const more = restartable ? piecesAfter(texts, pieces) : null;
      if (more !== null) {
        await queue.stop();
        pieces = more;
        ({ pieceColumns } = streamLayout(columns, pieces));
        queue = new ChunkQueue(await open(pieces, record), CHUNKS_AHEAD);
      }
    }
    if (fileRows !== null && record !== fileRows) throw changed(); // every row the metadata gives: none lost
  } finally {
    queue?.close();
    connection?.closeSync();
    instance.closeSync();
  }
}

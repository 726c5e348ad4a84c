/**
 * The main thread's side of the CSV reader's worker (issue 14): starts `worker.ts` on a file, turns
 * each batch it posts into a `ColumnBatch` (day columns as `Int32Array` day numbers, code columns as
 * their dictionary's strings with the codes in `dictionaries`, identifiers as strings of the batch's
 * bytes, read from the ring it shares with the worker, `ring.ts`, before the batch is released), and,
 * where the worker hands the file back, reads on with `CsvScanner` (`resume`), so every record and
 * every error is the one `CsvScanner` gives (F1, F4, F9, F29). The batches hold the same cells,
 * records and names as `CsvScanner`'s, only typed where they can be.
 */
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { type ColumnBatch, type ColumnDictionary, type ColumnKind, withCodedCells } from "@virta/core";
import type { ByteColumn } from "./byte-scanner";
import { PlainIdCells } from "../plain-ids";
import { newRing, slotBytes } from "./ring";
import type { CsvWorkerData, CsvWorkerMessage } from "./worker";

/** Where `CsvScanner` reads on: the byte offset, its physical line and the records already read. */
export interface CsvResume {
  offset: number;
  line: number;
  records: number;
}

/** The file's header, delimiter and the reader's choices, for {@link workerCsvBatches}. */
export interface WorkerCsvOptions {
  path: string;
  label: string;
  names: readonly string[];
  kinds: readonly ColumnKind[] | undefined;
  /** Per column, whether its cells are skipped (absent, not read: `ReadTableOptions.readColumns`). */
  skipped: readonly boolean[] | null;
  /** Per column, whether it is an identifier column only validated (`ReadTableOptions.onlyValidatedIds`). */
  onlyValidatedIds?: readonly boolean[] | null;
  delimiter: "," | ";";
  batchSize: number;
  script: string;
  /** A thread already started for this file (`CsvWorkerStarts`), given its file here; else one is started. */
  started?: Worker | null;
  /** `CsvScanner`'s batches from a point of the file (offset 0: the whole file, header included). */
  resume: (from: CsvResume | null) => AsyncIterable<ColumnBatch>;
}

/**
 * The records after the header as column batches, scanned in a worker thread (see the module comment).
 *
 * @example
 * ```ts
 * const batches = workerCsvBatches({ path, label, names, kinds, delimiter: ",", batchSize: 1024,
 *   script: csvWorkerFile()!, resume: (from) => csvScannerBatches(from) });
 * for await (const batch of batches) batch.records[0]; // 1, 1025, …
 * ```
 */
export async function* workerCsvBatches(options: WorkerCsvOptions): AsyncGenerator<ColumnBatch> {
  const { names, kinds, label, batchSize } = options;
  const data: CsvWorkerData = {
    path: options.path,
    width: names.length,
    dayColumns: names.map((_, index) => kinds?.[index] === "day"),
    skipped: names.map((_, index) => options.skipped?.[index] === true),
    delimiter: options.delimiter,
    // The worker posts several of the reader's batches at once (fewer messages); they are cut here.
    batchSize: batchSize * Math.max(1, Math.round(POSTED_ROWS / batchSize)),
    ring: newRing(),
  };
  const worker = options.started ?? new Worker(options.script, { workerData: data });
  if (options.started) worker.postMessage(data);
  worker.unref();
  const queue: Array<CsvWorkerMessage | Error> = [];
  let wake: (() => void) | null = null;
  const push = (item: CsvWorkerMessage | Error): void => {
    queue.push(item);
    const resume = wake;
    wake = null;
    resume?.();
  };
  worker.on("message", push);
  worker.on("error", push);
  const values: string[][] = names.map(() => []);
  // Identifier columns only validated: their plainly valid cells as one text (`plain-ids.ts`).
  const plainIds = names.map((_, index) => (options.onlyValidatedIds?.[index] ? new PlainIdCells() : null));
  let records = 0;
  // The file's rows estimated from its size and the first posted batch's bytes (`ColumnBatch.sourceRows`).
  let sourceRows: number | null = null;
  try {
    for (;;) {
      if (queue.length === 0) {
        // The worker keeps the process alive only while a batch is awaited (not when a reader is dropped).
        worker.ref();
        await new Promise<void>((resolve) => (wake = resolve));
        worker.unref();
      }
      const message = queue.shift()!;
      if (message instanceof Error) throw message; // a fault of the worker itself (a bug: exit 70)
      if (message.type === "end") return;
      if (message.type === "handover") {
        await worker.terminate();
        const from = message.offset === 0 ? null : { offset: message.offset, line: message.line, records };
        yield* options.resume(from);
        return;
      }
      const posted = postedBatch(message, data.ring, label, values);
      sourceRows ??= estimatedRows(options.path, message.rows, message.length);
      for (let first = 0; first < message.rows; first += batchSize) {
        const end = Math.min(message.rows, first + batchSize);
        const batch = { ...columnBatchOf(posted, first, end, names, kinds, records, plainIds), sourceRows };
        records += end - first;
        // Every cell decoded (no column batch reads the ring later): the worker may read into its bytes.
        if (end === message.rows) worker.postMessage(1);
        yield batch;
      }
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * About how many records a file of records like the first `rows` (`bytes` long) holds: a sizing hint
 * (`ColumnBatch.sourceRows`), 0 when the file's size cannot be read.
 *
 * @example
 * ```ts
 * estimatedRows("visits.csv", 8192, 950_000); // 2 000 000 for a 232 MB file
 * ```
 */
export function estimatedRows(path: string, rows: number, bytes: number): number {
  try {
    return bytes > 0 ? Math.round((statSync(path).size * rows) / bytes) : rows;
  } catch {
    return 0;
  }
}

/**
 * Node's `Buffer` decoders without the encoding argument (`buffer.toString(encoding, start, end)` calls
 * them after checking its arguments; per cell that check costs): present on every `Buffer` since
 * Node 0.x, though not in its typings.
 */
type SlicingBuffer = Buffer & {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
};

/** About how many rows the worker posts at a time. */
const POSTED_ROWS = 8_192;

/** A batch the worker posted, with its cells' text and each code column's spellings so far. */
interface PostedBatch {
  readonly label: string;
  readonly columns: readonly ByteColumn[];
  readonly text: (start: number, end: number) => string;
  readonly spellings: ReadonlyArray<string[]>;
  /** The batch's bytes in the ring (read only before the batch is released). */
  readonly bytes: Uint8Array;
}

/** A posted batch, its new spellings added to `values` (each code column's spellings, in code order). */
function postedBatch(
  message: Extract<CsvWorkerMessage, { type: "batch" }>,
  ring: SharedArrayBuffer,
  label: string,
  values: string[][],
): PostedBatch {
  const bytes = slotBytes(ring, message.slot, message.start, message.length) as SlicingBuffer;
  message.columns.forEach((column, index) => {
    if (column.kind === "code") for (const spelling of column.fresh) values[index]!.push(spelling);
  });
  return {
    label,
    columns: message.columns,
    text: message.ascii ? asciiCells(bytes) : (start, end) => bytes.utf8Slice(start, end),
    spellings: values,
    bytes,
  };
}

/** A posted batch's rows `[first, end)` as a `ColumnBatch` whose records follow `before` earlier ones. */
function columnBatchOf(
  posted: PostedBatch,
  first: number,
  end: number,
  names: readonly string[],
  kinds: readonly ColumnKind[] | undefined,
  before: number,
  plainIds: ReadonlyArray<PlainIdCells | null>,
): ColumnBatch {
  const rows = end - first;
  const columns: Array<ArrayLike<unknown> | undefined> = [];
  const dictionaries: Array<ColumnDictionary | null> = [];
  posted.columns.forEach((column: ByteColumn, index) => {
    dictionaries.push(null);
    if (column.kind === "day") {
      const days = column.days.subarray(first, end);
      columns.push(column.odd === null ? days : mixedDays(days, column.odd, first, end, posted.text));
    } else if (column.kind === "code") {
      const dictionary = { codes: column.codes.subarray(first, end), values: posted.spellings[index]! };
      // The cells only when read (`withCodedCells`): the validator takes the codes.
      columns.push(undefined);
      dictionaries[index] = dictionary;
    } else if (column.kind === "skipped") columns.push(new Array<undefined>(rows));
    else {
      const offsets = column.offsets;
      const text = posted.text;
      const cells = new Array<string | undefined>(rows);
      const ids = plainIds[index] ?? null;
      for (let row = 0, at = 2 * first; row < rows; row++, at += 2) {
        const start = offsets[at]!;
        if (start < 0) cells[row] = undefined;
        else
          cells[row] =
            ids === null ? text(start, offsets[at + 1]!) : ids.cellOf(posted.bytes, start, offsets[at + 1]!, text);
      }
      columns.push(cells);
    }
  });
  const records = new Array<number>(rows);
  for (let row = 0; row < rows; row++) records[row] = before + row + 1;
  const cellText = givenTexts(posted, first, end);
  return {
    source: posted.label,
    names,
    columns: withCodedCells(columns, dictionaries, undefined),
    dictionaries,
    length: rows,
    records,
    ...(kinds ? { kinds } : {}),
    ...(cellText ? { cellText } : {}),
  };
}

/**
 * The texts of the date-times read as day numbers (`ColumnBatch.cellText`), decoded now (the ring's
 * bytes are read again by the worker once the batch is released), or null when there are none.
 */
function givenTexts(posted: PostedBatch, first: number, end: number): ColumnBatch["cellText"] | null {
  const columns = posted.columns;
  let texts: Array<Array<string | undefined> | undefined> | null = null;
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    if (column.kind !== "day" || column.given === null) continue;
    const ranges = column.given;
    const cells = new Array<string | undefined>(end - first);
    for (let row = first; row < end; row++) {
      const start = ranges[2 * row]!;
      if (start >= 0) cells[row - first] = posted.text(start, ranges[2 * row + 1]!);
    }
    texts ??= [];
    texts[index] = cells;
  }
  if (texts === null) return null;
  const found = texts;
  return (column, row) => found[column]?.[row];
}

/** The longest cell cut from a decoded piece; V8 copies such short slices (longer ones would keep it). */
const SLICED_CELL_MAX = 12;

/**
 * Bytes decoded at a time. A string this short is made in V8's young generation; the whole batch
 * (≈ 0.9 MB) as one string went to its large-object space, at ≈ 1 ns a byte (≈ 0.2 s of a 2 M-row file's
 * main thread, where 16 KiB pieces take 0.016 s).
 */
const PIECE_BYTES = 16_384;

/**
 * The cells of an ASCII batch: short ones cut from a decoded piece of the batch's bytes (one decoding
 * call per piece, not per cell; a piece starts at the first cell it is decoded for), longer ones
 * decoded on their own, so that no cell keeps a piece alive.
 */
function asciiCells(bytes: SlicingBuffer): (start: number, end: number) => string {
  let pieceStart = 0;
  let piece = "";
  return (start, end) => {
    if (end - start > SLICED_CELL_MAX) return bytes.latin1Slice(start, end);
    if (start < pieceStart || end > pieceStart + piece.length) {
      pieceStart = start;
      piece = bytes.latin1Slice(start, Math.min(bytes.length, start + PIECE_BYTES));
    }
    return piece.slice(start - pieceStart, end - pieceStart);
  };
}

/**
 * A day column's rows `[first, end)` with other cells: their text (or absent) among the day numbers, as
 * `CsvScanner` gives them (`odd` holds row, start, end triples in row order).
 */
function mixedDays(
  days: Int32Array,
  odd: Int32Array,
  first: number,
  end: number,
  text: (start: number, end: number) => string,
): Array<number | string | undefined> {
  const cells = new Array<number | string | undefined>(end - first);
  for (let row = 0; row < cells.length; row++) cells[row] = days[row]!;
  for (let at = 0; at < odd.length; at += 3) {
    const row = odd[at]!;
    if (row < first || row >= end) continue;
    const start = odd[at + 1]!;
    cells[row - first] = start < 0 ? undefined : text(start, odd[at + 2]!);
  }
  return cells;
}

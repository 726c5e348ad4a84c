/**
 * The CSV reader's worker thread (issue 14): reads the file's bytes after the header and cuts them
 * into batches with the byte scanner (`byte-scanner.ts`), posting each batch's columns as transferable
 * typed arrays and its bytes as their place in the ring shared with the main thread (`ring.ts`), so
 * that the main thread validates and computes while this thread scans. At most {@link AHEAD} batches
 * wait for the main thread, and the ring is all the bytes read ahead (bounded memory on any file).
 *
 * It hands the rest of the file back (`handover`: byte offset and line) where the byte scanner stops:
 * a record it does not take (see `byte-scanner.ts`), a header with a line break inside quotes, bytes
 * that are not UTF-8, a line longer than its buffer, or any failure of its own; the main thread then
 * reads on from there with `CsvScanner`, which gives the records or the error that a file gives (F29).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { isAscii, isUtf8 } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import { ByteRecordScanner, type ByteColumn } from "./byte-scanner";
import { RING_SLOTS, SLOT_BYTES, SLOT_READ_BYTES, slotBytes } from "./ring";

/** What the main thread tells the worker (`worker-batches.ts`). */
export interface CsvWorkerData {
  path: string;
  width: number;
  dayColumns: boolean[];
  /** Per column, whether its cells are skipped (their fields are still scanned). */
  skipped: boolean[];
  delimiter: "," | ";";
  batchSize: number;
  /** The bytes read, shared with the main thread (`ring.ts`). */
  ring: SharedArrayBuffer;
}

/** What the worker posts. */
export type CsvWorkerMessage =
  /** A batch: its columns, and its bytes `[start, start + length)` of ring slot `slot` (`ring.ts`). */
  | { type: "batch"; slot: number; start: number; length: number; ascii: boolean; rows: number; columns: ByteColumn[] }
  | { type: "handover"; offset: number; line: number }
  | { type: "end" };

/** The most batches posted and not yet taken by the main thread. */
const AHEAD = 8;

const LF = 10;
const CR = 13;
const QUOTE = 34;

let credit = AHEAD;
let wake: (() => void) | null = null;
/** The ring slot of each batch posted and not yet released by the main thread, in posting order. */
const postedSlots: number[] = [];
/** Per ring slot, its batches posted and not yet released. */
const slotUsers = new Int32Array(RING_SLOTS);

/** Resumes when the main thread next releases a batch. */
function released(): Promise<void> {
  return new Promise<void>((resolve) => (wake = resolve));
}

function post(message: CsvWorkerMessage, transfer: ArrayBufferLike[] = []): void {
  parentPort!.postMessage(message, transfer as ArrayBuffer[]);
}

async function run(data: CsvWorkerData): Promise<void> {
  const descriptor = openSync(data.path, "r");
  let slot = 0;
  let buffer = slotBytes(data.ring, slot, 0, SLOT_BYTES);
  let base = 0; // the file offset of buffer[0]
  let filled = 0;
  let eof = false;
  const fill = (): void => {
    const read = readSync(descriptor, buffer, filled, SLOT_READ_BYTES - filled, base + filled);
    if (read === 0) eof = true;
    filled += read;
  };
  let line = 1;
  let pos = 0;
  try {
    fill();
    if (filled >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) pos = 3;
    // The header: the first line that is not wholly empty (the main thread has read it: skipped here).
    for (;;) {
      let newline = buffer.subarray(0, filled).indexOf(LF, pos);
      if (newline < 0) {
        if (!eof) return post({ type: "handover", offset: 0, line: 1 }); // a header over 4 MiB
        newline = filled;
      }
      const lineEnd = newline > pos && buffer[newline - 1] === CR ? newline - 1 : newline;
      const empty = lineEnd === pos;
      if (!empty && buffer.subarray(pos, lineEnd).indexOf(QUOTE) >= 0) {
        // A quoted header: skipped when it ends on its first line, else CsvScanner reads the whole file.
        newline = quotedLineEnd(buffer, pos, filled, data.delimiter.charCodeAt(0));
        if (newline < 0) return post({ type: "handover", offset: 0, line: 1 });
      }
      pos = Math.min(newline + 1, filled);
      line++;
      if (!empty || (pos >= filled && eof)) break;
    }
    const scanner = new ByteRecordScanner(data.width, data.dayColumns, data.delimiter, data.batchSize, data.skipped);
    for (;;) {
      const batch = scanner.scan(buffer, pos, filled, eof);
      if (batch.rows > 0) {
        const region = buffer.subarray(batch.from, batch.next);
        const ascii = isAscii(region); // ASCII is UTF-8: the second check only for the rest
        if (!ascii && !isUtf8(region)) return post({ type: "handover", offset: base + batch.from, line });
        const transfer: ArrayBufferLike[] = [];
        for (const column of batch.columns) transfer.push(...buffersOf(column));
        while (credit <= 0) await released();
        credit--;
        postedSlots.push(slot);
        slotUsers[slot]! += 1;
        const { rows, columns } = batch;
        post({ type: "batch", slot, start: batch.from, length: region.length, ascii, rows, columns }, transfer);
      }
      line += batch.lines;
      pos = batch.next;
      if (batch.stop === "hard") return post({ type: "handover", offset: base + pos, line });
      if (pos >= filled && eof) return post({ type: "end" });
      if (batch.stop === "more" || pos >= filled) {
        // On to the next slot once the main thread has released every batch read into it, with the
        // unfinished line; the current slot stays as it is until its own batches are released.
        const next = (slot + 1) % RING_SLOTS;
        while (slotUsers[next]! > 0) await released();
        const target = slotBytes(data.ring, next, 0, SLOT_BYTES);
        target.set(buffer.subarray(pos, filled), 0);
        [buffer, slot] = [target, next];
        filled -= pos;
        base += pos;
        pos = 0;
        if (filled === SLOT_READ_BYTES) return post({ type: "handover", offset: base, line }); // a line over 4 MiB
        fill();
      }
    }
  } catch {
    // Whatever went wrong here, CsvScanner reads on from the last line handed over and reports it.
    post({ type: "handover", offset: base + pos, line });
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The LF that ends the quoted line from `pos` (RFC 4180: a field that starts with a quote runs to its
 * closing quote, `""` inside it), or −1 when a line break is inside quotes or no LF follows in `filled`.
 */
function quotedLineEnd(bytes: Uint8Array, pos: number, filled: number, delimiter: number): number {
  let inQuotes = false;
  let fieldStart = true;
  for (let at = pos; at < filled; at++) {
    const byte = bytes[at]!;
    if (inQuotes) {
      if (byte === LF || byte === CR) return -1;
      if (byte === QUOTE && bytes[at + 1] === QUOTE && at + 1 < filled) at++;
      else if (byte === QUOTE) inQuotes = false;
    } else if (byte === LF) return at;
    else {
      inQuotes = fieldStart && byte === QUOTE;
      fieldStart = byte === delimiter;
    }
  }
  return -1;
}

function buffersOf(column: ByteColumn): ArrayBufferLike[] {
  switch (column.kind) {
    case "day":
      return [
        column.days.buffer,
        ...(column.odd ? [column.odd.buffer] : []),
        ...(column.given ? [column.given.buffer] : []),
      ];
    case "code":
      return [column.codes.buffer];
    case "skipped":
      return [];
    default:
      return [column.offsets.buffer];
  }
}

/**
 * The file to read: given at the start, or, for a thread started before its file was known
 * (`worker-start.ts`), by the first message.
 */
let job = workerData as CsvWorkerData | null;
// Every later message gives one credit: the main thread has made the column batches of the oldest
// batch posted, and no longer reads its bytes.
parentPort!.on("message", (message: CsvWorkerData | number) => {
  if (job === null) {
    job = message as CsvWorkerData;
    void run(job).finally(() => parentPort!.close());
    return;
  }
  credit++;
  const slot = postedSlots.shift();
  if (slot !== undefined) slotUsers[slot]! -= 1;
  const resume = wake;
  wake = null;
  resume?.();
});
if (job !== null) void run(job).finally(() => parentPort!.close());

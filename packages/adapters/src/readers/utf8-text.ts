/**
 * Streams a file as strict UTF-8 text in chunks (concepts.md "Bad input as a whole", fine-print F29):
 * a leading BOM is stripped, a multi-byte character split between two chunks is carried over, and the
 * first invalid byte stops the read with `UsageError("not_utf8")` naming the file, byte offset and
 * line. Validation uses Node's native `buffer.isUtf8`; the exact offset is searched only on failure.
 */
import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";
import { UsageError } from "@virta/core";

/** Bytes read from the file at a time (fewer, larger reads: 64 KiB reads measured ~10 % slower). */
const CHUNK_BYTES = 1 << 20;

/**
 * Bytes handed out at a time (as text). A piece's rows are all alive until it is scanned, so pieces of
 * 64 KiB (about a thousand rows) keep garbage collection cheap; 1 Mi pieces measured markedly slower
 * (bench/read-csv.ts).
 */
const PIECE_BYTES = 1 << 16;

/**
 * How many bytes at the end of `bytes` begin a UTF-8 sequence that the chunk does not complete
 * (0 to 3); those bytes are carried over to the next chunk.
 *
 * @example
 * ```ts
 * incompleteTail(Uint8Array.of(0x61, 0xc3)); // 1 (the first byte of "ä")
 * incompleteTail(Uint8Array.of(0x61, 0xc3, 0xa4)); // 0
 * ```
 */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF).
 *
 * @example
 * ```ts
 * firstInvalidUtf8(Uint8Array.of(0x61, 0xe4, 0x62)); // 1 (a Latin-1 "ä")
 * firstInvalidUtf8(new TextEncoder().encode("äö€")); // -1
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > n) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Counts the line (1-based) of a byte offset by reading the file up to it; used only for messages. */
async function lineOfOffset(path: string, offset: number): Promise<number> {
  let line = 1;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(path, { start: 0, end: offset - 1, highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    for (let k = bytes.indexOf(10); k >= 0; k = bytes.indexOf(10, k + 1)) line++;
  }
  return line;
}

/**
 * Yields the text of a UTF-8 file chunk by chunk, without a leading BOM.
 *
 * @param label how messages name the file, e.g. `file "visits.csv"`
 * @param start the byte offset to read from (a reader reading on from there; no BOM is looked for)
 * @example
 * ```ts
 * let text = "";
 * for await (const chunk of readUtf8Chunks("visits.csv", 'file "visits.csv"')) text += chunk;
 * ```
 */
export async function* readUtf8Chunks(path: string, label: string, start = 0): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  let offset = start; // file offset of the first byte of `carry` + the current chunk
  let first = start === 0;
  for await (const read of createReadStream(path, { highWaterMark: CHUNK_BYTES, start })) {
    let bytes: Buffer = carry === null ? (read as Buffer) : Buffer.concat([carry, read as Buffer]);
    if (first) {
      first = false;
      if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    const tail = incompleteTail(bytes);
    const complete = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
    if (!isUtf8(complete)) await failNotUtf8(path, label, offset + firstInvalidUtf8(complete));
    carry = tail === 0 ? null : Buffer.from(bytes.subarray(bytes.length - tail));
    offset += complete.length;
    // Each piece is decoded on its own (cut before a character's first byte), so it is a flat string:
    // a slice of one big string would make every character read of the scanner go through the slice.
    for (let start = 0; start < complete.length; ) {
      let end = Math.min(start + PIECE_BYTES, complete.length);
      while (end < complete.length && (complete[end]! & 0xc0) === 0x80) end--;
      yield complete.toString("utf8", start, end);
      start = end;
    }
  }
  if (carry !== null) await failNotUtf8(path, label, offset);
}

async function failNotUtf8(path: string, label: string, offset: number): Promise<never> {
  const line = await lineOfOffset(path, offset);
  throw new UsageError(
    "not_utf8",
    `${label} is not UTF-8: invalid byte at offset ${offset} (line ${line}); save the file as UTF-8 (with or ` +
      "without BOM)",
    { file: path, byteOffset: offset, line },
  );
}

/**
 * The bytes the CSV reader's worker (`worker.ts`) reads a file into, shared with the main thread
 * (`worker-batches.ts`; issue 14): a ring of {@link RING_SLOTS} slots of one `SharedArrayBuffer`. The
 * worker reads into a slot and posts each batch as the place of its bytes in the ring, so that no
 * batch's bytes are copied; the main thread decodes a batch's cells while it makes its column batches,
 * then releases it, and the worker reads into a slot again only once every batch posted from it is
 * released. (A copy per batch cost the worker ≈ 40 ms of 2 M rows, and the main thread's collector
 * the 234 MB of buffers it received.)
 */
import { SLACK_BYTES } from "./byte-scanner";

/** Bytes read into a slot at a time; a line longer than this is handed over to `CsvScanner`. */
export const SLOT_READ_BYTES = 4 << 20;

/** A slot's size: what is read, and the slack the byte scanner needs after it. */
export const SLOT_BYTES = SLOT_READ_BYTES + SLACK_BYTES;

/** Slots in a ring: the worker reads ahead into at most all but the one the main thread decodes. */
export const RING_SLOTS = 4;

/**
 * A new ring for one file's worker.
 *
 * @example
 * ```ts
 * newRing().byteLength; // 4 × (4 MiB + 16)
 * ```
 */
export function newRing(): SharedArrayBuffer {
  return new SharedArrayBuffer(RING_SLOTS * SLOT_BYTES);
}

/**
 * The ring's bytes `[start, start + length)` of slot `slot`, as a `Buffer` (no copy).
 *
 * @example
 * ```ts
 * const ring = newRing();
 * slotBytes(ring, 1, 0, 16).byteOffset; // SLOT_BYTES
 * ```
 */
export function slotBytes(ring: SharedArrayBuffer, slot: number, start: number, length: number): Buffer {
  return Buffer.from(ring, slot * SLOT_BYTES + start, length);
}

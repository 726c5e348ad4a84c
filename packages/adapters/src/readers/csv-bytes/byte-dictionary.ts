/**
 * A column's dictionary for the CSV byte scanner (issue 14): the readers' `WordDictionary` (texts
 * keyed by their bytes as words), taking each new spelling's bytes from the scanner's buffer and
 * decoding them once, and handing over the spellings added since the last batch (`takeFresh`), which
 * the worker posts with the batch's codes. A spelling longer than 12 bytes is looked up by a hash of
 * its bytes and their comparison with the bytes it was first seen as, so that it too is decoded once
 * (not once per cell).
 */
import { DICTIONARY_LIMIT, WORD_MASKS, WordDictionary } from "../word-dictionary";

export { DICTIONARY_LIMIT, WORD_MASKS };

const DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The dictionary of one column (see the module comment).
 *
 * @example
 * ```ts
 * const dictionary = new ByteDictionary();
 * const bytes = new TextEncoder().encode("ab");
 * dictionary.shortCode(2, 0x6261, 0, 0, bytes, 0); // 0
 * dictionary.shortCode(2, 0x6261, 0, 0, bytes, 0); // 0 again
 * dictionary.takeFresh(); // ["ab"]
 * ```
 */
export class ByteDictionary extends WordDictionary {
  private sent = 0;
  /** The byte spellings of long texts seen so far, each with its code. */
  private readonly longSpellings: Array<{ bytes: Uint8Array; code: number }> = [];
  /** Open addressing over `longSpellings` by the hash of their bytes: an index + 1, 0 for an empty slot. */
  private longSlots = new Int32Array(16);

  /** The number of spellings. */
  get size(): number {
    return this.values.length;
  }

  /** The code of the spelling of `length` ≤ 12 bytes at `bytes[start]` with words `w0 w1 w2`, added when new. */
  shortCode(length: number, w0: number, w1: number, w2: number, bytes: Uint8Array, start: number): number {
    const code = this.find(length, w0, w1, w2);
    return code >= 0 ? code : this.addShort(length, w0, w1, w2, DECODER.decode(bytes.subarray(start, start + length)));
  }

  /** The code of a spelling longer than 12 bytes, `bytes[start, end)`, added when new. */
  longCodeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const slots = this.longSlots;
    const mask = slots.length - 1;
    let slot = hashBytes(bytes, start, end) & mask;
    for (let entry = slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = slots[slot]!) {
      const seen = this.longSpellings[entry - 1]!;
      if (sameBytes(seen.bytes, bytes, start, end)) return seen.code;
    }
    // New bytes: their text may still be known (malformed UTF-8 decodes as U+FFFD): `longCode` keys by text.
    const code = this.longCode(DECODER.decode(bytes.subarray(start, end)));
    // A copy (a `Buffer`'s `slice` would share the scanner's buffer, which the next chunk overwrites).
    this.longSpellings.push({ bytes: Uint8Array.prototype.slice.call(bytes, start, end), code });
    slots[slot] = this.longSpellings.length;
    if (this.longSpellings.length * 2 > slots.length) this.rehashLong(slots.length * 2);
    return code;
  }

  /** The spellings added since the last call, in code order. */
  takeFresh(): string[] {
    const fresh = this.values.slice(this.sent);
    this.sent = this.values.length;
    return fresh;
  }

  private rehashLong(size: number): void {
    const slots = new Int32Array(size);
    this.longSpellings.forEach(({ bytes }, index) => {
      let slot = hashBytes(bytes, 0, bytes.length) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = index + 1;
    });
    this.longSlots = slots;
  }
}

/** A 32-bit FNV-1a hash of `bytes[start, end)`. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
  return hash ^ (hash >>> 16);
}

/** Whether `seen` holds exactly the bytes `bytes[start, end)`. */
function sameBytes(seen: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (seen.length !== end - start) return false;
  for (let at = 0; at < seen.length; at++) if (seen[at] !== bytes[start + at]) return false;
  return true;
}

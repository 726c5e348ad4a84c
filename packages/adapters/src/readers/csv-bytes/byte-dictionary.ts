/**
 * A column's dictionary of spellings by their bytes, for the CSV byte scanner (issue 14): each
 * distinct spelling is decoded to a string once, and every cell of it becomes its code. A spelling of
 * at most 12 bytes is keyed by its length and its bytes as three 32-bit words (read by the scanner,
 * little-endian, the bytes past its end masked off), so a look-up compares four integers; a longer one
 * by its text.
 */

/** The most distinct spellings a column's dictionary takes before it gives byte ranges (identifiers). */
export const DICTIONARY_LIMIT = 4_096;

const DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

/** Per length 0–12 and word 0–2: the mask of the spelling's bytes in that word. */
export const WORD_MASKS = Int32Array.from({ length: 39 }, (_, at) => {
  const bytes = Math.max(0, Math.min(4, Math.floor(at / 3) - 4 * (at % 3)));
  return bytes === 4 ? -1 : (1 << (8 * bytes)) - 1;
});

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
export class ByteDictionary {
  /** Whether the column has stopped taking spellings (it gives byte ranges instead). */
  full = false;
  private readonly values: string[] = [];
  private sent = 0;
  /** Per code: length and the three words of a short spelling (length −1 for a long one). */
  private keys = new Int32Array(4 * 256);
  /** code + 1 per slot, 0 for an empty one. */
  private slots = new Int32Array(1 << 10);
  private readonly long = new Map<string, number>();

  /** The number of spellings. */
  get size(): number {
    return this.values.length;
  }

  /** The code of the spelling of `length` ≤ 12 bytes at `bytes[start]` with words `w0 w1 w2`, added when new. */
  shortCode(length: number, w0: number, w1: number, w2: number, bytes: Uint8Array, start: number): number {
    const code = this.find(length, w0, w1, w2);
    return code >= 0 ? code : this.add(length, w0, w1, w2, bytes, start);
  }

  /** The code of a short spelling, or −1 when it is new (small, so that the scanner's loop inlines it). */
  private find(length: number, w0: number, w1: number, w2: number): number {
    const keys = this.keys;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash(length, w0, w1, w2) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const at = (entry - 1) * 4;
      if (keys[at] === length && keys[at + 1] === w0 && keys[at + 2] === w1 && keys[at + 3] === w2) return entry - 1;
    }
  }

  private add(length: number, w0: number, w1: number, w2: number, bytes: Uint8Array, start: number): number {
    const code = this.push(DECODER.decode(bytes.subarray(start, start + length)));
    this.keys.set([length, w0, w1, w2], code * 4);
    if ((code + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code);
    return code;
  }

  /** The code of a spelling longer than 12 bytes, `bytes[start, end)`, added when new. */
  longCode(bytes: Uint8Array, start: number, end: number): number {
    const text = DECODER.decode(bytes.subarray(start, end));
    let code = this.long.get(text);
    if (code === undefined) {
      code = this.push(text);
      this.keys[code * 4] = -1;
      this.long.set(text, code);
    }
    return code;
  }

  /** The spellings added since the last call, in code order. */
  takeFresh(): string[] {
    const fresh = this.values.slice(this.sent);
    this.sent = this.values.length;
    return fresh;
  }

  private push(text: string): number {
    const code = this.values.length;
    this.values.push(text);
    if (this.keys.length < (code + 1) * 4) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    return code;
  }

  private place(code: number): void {
    const keys = this.keys;
    const mask = this.slots.length - 1;
    const at = code * 4;
    let slot = hash(keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = code + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let code = 0; code < this.values.length; code++) if (this.keys[code * 4]! >= 0) this.place(code);
  }
}

function hash(length: number, w0: number, w1: number, w2: number): number {
  const h = Math.imul(w0 ^ Math.imul(w1 ^ length, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77), 0xc2b2ae3d);
  return h ^ (h >>> 15);
}

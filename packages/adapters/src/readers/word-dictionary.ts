/**
 * A column's dictionary of distinct texts keyed by their bytes (issue 14), shared by the readers that
 * see a text's bytes before its string: the Parquet reader (DuckDB keeps a string of at most 12 bytes
 * inside its vector slot, `duckdb-vectors.ts`) and the CSV reader's byte scanner (`csv-bytes/`). A
 * text of at most 12 bytes is keyed by its length and its bytes as three little-endian 32-bit words
 * (the bytes past its end masked off by {@link WORD_MASKS}), so a look-up hashes four integers and
 * compares them; a longer text is keyed by its string. Each distinct text becomes a string once, and
 * every cell of it its code (0, 1, … in first-seen order).
 */

/** The most distinct texts a column's dictionary takes; beyond, a reader gives its cells one by one. */
export const DICTIONARY_LIMIT = 4_096;

/** Per length 0–12 and word 0–2 (index `length * 3 + word`): the mask of the text's bytes in that word. */
export const WORD_MASKS = Int32Array.from({ length: 39 }, (_, at) => {
  const bytes = Math.max(0, Math.min(4, Math.floor(at / 3) - 4 * (at % 3)));
  return bytes === 4 ? -1 : (1 << (8 * bytes)) - 1;
});

/**
 * The dictionary of one column (see the module comment).
 *
 * @example
 * ```ts
 * const dictionary = new WordDictionary();
 * dictionary.find(2, 0x6261, 0, 0); // -1: "ab" is new
 * dictionary.addShort(2, 0x6261, 0, 0, "ab"); // 0
 * dictionary.find(2, 0x6261, 0, 0); // 0
 * dictionary.longCode("a text of more than twelve bytes"); // 1
 * dictionary.values; // ["ab", "a text of more than twelve bytes"]
 * ```
 */
export class WordDictionary {
  /** The distinct texts, by code. */
  readonly values: string[] = [];
  /** Whether the column has stopped taking texts (its reader gives the cells one by one). */
  full = false;
  /** Per code: the length and the three words of a short text (length −1 for a long one). */
  private keys = new Int32Array(4 * 256);
  /** Open addressing over `keys`: a code + 1, 0 for an empty slot. */
  private slots = new Int32Array(1 << 10);
  private readonly long = new Map<string, number>();

  /** The code of the short text of `length` bytes with (masked, 32-bit signed) words `w0 w1 w2`, or −1. */
  find(length: number, w0: number, w1: number, w2: number): number {
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

  /** Adds the short text `text` (not found by {@link find}) and returns its code. */
  addShort(length: number, w0: number, w1: number, w2: number, text: string): number {
    const code = this.push(text);
    this.keys.set([length, w0, w1, w2], code * 4);
    if ((code + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code);
    return code;
  }

  /** The code of a text longer than 12 bytes, added when new. */
  longCode(text: string): number {
    let code = this.long.get(text);
    if (code === undefined) {
      code = this.push(text);
      this.keys[code * 4] = -1;
      this.long.set(text, code);
    }
    return code;
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

/**
 * A column's dictionary for the CSV byte scanner (issue 14): the readers' `WordDictionary` (texts
 * keyed by their bytes as words), taking each new spelling's bytes from the scanner's buffer and
 * decoding them once, and handing over the spellings added since the last batch (`takeFresh`), which
 * the worker posts with the batch's codes.
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
    return this.longCode(DECODER.decode(bytes.subarray(start, end)));
  }

  /** The spellings added since the last call, in code order. */
  takeFresh(): string[] {
    const fresh = this.values.slice(this.sent);
    this.sent = this.values.length;
    return fresh;
  }
}

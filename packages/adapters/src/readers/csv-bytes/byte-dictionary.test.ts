import { describe, expect, it } from "vitest";
import { ByteDictionary, WORD_MASKS } from "./byte-dictionary";

/** The code of `text` as the byte scanner asks for it: three masked little-endian words, or the long path. */
function codeOf(dictionary: ByteDictionary, text: string): number {
  const bytes = new Uint8Array(64);
  const length = new TextEncoder().encodeInto(text, bytes).written;
  if (length > 12) return dictionary.longCodeOfBytes(bytes, 0, length);
  const view = new DataView(bytes.buffer);
  const word = (index: number) => view.getInt32(4 * index, true) & WORD_MASKS[length * 3 + index]!;
  return dictionary.shortCode(length, word(0), word(1), word(2), bytes, 0);
}

describe("ByteDictionary (issue 14)", () => {
  it("masks the bytes past a spelling's end in each of its three words", () => {
    expect([...WORD_MASKS.slice(0, 3)]).toEqual([0, 0, 0]);
    expect([...WORD_MASKS.slice(3 * 3, 3 * 3 + 3)]).toEqual([0xffffff, 0, 0]);
    expect([...WORD_MASKS.slice(6 * 3, 6 * 3 + 3)]).toEqual([-1, 0xffff, 0]);
    expect([...WORD_MASKS.slice(12 * 3, 12 * 3 + 3)]).toEqual([-1, -1, -1]);
  });

  it("gives each distinct spelling one code, in order of first sight, and decodes it once", () => {
    const dictionary = new ByteDictionary();
    const spellings = ["", "a", "ab", "ä", "abcd", "abcde", "abcdefghijkl", "abcdefghijklm", "Ääkkösiä ja muuta"];
    expect(spellings.map((text) => codeOf(dictionary, text))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(spellings.map((text) => codeOf(dictionary, text))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(dictionary.takeFresh()).toEqual(spellings);
    expect(codeOf(dictionary, "new")).toBe(9);
    expect(dictionary.takeFresh()).toEqual(["new"]);
    expect(dictionary.takeFresh()).toEqual([]);
  });

  it("keeps codes through growth (thousands of spellings, short and long)", () => {
    const dictionary = new ByteDictionary();
    const spellings = Array.from({ length: 5_000 }, (_, index) => (index % 2 ? `c${index}` : `long-spelling-${index}`));
    spellings.forEach((text, index) => expect(codeOf(dictionary, text)).toBe(index));
    spellings.forEach((text, index) => expect(codeOf(dictionary, text)).toBe(index));
    expect(dictionary.size).toBe(5_000);
    expect(dictionary.takeFresh()).toEqual(spellings);
  });

  it("tells long spellings apart by all their bytes, and gives bytes of one text one code", () => {
    const dictionary = new ByteDictionary();
    const texts = ["abcdefghijklm", "abcdefghijklmn", "abcdefghijklmo", "bbcdefghijklm", "abcdefghijklm"];
    expect(texts.map((text) => codeOf(dictionary, text))).toEqual([0, 1, 2, 3, 0]);
    // Two malformed byte spellings decode to the same text (U+FFFD for each bad byte): one code, decoded once each.
    const bad = (byte: number) => Uint8Array.from({ length: 14 }, (_, index) => (index === 5 ? byte : 0x61));
    expect(dictionary.longCodeOfBytes(bad(0xff), 0, 14)).toBe(4);
    expect(dictionary.longCodeOfBytes(bad(0xfe), 0, 14)).toBe(4);
    expect(dictionary.longCodeOfBytes(bad(0xff), 0, 14)).toBe(4);
    expect(dictionary.takeFresh()).toEqual([...texts.slice(0, 4), "aaaaa\ufffdaaaaaaaa"]);
    // The bytes are compared where they lie in the buffer (an offset), not from its start.
    const shifted = new Uint8Array(40);
    new TextEncoder().encodeInto("xxabcdefghijklmnyy", shifted);
    expect(dictionary.longCodeOfBytes(shifted, 2, 16)).toBe(1);
  });

  it("keeps a copy of a long spelling's bytes, not a view of the buffer the scanner reuses", () => {
    const dictionary = new ByteDictionary();
    const buffer = Buffer.alloc(32);
    // Each spelling at the same place of the buffer, through the table's growth (which hashes the kept bytes).
    const texts = Array.from({ length: 40 }, (_, index) => `long-spelling-${String(index).padStart(2, "0")}`);
    const codes = (): number[] =>
      texts.map((text) => {
        buffer.write(text);
        return dictionary.longCodeOfBytes(buffer, 0, text.length);
      });
    expect(codes()).toEqual(texts.map((_, index) => index));
    expect(codes()).toEqual(texts.map((_, index) => index));
    expect(dictionary.takeFresh()).toEqual(texts);
  });
});

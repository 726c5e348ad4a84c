/**
 * Word-at-a-time byte search for the CSV byte scanner (`byte-scanner.ts`, issue 14): four bytes are
 * tested at once for a delimiter, a line feed, a quote or a carriage return (the "has a zero byte"
 * test of each byte XOR the byte sought). Only the first marked byte of a word counts: a later byte
 * may be marked by the borrow of an earlier one, but never a byte before the first match.
 */
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** 0x01 in each byte of a word. */
export const ONES = 0x01010101;
export const HIGH_BITS = 0x80808080 | 0;
const LF_WORD = Math.imul(LF, ONES);

/**
 * The high bit of each byte of the little-endian word `word` that is the delimiter or LF, and of no
 * byte before the first such byte (the bytes after it may be marked too: only the first counts).
 */
export function stopsIn(word: number, delimiterWord: number): number {
  const delimiters = word ^ delimiterWord;
  const newlines = word ^ LF_WORD;
  return (((delimiters - ONES) & ~delimiters) | ((newlines - ONES) & ~newlines)) & HIGH_BITS;
}

/** The index (0–3) of the first byte marked in `stops` (not 0). */
export function firstStop(stops: number): number {
  return (31 - Math.clz32(stops & -stops)) >> 3;
}

const QUOTE_WORD = Math.imul(QUOTE, ONES);
const CR_WORD = Math.imul(CR, ONES);

/**
 * The first quote, LF or CR after the opening quote at `start`, found a word at a time as
 * `fieldEndOf` finds a field's end (the sentinel LF at the end stops it; the words may read into the
 * slack after it). A byte loop here took a quoted file twice its scan time.
 */
export function closingQuote(view: DataView, start: number): number {
  for (let at = start + 1; ; at += 4) {
    const word = view.getInt32(at, true);
    const quotes = word ^ QUOTE_WORD;
    const newlines = word ^ LF_WORD;
    const returns = word ^ CR_WORD;
    const stops =
      (((quotes - ONES) & ~quotes) | ((newlines - ONES) & ~newlines) | ((returns - ONES) & ~returns)) & HIGH_BITS;
    if (stops !== 0) return at + firstStop(stops);
  }
}

/**
 * The end of the field from `start`: the next delimiter or LF, found a word at a time (the sentinel
 * LF at the end stops it; the words may read into the slack after it).
 */
export function fieldEndOf(view: DataView, start: number, delimiterWord: number): number {
  for (let at = start; ; at += 4) {
    const stops = stopsIn(view.getInt32(at, true), delimiterWord);
    if (stops !== 0) return at + firstStop(stops);
  }
}

/**
 * 1 when the field `bytes[start, cut)` ends its line with CR LF (the CR is not the cell's), else 0.
 * Both bytes are compared on every call, without a branch between them: a comparison first reached
 * only when a field ends at a line end that is rare for its column (the sentinel LF at the end of the
 * bytes read) had no type feedback, and the optimised scan was thrown away for it (10 optimisations of
 * `scan` for a 2 M-row file, where 3 now suffice).
 *
 * @example
 * ```ts
 * crBeforeLf(Buffer.from("a\r\n"), 0, 2); // 1
 * crBeforeLf(Buffer.from("a\n"), 0, 1);    // 0
 * ```
 */
export function crBeforeLf(bytes: Uint8Array, start: number, cut: number): number {
  return ((bytes[cut]! ^ LF) | (bytes[Math.max(cut - 1, start)]! ^ CR)) === 0 ? 1 : 0;
}

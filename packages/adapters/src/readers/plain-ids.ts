/**
 * Identifier cells that are only validated (`ReadTableOptions.onlyValidatedIds`, issue 14). A
 * column such as `client_id` reaches no result of most indicators: the validator only checks each cell
 * (F1 present after trimming, F5a no NUL, F6 at most 64 code points, F11 not a personal identity
 * code). Making a string of each of 2 M distinct identifiers, for the collector to free, cost about
 * 0.3 s of CPU per 2 M-row Parquet file (≈ 0.15 s from CSV). The Parquet reader (from DuckDB's string
 * slots) and the CSV reader's worker path (from the ring's bytes) therefore look at the bytes: a cell
 * whose bytes plainly pass that check — 1 to 12
 * printable ASCII characters (`!` … `~`, so no white space, no NUL, no more than 12 code points), and
 * not 11 of them beginning with a digit (F11's pattern begins with six digits) — therefore comes as
 * the column's *representative*: the first such cell's own text (of a length other than 11, so the
 * validator's quick check takes it), which passes the same check. Every other cell comes as itself.
 * A row rejected for the identifier is thus named with its own cell (F6), and every count is the same.
 */

/**
 * Whether the `length` bytes of `bytes` from `start` plainly pass the identifier check (see the module
 * comment).
 *
 * @example
 * ```ts
 * isPlainId(new TextEncoder().encode("c123"), 0, 4); // true
 * isPlainId(new TextEncoder().encode("c 12"), 0, 4); // false: white space
 * isPlainId(new TextEncoder().encode("010101A123X"), 0, 11); // false: could be an identity code
 * ```
 */
export function isPlainId(bytes: Uint8Array, start: number, length: number): boolean {
  if (length < 1 || length > 12) return false;
  if (length === 11 && bytes[start]! >= 0x30 && bytes[start]! <= 0x39) return false;
  for (let at = start; at < start + length; at++) {
    const byte = bytes[at]!;
    if (byte < 0x21 || byte > 0x7e) return false;
  }
  return true;
}

/**
 * The cells of one identifier column that is only validated: chunk by chunk from DuckDB's 16-byte
 * string slots (length, then up to 12 inlined bytes), or cell by cell from a CSV file's bytes.
 *
 * @example
 * ```ts
 * const ids = new PlainIdCells();
 * ids.read(words, bytes, valid, rowCount, cells, 0, (target) => readEach(…, target));
 * ```
 */
export class PlainIdCells {
  /** The column's representative, once a cell has given one. */
  representative: string | null = null;
  /** Rows of the current chunk that come as themselves. */
  private own = new Int32Array(2_048);

  /**
   * Reads `rowCount` cells into `cells` from `at` on (`null` absent): the plainly passing ones as the
   * representative (a plain cell before the first one of a length other than 11 as itself); the others
   * as `readAll` gives them, which is called, once, only when there are any, and fills an array of the
   * chunk's cells each as its own string.
   */
  read(
    words: Uint32Array,
    bytes: Uint8Array,
    valid: Uint32Array | null,
    rowCount: number,
    cells: unknown[],
    at: number,
    readAll: (target: unknown[]) => void,
  ): void {
    if (this.own.length < rowCount) this.own = new Int32Array(rowCount);
    const own = this.own;
    let representative = this.representative;
    let owned = 0;
    for (let row = 0; row < rowCount; row++) {
      if (valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0) {
        cells[at + row] = null;
        continue;
      }
      const start = row * 16 + 4;
      const length = words[row * 4]!;
      if (isPlainId(bytes, start, length)) {
        // The first plain cell of a length other than 11 is the representative: ASCII, so its bytes
        // are its characters.
        if (representative === null && length !== 11) {
          representative = this.representative = String.fromCharCode(...bytes.subarray(start, start + length));
        }
        if (representative !== null) {
          cells[at + row] = representative;
          continue;
        }
      }
      own[owned++] = row;
    }
    if (owned === 0) return;
    const all = new Array<unknown>(rowCount);
    readAll(all);
    for (let index = 0; index < owned; index++) cells[at + own[index]!] = all[own[index]!];
  }

  /**
   * One cell given by its bytes `[start, end)` (a CSV cell in the worker's ring): the representative
   * when it plainly passes and there is one (the first such cell of a length other than 11 becomes it),
   * else `text(start, end)`.
   *
   * @example
   * ```ts
   * const ids = new PlainIdCells();
   * const bytes = Buffer.from("c1,c2");
   * const text = (start: number, end: number) => bytes.toString("latin1", start, end);
   * [ids.cellOf(bytes, 0, 2, text), ids.cellOf(bytes, 3, 5, text)]; // ["c1", "c1"]
   * ```
   */
  cellOf(bytes: Uint8Array, start: number, end: number, text: (start: number, end: number) => string): string {
    const length = end - start;
    if (isPlainId(bytes, start, length)) {
      if (this.representative === null && length !== 11) this.representative = text(start, end);
      if (this.representative !== null) return this.representative;
    }
    return text(start, end);
  }
}

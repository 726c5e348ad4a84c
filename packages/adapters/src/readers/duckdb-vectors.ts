/**
 * Reads the vectors of a DuckDB chunk straight from their memory (issue 14), for the Parquet reader
 * (`parquet-duckdb.ts`): an INTEGER vector's values and validity mask as typed arrays, and a VARCHAR
 * vector's strings through a per-column dictionary. DuckDB keeps a string of at most 12 bytes inside
 * its 16-byte slot (length, then the bytes), so a short string is looked up by those bytes in an
 * integer hash table (`word-dictionary.ts`) and becomes a JS string once per distinct value, not once per cell (code
 * columns repeat a few spellings). A column with more than {@link DICTIONARY_LIMIT} distinct values
 * (identifiers) stops growing its dictionary and reads each cell as its own string. The strings are
 * exactly those of `getItem`, with a leading byte order mark kept (F1 trims ASCII white space only,
 * as DuckDB's SQL sees it).
 *
 * An INT64 column comes as numbers read from its BIGINT vector's words where safe (`int64Column`).
 *
 * A string longer than 12 bytes lies behind a pointer, which node-api reads one native call per cell
 * (≈ 0.7 µs: a 2 M-row file with 20-byte identifiers took 7 s instead of 2). Such a column is
 * therefore also selected in pieces of 12 characters from its fifth on (`substr`, `parquet-duckdb.ts`),
 * each inlined in its own slot; a long cell is rebuilt from the 4 bytes its own slot keeps and its
 * pieces' bytes ({@link Pieces}), and only a cell they do not wholly hold (longer than they cover,
 * non-ASCII among the first 4 bytes, or a piece over 12 bytes) is read through the pointer.
 */
import type { DuckDBVector } from "@duckdb/node-api";
import { MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY } from "./core-bindings";
import { dateFromEpochDays, integerValue } from "./parquet-values";
import { PlainIdCells } from "./plain-ids";
import type { RawValue } from "./table";
import { DICTIONARY_LIMIT, WORD_MASKS, WordDictionary } from "./word-dictionary";

export { DICTIONARY_LIMIT };

/**
 * The slots of one column's piece vectors in one chunk, in order: piece k holds characters
 * 12k + 5 … 12k + 16 of each cell (`substr(x, 12k + 5, 12)`), or is `null` when its internals are
 * unknown (the cells are then read through the pointer).
 */
export type Pieces = ReadonlyArray<Uint8Array | null>;

/** The parts of a DuckDB vector read here (node-api 1.5 internals, checked before use). */
interface VectorInternals {
  readonly items?: unknown;
  readonly dataView?: unknown;
  readonly validity?: { readonly data?: unknown };
}

/**
 * The validity mask of a vector as 32-bit words (bit k of the mask is bit k % 32 of word k >> 5,
 * little-endian), `null` when every cell is valid, or `undefined` when the internals are unknown.
 *
 * @example
 * ```ts
 * const valid = validWordsOf(vector);
 * const isValid = (row: number) => valid === null || (valid![row >>> 5]! & (1 << (row & 31))) !== 0;
 * ```
 */
export function validWordsOf(vector: DuckDBVector): Uint32Array | null | undefined {
  const data = (vector as unknown as VectorInternals).validity?.data;
  if (data === null) return null;
  if (!(data instanceof BigUint64Array)) return undefined;
  return new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
}

/**
 * Copies `rowCount` cells of an INTEGER or DATE vector (its days) into `target` from `at` on, writing
 * `absent` for a null cell.
 *
 * @example
 * ```ts
 * const days = new Int32Array(chunk.rowCount);
 * copyIntegers(chunk.getColumnVector(0), chunk.rowCount, days, 0, NULL_DAY);
 * ```
 */
export function copyIntegers(
  vector: DuckDBVector,
  rowCount: number,
  target: Int32Array,
  at: number,
  absent: number,
): void {
  const items = (vector as unknown as VectorInternals).items;
  const valid = validWordsOf(vector);
  if (!(items instanceof Int32Array) || valid === undefined) {
    for (let row = 0; row < rowCount; row++) {
      const value = vector.getItem(row) as number | { days: number } | null | undefined;
      if (value === null || value === undefined) target[at + row] = absent;
      else target[at + row] = typeof value === "number" ? value : value.days; // a DATE vector's value
    }
    return;
  }
  target.set(items.subarray(0, rowCount), at);
  if (valid === null) return;
  for (let row = 0; row < rowCount; row++) {
    if ((valid[row >>> 5]! & (1 << (row & 31))) === 0) target[at + row] = absent;
  }
}

/**
 * One chunk's numeric vector (TINYINT to INTEGER, their unsigned kinds, FLOAT, DOUBLE) as its cells,
 * read from the vector's typed array in one loop: numbers, `null` where absent, the values `getItem`
 * gives. `null` when the vector has no such array (BOOLEAN, BIGINT), whose cells are read one by one.
 *
 * @example
 * ```ts
 * numberColumn(chunk.getColumnVector(4), chunk.rowCount); // [729, null, 91, …]
 * ```
 */
export function numberColumn(vector: DuckDBVector, rowCount: number): RawValue[] | null {
  const items = (vector as unknown as VectorInternals).items;
  const valid = validWordsOf(vector);
  const numeric =
    items instanceof Int32Array ||
    items instanceof Int16Array ||
    items instanceof Int8Array ||
    items instanceof Uint32Array ||
    items instanceof Uint16Array ||
    items instanceof Uint8Array ||
    items instanceof Float64Array ||
    items instanceof Float32Array;
  if (!numeric || valid === undefined) return null;
  const cells = new Array<RawValue>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    cells[row] = valid === null || (valid[row >>> 5]! & (1 << (row & 31))) !== 0 ? items[row]! : null;
  }
  return cells;
}

/**
 * One chunk's DATE vector (day numbers as INTEGER) as a `day` column: an `Int32Array` read straight
 * from the vector (`NULL_DAY` absent), or, when a day lies outside years 0001–9999, an array with the
 * text of such days (see the module comment).
 *
 * @example
 * ```ts
 * dayColumn(chunk.getColumnVector(0), chunk.rowCount); // Int32Array [19813, NULL_DAY, …]
 * ```
 */
export function dayColumn(vector: DuckDBVector, rowCount: number): ArrayLike<unknown> {
  const days = new Int32Array(rowCount);
  copyIntegers(vector, rowCount, days, 0, NULL_DAY);
  for (let r = 0; r < rowCount; r++) {
    const day = days[r]!;
    if ((day < MIN_DATA_DAY_NUMBER || day > MAX_DAY_NUMBER) && day !== NULL_DAY) return mixedDayColumn(days);
  }
  return days;
}

function mixedDayColumn(days: Int32Array): unknown[] {
  const cells = new Array<unknown>(days.length);
  for (let r = 0; r < days.length; r++) {
    const day = days[r]!;
    if (day === NULL_DAY) cells[r] = null;
    else cells[r] = day < MIN_DATA_DAY_NUMBER || day > MAX_DAY_NUMBER ? dateFromEpochDays(day) : day;
  }
  return cells;
}

/**
 * The 16-byte slots of a VARCHAR vector (length, then the bytes of a string of at most 12 bytes), or
 * `null` when its internals are unknown.
 *
 * @example
 * ```ts
 * const slots = slotsOf(chunk.getColumnVector(1)); // Uint8Array of 16 · rowCount bytes
 * ```
 */
export function slotsOf(vector: DuckDBVector): Uint8Array | null {
  const view = (vector as unknown as VectorInternals).dataView;
  return view instanceof DataView ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : null;
}

/** A VARCHAR cell as `getItem` gives it, with a leading byte order mark put back (see the module comment). */
function itemOf(vector: DuckDBVector, bytes: Uint8Array | null, view: DataView | null, row: number): string | null {
  const text = vector.getItem(row) as string | null;
  if (text === null || bytes === null || view === null) return text;
  // `getItem` decodes with a TextDecoder that drops a leading U+FEFF; the first 4 bytes of every
  // string (inlined or not) sit in its slot, so a BOM is seen there.
  const at = row * 16 + 4;
  const bom =
    bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf && view.getUint32(row * 16, true) >= 3;
  return bom ? `\uFEFF${text}` : text;
}

/**
 * The strings of one VARCHAR column of a scan: a dictionary of its distinct values (codes 0, 1, … in
 * first-seen order, kept for the whole scan) while it has at most {@link DICTIONARY_LIMIT} of them.
 */
export class TextColumnReader extends WordDictionary {
  /** An identifier column that is only validated: its plainly passing cells (`plain-ids.ts`). */
  private readonly plainIds: PlainIdCells | null;

  /** A reader of one column; `onlyValidatedId`: an identifier column that is only validated (`plain-ids.ts`). */
  constructor(onlyValidatedId = false) {
    super();
    this.plainIds = onlyValidatedId ? new PlainIdCells() : null;
    if (onlyValidatedId) this.full = true; // no dictionary: a few spellings would not repeat
  }

  /**
   * Reads `rowCount` cells of `vector` into `cells` from `at` on (`null` for absent): while the
   * dictionary is not full, the same spelling is the same string, and `codes` (when given) gets its
   * code (−1 absent).
   */
  read(
    vector: DuckDBVector,
    rowCount: number,
    cells: unknown[],
    at: number,
    codes: Int32Array | null,
    pieces: Pieces = [],
  ): void {
    const internals = vector as unknown as VectorInternals;
    const view = internals.dataView;
    const valid = validWordsOf(vector);
    if (!(view instanceof DataView) || valid === undefined || view.byteOffset % 4 !== 0) {
      for (let row = 0; row < rowCount; row++) {
        const text = vector.getItem(row) as string | null;
        cells[at + row] = text;
        if (codes !== null) codes[at + row] = text === null ? -1 : this.longCode(text);
      }
      if (this.values.length > DICTIONARY_LIMIT) this.full = true;
      return;
    }
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const words = new Uint32Array(view.buffer, view.byteOffset, view.byteLength >>> 2);
    const long = (row: number): string => this.longText(vector, bytes, view, row, pieces);
    if (this.plainIds !== null) {
      const readAll = (target: unknown[]) => readEach(vector, bytes, view, words, valid, rowCount, target, 0, long);
      this.plainIds.read(words, bytes, valid, rowCount, cells, at, readAll);
      return;
    }
    if (this.full) {
      readEach(vector, bytes, view, words, valid, rowCount, cells, at, long);
      return;
    }
    const values = this.values;
    for (let row = 0; row < rowCount; row++) {
      if (valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0) {
        cells[at + row] = null;
        if (codes !== null) codes[at + row] = -1;
        continue;
      }
      const slot = row * 4;
      const length = words[slot]!;
      let code: number;
      if (length > 12) code = this.longCode(long(row));
      else {
        const w0 = words[slot + 1]! & WORD_MASKS[length * 3]!;
        const w1 = words[slot + 2]! & WORD_MASKS[length * 3 + 1]!;
        const w2 = words[slot + 3]! & WORD_MASKS[length * 3 + 2]!;
        code = this.find(length, w0, w1, w2);
        if (code < 0) code = this.addShort(length, w0, w1, w2, itemOf(vector, bytes, view, row)!);
      }
      cells[at + row] = values[code];
      if (codes !== null) codes[at + row] = code;
    }
    if (values.length > DICTIONARY_LIMIT) this.full = true;
  }

  /** Room for the bytes of a long cell rebuilt from its pieces. */
  private scratch = Buffer.alloc(64);

  /**
   * The byte length of the longest cell read through its pointer because it was longer than its pieces
   * cover (0 when none was): the reader then selects the column in more pieces (`piecesAfter`).
   */
  longestUncovered = 0;

  /**
   * A cell longer than 12 bytes: rebuilt from its pieces when they hold it wholly (each inlined, their
   * bytes adding up to the cell's), otherwise read through its pointer.
   */
  private longText(vector: DuckDBVector, bytes: Uint8Array, view: DataView, row: number, pieces: Pieces): string {
    const start = row * 16;
    const length = view.getUint32(start, true);
    // The slot keeps the first 4 bytes; the pieces start at character 5, so the prefix must be ASCII.
    let high = bytes[start + 4]! | bytes[start + 5]! | bytes[start + 6]! | bytes[start + 7]!;
    if (4 + pieces.length * 12 >= length && high < 0x80) {
      if (this.scratch.length < length) this.scratch = Buffer.alloc(4 + pieces.length * 12);
      const scratch = this.scratch;
      for (let k = 0; k < 4; k++) scratch[k] = bytes[start + 4 + k]!;
      let filled = 4;
      for (const slots of pieces) {
        if (slots === null) break;
        const size = slots[start]! | (slots[start + 1]! << 8) | (slots[start + 2]! << 16) | (slots[start + 3]! << 24);
        if (size > 12 || filled + size > length) break;
        for (let k = 0; k < size; k++) high |= scratch[filled + k] = slots[start + 4 + k]!;
        filled += size;
        if (filled === length) {
          // ASCII as Latin-1 (the same code points); anything else as UTF-8, a leading BOM kept.
          return high < 0x80 ? latin1(scratch, length) : UTF8.decode(scratch.subarray(0, length));
        }
      }
    }
    if (length > 4 + pieces.length * 12 && length > this.longestUncovered) this.longestUncovered = length;
    return itemOf(vector, bytes, view, row)!;
  }
}

/**
 * Reads each cell as its own string: ASCII strings of at most 12 bytes from the slot, longer ones by
 * `long`, others by `getItem`. The short ASCII cells are cut from one Latin-1 string of the chunk's
 * slots, decoded at the first such cell (one native call per chunk; V8 copies a cut of under 13
 * characters, so no cell keeps it alive). This is ≈ 30 % faster than `String.fromCharCode` per cell,
 * and it has no branch per length: each length first met after the loop was optimised (ids `v1`…
 * `v1999999` grow by one character ten times) threw the optimised loop away.
 */
function readEach(
  vector: DuckDBVector,
  bytes: Uint8Array,
  view: DataView,
  words: Uint32Array,
  valid: Uint32Array | null,
  rowCount: number,
  cells: unknown[],
  at: number,
  long: (row: number) => string,
): void {
  let slots: string | null = null;
  for (let row = 0; row < rowCount; row++) {
    if (valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0) {
      cells[at + row] = null;
      continue;
    }
    const slot = row * 4;
    const length = words[slot]!;
    // ASCII of at most 12 bytes: the string of its bytes; anything else as `getItem` decodes it.
    let text: string | null = null;
    if (length <= 12) {
      const high =
        (words[slot + 1]! & WORD_MASKS[length * 3]!) |
        (words[slot + 2]! & WORD_MASKS[length * 3 + 1]!) |
        (words[slot + 3]! & WORD_MASKS[length * 3 + 2]!);
      if ((high & 0x80808080) === 0) {
        slots ??= latin1(Buffer.from(bytes.buffer, bytes.byteOffset, rowCount * 16), rowCount * 16);
        text = slots.slice(row * 16 + 4, row * 16 + 4 + length);
      }
    } else text = long(row);
    cells[at + row] = text ?? itemOf(vector, bytes, view, row);
  }
}

/** The first `length` bytes of `buffer` as Latin-1 (Node's own slice, without `toString`'s checks when there). */
const latin1: (buffer: Buffer, length: number) => string =
  typeof (Buffer.prototype as { latin1Slice?: unknown }).latin1Slice === "function"
    ? (buffer, length) =>
        (buffer as unknown as { latin1Slice(start: number, end: number): string }).latin1Slice(0, length)
    : (buffer, length) => buffer.toString("latin1", 0, length);

/** UTF-8 as `getItem` decodes it, but keeping a leading byte order mark (see the module comment). */
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** 2^21: the high word of a safe integer lies in [−2^21, 2^21) (|value| < 2^53). */
const SAFE_HIGH = 2_097_152;

/**
 * One chunk's BIGINT column (an INT64 column selected as it is) as `integerValue` gives it: a number
 * when safe, its exact text otherwise, `null` absent. A safe value is read from the two 32-bit words of
 * the vector's memory (no BigInt per cell); only the others are made from the vector's BigInt.
 *
 * @example
 * ```ts
 * int64Column(chunk.getColumnVector(2), chunk.rowCount); // [42, "9007199254740993", null]
 * ```
 */
export function int64Column(vector: DuckDBVector, rowCount: number): RawValue[] {
  const cells = new Array<RawValue>(rowCount);
  const items = (vector as unknown as VectorInternals).items;
  const valid = validWordsOf(vector);
  if (!(items instanceof BigInt64Array) || valid === undefined) {
    for (let r = 0; r < rowCount; r++) {
      const value = vector.getItem(r) as bigint | null | undefined;
      cells[r] = value === null || value === undefined ? null : integerValue(value);
    }
    return cells;
  }
  const words = new Int32Array(items.buffer, items.byteOffset, rowCount * 2); // little-endian: low, high
  for (let r = 0; r < rowCount; r++) {
    if (valid !== null && (valid[r >>> 5]! & (1 << (r & 31))) === 0) {
      cells[r] = null;
      continue;
    }
    const high = words[2 * r + 1]!;
    const value = high * 4_294_967_296 + (words[2 * r]! >>> 0);
    // −2^53 has a safe high word but is not a safe integer.
    cells[r] =
      high >= -SAFE_HIGH && high < SAFE_HIGH && value !== -9_007_199_254_740_992 ? value : items[r]!.toString();
  }
  return cells;
}

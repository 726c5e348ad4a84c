/**
 * The CSV reader's byte scanner (issue 14; fine-print F1, F4, F9, F29): cuts the records of a CSV
 * file's bytes into typed columns without making a string per cell, so that it can run in a worker
 * thread (`worker.ts`) and hand its columns over as transferable arrays:
 *
 * - a day column's plain `YYYY-MM-DD` dates of years 0001–9999 as day numbers (`scanDateBytes`, the
 *   rule of `scanDate`), and its date-times as the day numbers of their dates in Finland
 *   (`scanDateTimeBytes`, F4) with their byte ranges (`given`: a rejection names the cell as given);
 *   any other cell of it (empty, not a date) as its byte range;
 * - every other column as dictionary codes while it has at most {@link DICTIONARY_LIMIT} distinct
 *   spellings (a code column: each spelling is decoded once), then as byte ranges (identifiers);
 * - a column whose cells are not read (`ReadTableOptions.readColumns`) as nothing: its fields are
 *   only scanned over.
 *
 * It takes what `CsvScanner` takes: records end at LF, a CR before the LF is dropped, wholly empty
 * lines are no records (F29), a short record leaves its missing cells absent (F1), a quoted field's
 * cell is its content (RFC 4180) and a quote inside an unquoted field is a character. It stops before
 * a record it does not take itself — a quoted field with a doubled quote or a line break inside, text
 * after a closing quote, more fields than the header — so that the caller hands the rest of the file to
 * `CsvScanner`, which gives that record's fields or its error exactly (and the reader, a plain date of
 * a day column in a record with a quote as its day number, as here). */
import { MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, scanDateBytes, scanDateTimeBytes } from "../core-bindings";
import { ByteDictionary, DICTIONARY_LIMIT, WORD_MASKS } from "./byte-dictionary";
import { closingQuote, crBeforeLf, fieldEndOf, firstStop, HIGH_BITS, ONES, stopsIn } from "./byte-words";

export { DICTIONARY_LIMIT };

/** One column of a scanned batch (see the module comment). */
export type ByteColumn =
  /**
   * Day numbers; `odd` lists (row, start, end) of the other cells, start −1 for an absent one; `given`
   * holds (start, end) per row of a date-time's text (start −1 for the other rows), or is null.
   */
  | { kind: "day"; days: Int32Array; odd: Int32Array | null; given: Int32Array | null }
  /** Dictionary codes (−1: absent) and the spellings new since the previous batch, in code order. */
  | { kind: "code"; codes: Int32Array; fresh: string[] }
  /** (start, end) byte offsets per row (start −1: absent). */
  | { kind: "text"; offsets: Int32Array }
  /** A column whose cells are not read (`ReadTableOptions.readColumns`): its fields are only scanned over. */
  | { kind: "skipped" };

/** What one call of {@link ByteRecordScanner.scan} found. */
export interface ScannedBatch {
  /** The records taken (at most the batch size). */
  rows: number;
  /** Per column, its cells; byte offsets are relative to `from`. */
  columns: ByteColumn[];
  /** Where the scan started and where it stopped (the first byte not consumed). */
  from: number;
  next: number;
  /** Physical lines consumed (records and empty lines). */
  lines: number;
  /**
   * Why it stopped before the batch was full: `more` (no complete line left in the bytes given),
   * `hard` (the record at `next` needs `CsvScanner`), or null (full, or the bytes ended).
   */
  stop: "more" | "hard" | null;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Bytes a caller leaves free after `end` (the scanner's sentinel and its reads of whole words). */
export const SLACK_BYTES = 16;

/** Day cache slots: years 1900–2155 by month 0–12 and day 0–31. */
const DAY_CACHE_SIZE = 256 * 13 * 32;

/** A day cache slot not yet computed, and one whose text is no date. */
const UNKNOWN = -0x80000000;
const NO_DATE = -0x7fffffff;

/**
 * Scans batches of quote-free records (see the module comment), keeping each column's dictionary
 * from batch to batch.
 *
 * @example
 * ```ts
 * const scanner = new ByteRecordScanner(3, [false, false, true], ",", 1024);
 * const bytes = Buffer.alloc(64);
 * const end = bytes.write("v1,a,2024-01-05\nv2,a,\n");
 * const batch = scanner.scan(bytes, 0, end, true);
 * // batch.rows 2; columns[1] codes [0, 0] (fresh ["a"]); columns[2] days [19727, …], odd [1, 21, 21]
 * ```
 */
export class ByteRecordScanner {
  private readonly dictionaries: Array<ByteDictionary | null>;
  private readonly delimiter: number;
  /** Day numbers of dates of years 1900–2155 by year, month and day digits (`scanDateBytes`, cached). */
  private readonly dayCache = new Int32Array(DAY_CACHE_SIZE).fill(UNKNOWN);

  constructor(
    readonly width: number,
    private readonly dayColumns: readonly boolean[],
    delimiter: "," | ";",
    readonly batchSize: number,
    private readonly skipped: readonly boolean[] = [],
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.dictionaries = dayColumns.map((day, column) => (day || skipped[column] ? null : new ByteDictionary()));
  }

  /**
   * Scans records from `from` while fewer than the batch size are taken; `end` is the end of the bytes
   * read so far, and `final` says that the file ends there (a last line may then lack its LF). The
   * scanner writes a sentinel LF at `bytes[end]`: the caller leaves {@link SLACK_BYTES} after `end`.
   */
  scan(bytes: Uint8Array, from: number, end: number, final: boolean): ScannedBatch {
    const { width, batchSize, delimiter } = this;
    const delimiterWord = Math.imul(delimiter, ONES);
    const dictionaries = this.dictionaries;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const days: Array<Int32Array | null> = [];
    const odd: number[][] = [];
    const codes: Array<Int32Array | null> = [];
    const offsets: Array<Int32Array | null> = [];
    for (let column = 0; column < width; column++) {
      const dictionary = dictionaries[column];
      days.push(this.dayColumns[column] && !this.skipped[column] ? new Int32Array(batchSize) : null);
      odd.push([]);
      codes.push(dictionary && !dictionary.full ? new Int32Array(batchSize) : null);
      offsets.push(dictionary?.full ? new Int32Array(batchSize * 2) : null);
    }
    this.given = [];
    bytes[end] = LF;
    let pos = from;
    let rows = 0;
    let lines = 0;
    let stop: ScannedBatch["stop"] = null;
    while (rows < batchSize && pos < end) {
      const first = bytes[pos];
      if (first === LF || (first === CR && bytes[pos + 1] === LF && (pos + 1 < end || final))) {
        pos += first === LF ? 1 : 2; // a wholly empty line is no record (F29)
        lines++;
        continue;
      }
      let start = pos;
      let column = 0;
      let cut = pos;
      for (;;) {
        if (column >= width) {
          stop = "hard"; // more fields than the header: CsvScanner names the record
          break;
        }
        let fieldEnd: number;
        const dayColumn = days[column]!;
        if (bytes[start] === QUOTE) {
          // A quoted field on one line without a doubled quote: its content is the cell; else CsvScanner.
          const close = closingQuote(view, start);
          const after = bytes[close + 1];
          cut = after === CR && bytes[close + 2] === LF ? close + 2 : close + 1;
          if (close >= end) {
            stop = final ? "hard" : "more"; // not closed in the bytes read
            break;
          }
          if (bytes[close] !== QUOTE || (after !== delimiter && bytes[cut] !== LF)) {
            stop = "hard"; // a line break or a doubled quote inside, or text after the closing quote
            break;
          }
          this.store(column, rows, start + 1, close, from, view, bytes, days, odd, codes, offsets);
        } else if (dayColumn !== null) {
          const after = bytes[start + 10]; // within the slack after the sentinel
          const crlf = after === CR && bytes[start + 11] === LF && start + 11 <= end;
          let day = Number.NaN;
          if (start + 10 <= end && (after === delimiter || after === LF || crlf)) day = this.day(view, bytes, start);
          if (day >= MIN_DATA_DAY_NUMBER) {
            dayColumn[rows] = day;
            cut = crlf ? start + 11 : start + 10;
            fieldEnd = start + 10;
          } else {
            fieldEnd = cut = fieldEndOf(view, start, delimiterWord);
            fieldEnd -= crBeforeLf(bytes, start, cut);
            day = this.dayOrDateTime(view, bytes, start, fieldEnd, column, rows, from);
            if (day >= MIN_DATA_DAY_NUMBER) dayColumn[rows] = day;
            else odd[column]!.push(rows, start - from, fieldEnd - from);
          }
        } else {
          const codeColumn = codes[column]!;
          if (codeColumn !== null) {
            // The field's first three words: its end is found in them, and they are its short key.
            const w0 = view.getInt32(start, true);
            let stops = stopsIn(w0, delimiterWord);
            let w1 = 0;
            let w2 = 0;
            if (stops !== 0) fieldEnd = start + firstStop(stops);
            else {
              w1 = view.getInt32(start + 4, true);
              stops = stopsIn(w1, delimiterWord);
              if (stops !== 0) fieldEnd = start + 4 + firstStop(stops);
              else {
                w2 = view.getInt32(start + 8, true);
                stops = stopsIn(w2, delimiterWord);
                fieldEnd = stops !== 0 ? start + 8 + firstStop(stops) : fieldEndOf(view, start + 12, delimiterWord);
              }
            }
            cut = fieldEnd;
            fieldEnd -= crBeforeLf(bytes, start, cut);
            const length = fieldEnd - start;
            const dictionary = dictionaries[column]!;
            codeColumn[rows] =
              length > 12
                ? dictionary.longCodeOfBytes(bytes, start, fieldEnd)
                : dictionary.shortCode(
                    length,
                    w0 & WORD_MASKS[length * 3]!,
                    w1 & WORD_MASKS[length * 3 + 1]!,
                    w2 & WORD_MASKS[length * 3 + 2]!,
                    bytes,
                    start,
                  );
          } else {
            fieldEnd = cut = fieldEndOf(view, start, delimiterWord);
            fieldEnd -= crBeforeLf(bytes, start, cut);
            const pairs = offsets[column]!;
            if (pairs !== null) {
              pairs[2 * rows] = start - from;
              pairs[2 * rows + 1] = fieldEnd - from;
            }
          }
        }
        column++;
        if (bytes[cut] === LF) break;
        start = cut + 1;
      }
      if (stop === null && cut >= end && !final) stop = "more"; // the line goes on in bytes not read yet
      if (stop !== null) break;
      for (; column < width; column++) absent(column, rows, days, odd, codes, offsets);
      rows++;
      lines++;
      pos = Math.min(cut + 1, end);
    }
    // Called on every scan (−1: no row to drop), so that the optimised scan has its call's feedback
    // before the first stop inside a row (at the end of the first bytes read).
    dropRow(odd, stop === null ? -1 : rows);
    const columns = this.columnsOf(days, odd, codes, offsets, rows);
    return { rows, columns, from, next: pos, lines, stop };
  }

  /** The batch's columns, from the arrays the scan filled (a column past its dictionary's limit turns to text). */
  private columnsOf(
    days: Array<Int32Array | null>,
    odd: number[][],
    codes: Array<Int32Array | null>,
    offsets: Array<Int32Array | null>,
    rows: number,
  ): ByteColumn[] {
    const dictionaries = this.dictionaries;
    const columns: ByteColumn[] = [];
    for (let column = 0; column < this.width; column++) {
      const dayColumn = days[column]!;
      const codeColumn = codes[column]!;
      if (dayColumn !== null) {
        const list = odd[column]!;
        const given = this.given[column] ?? null;
        columns.push({ kind: "day", days: dayColumn, odd: list.length === 0 ? null : Int32Array.from(list), given });
      } else if (codeColumn !== null) {
        const dictionary = dictionaries[column]!;
        // Spellings met in a row not taken stay fresh until a batch with rows is sent (no batch is without).
        columns.push({ kind: "code", codes: codeColumn, fresh: rows > 0 ? dictionary.takeFresh() : [] });
        // A column past the limit (identifiers) gives byte ranges from the next batch on.
        if (dictionary.size > DICTIONARY_LIMIT) dictionary.full = true;
      } else if (this.skipped[column]) columns.push({ kind: "skipped" });
      else columns.push({ kind: "text", offsets: offsets[column]! });
    }
    return columns;
  }

  /** Stores the cell `bytes[start, end)` of a quoted field in its column (see the module comment). */
  private store(
    column: number,
    row: number,
    start: number,
    end: number,
    from: number,
    view: DataView,
    bytes: Uint8Array,
    days: Array<Int32Array | null>,
    odd: number[][],
    codes: Array<Int32Array | null>,
    offsets: Array<Int32Array | null>,
  ): void {
    const length = end - start;
    const dayColumn = days[column];
    const codeColumn = codes[column];
    if (dayColumn) {
      const day = length >= 10 ? this.dayOrDateTime(view, bytes, start, end, column, row, from) : Number.NaN;
      if (day >= MIN_DATA_DAY_NUMBER) dayColumn[row] = day;
      else odd[column]!.push(row, start - from, end - from);
    } else if (codeColumn) {
      const dictionary = this.dictionaries[column]!;
      // The words are read inline (a closure per cell cost a quoted file a third of its scan time).
      codeColumn[row] =
        length > 12
          ? dictionary.longCodeOfBytes(bytes, start, end)
          : dictionary.shortCode(
              length,
              view.getInt32(start, true) & WORD_MASKS[length * 3]!,
              view.getInt32(start + 4, true) & WORD_MASKS[length * 3 + 1]!,
              view.getInt32(start + 8, true) & WORD_MASKS[length * 3 + 2]!,
              bytes,
              start,
            );
    } else {
      const pairs = offsets[column];
      if (!pairs) return; // a skipped column
      pairs[2 * row] = start - from;
      pairs[2 * row + 1] = end - from;
    }
  }

  /** Per day column, the (start, end) of each date-time cell of the batch being scanned (see `ByteColumn`). */
  private given: Array<Int32Array | undefined> = [];

  /**
   * The day number of the day column's cell `bytes[start, end)`: a plain date, or a date-time of a day
   * in years 0001–9999 (F4), whose range is kept in `given`; NaN for anything else.
   */
  private dayOrDateTime(
    view: DataView,
    bytes: Uint8Array,
    start: number,
    end: number,
    column: number,
    row: number,
    from: number,
  ): number {
    if (end - start === 10) return this.day(view, bytes, start);
    if (end - start < 19) return Number.NaN;
    const day = scanDateTimeBytes(bytes, start, end);
    if (!(day >= MIN_DATA_DAY_NUMBER && day <= MAX_DAY_NUMBER)) return Number.NaN;
    const given = (this.given[column] ??= new Int32Array(this.batchSize * 2).fill(-1));
    given[2 * row] = start - from;
    given[2 * row + 1] = end - from;
    return day;
  }

  /**
   * `scanDateBytes` of the ten bytes at `start`, cached for years 1900–2155 (the same rule): the digits
   * are checked four and two at a time in words, and the cache is indexed by year, month and day.
   */
  private day(view: DataView, bytes: Uint8Array, start: number): number {
    const year = view.getInt32(start, true);
    const middle = view.getInt32(start + 4, true); // "-MM-"
    const date = view.getUint16(start + 8, true);
    const month = (middle >>> 8) & 0xffff;
    const years = year - 0x30303030;
    const months = month - 0x3030;
    const dates = date - 0x3030;
    const key =
      (((years & 0xff) * 1000 + ((years >>> 8) & 0xff) * 100 + ((years >>> 16) & 0xff) * 10 + (years >>> 24) - 1900) *
        13 +
        (months & 0xff) * 10 +
        (months >>> 8)) *
        32 +
      (dates & 0xff) * 10 +
      (dates >>> 8);
    // Plain digits and dashes, month ≤ 12 and day ≤ 31 within the cached years; the rest as scanDateBytes says.
    const plain =
      ((years | (0x39393939 - year) | months | (0x3939 - month) | dates | (0x3939 - date)) & HIGH_BITS) === 0 &&
      (middle & 0xff0000ff) === 0x2d00002d &&
      (months & 0xff) * 10 + (months >>> 8) <= 12 &&
      (dates & 0xff) * 10 + (dates >>> 8) <= 31 &&
      key >= 0 &&
      key < DAY_CACHE_SIZE;
    const day = plain ? this.dayCache[key]! : UNKNOWN;
    return day > NO_DATE ? day : this.slowDay(bytes, start, plain ? key : -1);
  }

  /** `scanDateBytes` of the bytes at `start`, kept in the cache at `key` (−1: not cacheable). */
  private slowDay(bytes: Uint8Array, start: number, key: number): number {
    if (key >= 0 && this.dayCache[key] === NO_DATE) return Number.NaN;
    const day = scanDateBytes(bytes, start);
    if (key >= 0) this.dayCache[key] = Number.isNaN(day) ? NO_DATE : day;
    return day;
  }
}

/** Forgets the cells of a row that was not taken (the lists of other day cells); none for row −1. */
function dropRow(odd: number[][], row: number): void {
  for (const list of odd) while (list.length > 0 && list[list.length - 3] === row) list.length -= 3;
}

/** Marks a short record's missing cell absent (F1). */
function absent(
  column: number,
  row: number,
  days: Array<Int32Array | null>,
  odd: number[][],
  codes: Array<Int32Array | null>,
  offsets: Array<Int32Array | null>,
): void {
  if (days[column] !== null) odd[column]!.push(row, -1, -1);
  else if (codes[column] !== null) codes[column]![row] = -1;
  else if (offsets[column] !== null) offsets[column]![2 * row] = -1;
}

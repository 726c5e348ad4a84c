/**
 * An incremental RFC 4180 record scanner over text chunks (fine-print F29, F9): quoted fields,
 * doubled quotes, quoted delimiters and newlines, LF or CRLF line ends. Wholly empty lines are skipped
 * and produce no record (F29). It never sees a whole file: `feed` takes the next decoded chunk and
 * keeps only the unfinished last record.
 *
 * Speed: a line without a quote character is cut with native `indexOf` calls (for the line end, then
 * for each delimiter) into a reused array, with no per-line string; the position of the next quote is
 * cached (as is the next delimiter's), so no search runs past the line more than once. Only records that contain a
 * quote go through the character-level state machine. (`String.split` per line measured 2× slower.)
 * Cells of the day columns a reader asks for (the dates of a concept, issues 13 and 14) that are a plain
 * `YYYY-MM-DD` date of years 0001–9999 come as day numbers, read from the text in place (no string per
 * cell, F4); any other cell of such a column, the header and every quoted record stay text. A date
 * followed by the delimiter is taken without searching for the delimiter (a valid date has none in it).
 */
import { MIN_DATA_DAY_NUMBER, scanDate } from "./core-bindings";

/**
 * Receives each complete record: its fields and the physical line (1-based) where it starts. The
 * array is reused for the next record, so copy it if you keep it.
 */
export type RecordSink = (fields: readonly string[], line: number) => void;

/** A {@link RecordSink} of a scanner with day columns: their plain dates come as day numbers. */
export type TypedRecordSink = (fields: ReadonlyArray<string | number>, line: number) => void;

/**
 * Where a reader takes the cells of quote-free records after the header straight into its batch
 * columns (no copy per cell from a record array): cell `c` goes to `columns[c][row]` for `c < width`,
 * then `record(line, count)` is called with the record's field count. The reader keeps `columns` and
 * `row` current.
 */
export interface DirectCells {
  columns: ReadonlyArray<Array<string | number>>;
  row: number;
  readonly width: number;
  record(line: number, count: number): void;
}

/** A CSV syntax problem at a physical line; the file reader turns it into `UsageError("malformed_csv")`. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    /** True when a record ran over {@link MAX_RECORD_CHARS} (the reader names the record). */
    readonly tooLong = false,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * The longest record the scanner keeps waiting for, in UTF-16 code units (4 Mi). No field of a
 * concept comes near it; a longer unfinished record is almost always a quote that is never closed,
 * and stopping there keeps memory bounded and time linear on any input (issue 14).
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Detects the delimiter from the first non-empty line of `text`: `;` when that line has more `;` than
 * `,` outside quotes, otherwise `,` (F29).
 *
 * @example
 * ```ts
 * detectDelimiter("visit_id;organizer;\"a,b\"\n1;14;x\n"); // ";"
 * detectDelimiter("visit_id,organizer\n");                  // ","
 * ```
 */
export function detectDelimiter(text: string): "," | ";" {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === LF || text.charCodeAt(start) === CR)) start++;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) break;
    else if (!quoted && c === 59) semicolons++;
    else if (!quoted && c === 44) commas++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Scans CSV text chunk by chunk and hands every complete record to a sink.
 *
 * @example
 * ```ts
 * const records: string[][] = [];
 * const scanner = new CsvScanner(",");
 * const keep = (fields: readonly string[]) => records.push([...fields]);
 * scanner.feed('id,note\n1,"two\nlines"\n\n2,pl', keep);
 * scanner.feed("ain\n", keep);
 * scanner.finish(keep);
 * // records: [["id","note"], ["1","two\nlines"], ["2","plain"]]
 * ```
 */
export class CsvScanner {
  private pending = "";
  /** The physical line number at the start of `pending`. */
  private line = 1;
  private readonly delimiterCode: number;
  /** Out-values of `scanQuotedRecord` (kept as fields to avoid an allocation per record). */
  private nextPosition = 0;
  private linesSpanned = 0;
  /** The reused field array of quote-free records. */
  private readonly scratch: Array<string | number> = [];
  /** 1 for each day column, once the header record has passed (null: every cell is text). */
  private days: Uint8Array | null = null;
  /** The day columns, waiting for the header record to pass. */
  private daysAfterHeader: Uint8Array | null;
  /** Direct cells, once the header record has passed. */
  private direct: DirectCells | null = null;
  /** Whether the header record has not passed yet. */
  private beforeHeader = true;

  /**
   * @param dayColumns the indexes of columns whose plain dates come as day numbers after the header
   *   record (see the module comment); the sink is then a {@link TypedRecordSink}.
   */
  constructor(
    readonly delimiter: "," | ";",
    dayColumns: readonly number[] = [],
    /** Where quote-free records after the header go (see {@link DirectCells}); null: to the sink. */
    private readonly directAfterHeader: DirectCells | null = null,
    /** Reading on after the header from a record that starts at this physical line (issue 14's worker). */
    afterHeaderAtLine?: number,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
    this.daysAfterHeader = null;
    if (dayColumns.length > 0) {
      this.daysAfterHeader = new Uint8Array(Math.max(64, ...dayColumns) + 1);
      for (const column of dayColumns) this.daysAfterHeader[column] = 1;
    }
    if (afterHeaderAtLine !== undefined) {
      this.line = afterHeaderAtLine;
      this.headerPassed();
    }
  }

  /** Scans `text` (appended to the unfinished tail of earlier chunks); calls `sink` per complete record. */
  feed(text: string, sink: RecordSink): void;
  /** As above, for a scanner with day columns. */
  feed(text: string, sink: TypedRecordSink): void;
  feed(text: string, sink: RecordSink | TypedRecordSink): void {
    let s = text;
    let start = 0;
    if (this.pending.length > 0) {
      // The unfinished record and the first line of `text` are scanned on their own, and the rest of
      // `text` in place: `pending + text` would be a joined string, slower to read character by character.
      const newline = text.indexOf("\n");
      if (newline >= 0) {
        const head = this.pending + text.slice(0, newline + 1);
        const consumed = this.scan(head, 0, false, sink);
        if (consumed === head.length) start = newline + 1;
        else s = head.slice(consumed) + text.slice(newline + 1); // a quoted record goes on
      } else s = this.pending + text;
    }
    const consumed = this.scan(s, start, false, sink);
    this.pending = consumed === 0 ? s : s.slice(consumed);
    if (this.pending.length > MAX_RECORD_CHARS) {
      const open = this.pending.charCodeAt(0) === QUOTE || this.pending.indexOf('"') >= 0;
      throw new CsvSyntaxError(
        this.line,
        `the record runs over ${MAX_RECORD_CHARS / 1024 / 1024} Mi characters without ending` +
          (open ? "; a quoted field is probably not closed (close it, or double a quote inside it)" : ""),
        true,
      );
    }
  }

  /** Ends the input: the last record may lack a line end; an open quote is a `CsvSyntaxError`. */
  finish(sink: RecordSink): void;
  /** As above, for a scanner with day columns. */
  finish(sink: TypedRecordSink): void;
  finish(sink: RecordSink | TypedRecordSink): void {
    if (this.pending.length > 0) this.scan(this.pending, 0, true, sink);
    this.pending = "";
  }

  private scan(s: string, start: number, final: boolean, recordSink: RecordSink | TypedRecordSink): number {
    const sink = recordSink as TypedRecordSink;
    const n = s.length;
    const delimiter = this.delimiter;
    const fields = this.scratch;
    const delimiterCode = this.delimiterCode;
    let days = this.days;
    let direct = this.direct;
    let pos = start;
    let line = this.line;
    let nextQuote = -1;
    let nextDelimiter = -1;
    while (pos < n) {
      let newline = s.indexOf("\n", pos);
      if (newline < 0) {
        if (!final) break;
        newline = n;
      }
      if (nextQuote < pos) {
        nextQuote = s.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
      }
      if (nextQuote > newline) {
        let lineEnd = newline;
        if (lineEnd > pos && s.charCodeAt(lineEnd - 1) === CR) lineEnd--;
        if (lineEnd > pos) {
          let count = 0;
          let from = pos;
          const cells = direct === null ? null : direct.columns;
          const row = direct === null ? 0 : direct.row;
          const width = direct === null ? 0 : direct.width;
          for (;;) {
            if (nextDelimiter < from) {
              // A day column's plain date followed by the delimiter needs no search: a valid date
              // has no delimiter in it (scanDate reads digits and "-" only).
              if (
                days !== null &&
                days[count] === 1 &&
                from + 10 < lineEnd &&
                s.charCodeAt(from + 10) === delimiterCode
              ) {
                const day = scanDate(s, from);
                if (day >= MIN_DATA_DAY_NUMBER) {
                  if (cells === null) fields[count] = day;
                  else if (count < width) cells[count]![row] = day;
                  count++;
                  from += 11;
                  continue;
                }
              }
              nextDelimiter = s.indexOf(delimiter, from);
              if (nextDelimiter < 0) nextDelimiter = Number.POSITIVE_INFINITY;
            }
            if (nextDelimiter >= lineEnd) break;
            const cell =
              days === null || days[count] !== 1 ? s.slice(from, nextDelimiter) : dayCell(s, from, nextDelimiter);
            if (cells === null) fields[count] = cell;
            else if (count < width) cells[count]![row] = cell;
            count++;
            from = nextDelimiter + 1;
          }
          const cell = days === null || days[count] !== 1 ? s.slice(from, lineEnd) : dayCell(s, from, lineEnd);
          if (cells === null) fields[count] = cell;
          else if (count < width) cells[count]![row] = cell;
          count++;
          if (direct !== null) direct.record(line, count);
          else {
            if (fields.length !== count) fields.length = count;
            sink(fields, line);
          }
          if (this.beforeHeader) [days, direct] = this.headerPassed();
        }
        pos = newline + 1;
        line++;
      } else {
        const quoted = this.scanQuotedRecord(s, pos, final, line);
        if (quoted === null) break;
        sink(quoted, line);
        if (this.beforeHeader) [days, direct] = this.headerPassed();
        pos = this.nextPosition;
        line += this.linesSpanned;
      }
    }
    this.line = line;
    return Math.min(pos, n);
  }

  /** The header record has passed: the day columns and direct cells apply from the next record on. */
  private headerPassed(): [Uint8Array | null, DirectCells | null] {
    this.beforeHeader = false;
    this.days = this.daysAfterHeader;
    this.daysAfterHeader = null;
    this.direct = this.directAfterHeader;
    return [this.days, this.direct];
  }

  /**
   * Scans one record that contains a quote, starting at `start`. Returns its fields and sets
   * `nextPosition` and `linesSpanned`, or returns `null` when the chunk ends inside the record.
   */
  private scanQuotedRecord(s: string, start: number, final: boolean, line: number): string[] | null {
    const n = s.length;
    const delimiter = this.delimiterCode;
    const fields: string[] = [];
    let lines = 0;
    let i = start;
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const quote = s.indexOf('"', from);
          if (quote < 0) {
            if (final) throw new CsvSyntaxError(line, "a quoted field is not closed before the end of the file");
            return null;
          }
          if (quote + 1 >= n && !final) return null;
          if (s.charCodeAt(quote + 1) === QUOTE) {
            value += s.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += s.slice(from, quote);
          i = quote + 1;
          break;
        }
        for (let k = value.indexOf("\n"); k >= 0; k = value.indexOf("\n", k + 1)) lines++;
        fields.push(value);
        if (i >= n) return this.endRecord(fields, n, lines);
        const c = s.charCodeAt(i);
        if (c === delimiter) {
          i++;
          continue;
        }
        if (c === LF) return this.endRecord(fields, i + 1, lines + 1);
        if (c === CR) {
          if (i + 1 >= n) return final ? this.endRecord(fields, n, lines) : null;
          if (s.charCodeAt(i + 1) === LF) return this.endRecord(fields, i + 2, lines + 1);
        }
        throw new CsvSyntaxError(
          line + lines,
          `unexpected ${JSON.stringify(s[i])} after the closing quote of field ${fields.length}; ` +
            'a quote inside a quoted field must be doubled ("")',
        );
      }
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === delimiter || c === LF) break;
        j++;
      }
      if (j >= n && !final) return null;
      if (j < n && c === delimiter) {
        fields.push(s.slice(i, j));
        i = j + 1;
        continue;
      }
      const end = j > i && s.charCodeAt(j - 1) === CR ? j - 1 : j;
      fields.push(s.slice(i, end));
      return j >= n ? this.endRecord(fields, n, lines) : this.endRecord(fields, j + 1, lines + 1);
    }
  }

  private endRecord(fields: string[], next: number, lines: number): string[] {
    this.nextPosition = next;
    this.linesSpanned = lines;
    return fields;
  }
}

/**
 * The cell `s[from, to)` of a day column: a plain `YYYY-MM-DD` date of years 0001–9999 as its day
 * number (core's `scanDate`, the one date parser; year 0000 is no data date, F34, and stays text for the
 * validator to reject); otherwise its text.
 */
function dayCell(s: string, from: number, to: number): string | number {
  if (to - from === 10) {
    const day = scanDate(s, from);
    if (day >= MIN_DATA_DAY_NUMBER) return day; // NaN (not a date) fails the comparison
  }
  return s.slice(from, to);
}

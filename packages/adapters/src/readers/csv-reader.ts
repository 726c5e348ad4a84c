/**
 * Reads a CSV file as a stream of row batches (interfaces.md "The command line", fine-print F29, F9):
 * UTF-8 with or without BOM, `,` or (detected) `;`, RFC 4180 quoting, LF or CRLF. The header is
 * trimmed; duplicate or empty header names and records with more fields than the header are
 * `UsageError("malformed_csv")`; a record with fewer fields gets `undefined` (absent, F1) for the
 * missing columns. Extra columns are kept (the validator warns about them). Columns named as day
 * columns give their plain dates as day numbers (`ColumnKind` "day", csv-scanner.ts; in records with a
 * quote too). Files of 4 MiB or more are scanned in a worker thread (csv-bytes/), with the same cells.
 */
import { statSync } from "node:fs";
import { type ColumnBatch, type ColumnKind, UsageError } from "@virta/core";
import { CsvScanner, CsvSyntaxError, type DirectCells, detectDelimiter, type TypedRecordSink } from "./csv-scanner";
import { skippedColumns, type Table, withoutSkipped } from "./table";
import { MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, scanDate, tryParseDateOrDateTime } from "./core-bindings";
import { readUtf8Chunks } from "./utf8-text";
import { type CsvResume, workerCsvBatches } from "./csv-bytes/worker-batches";
import { type CsvWorkerStarts, csvWorkerFile, WORKER_MIN_BYTES } from "./csv-bytes/worker-start";

/**
 * Feeds a CSV file through a {@link CsvScanner} (header included) and yields after every read chunk,
 * so that the caller can hand out what the sink collected. Reports the detected delimiter first.
 */
async function* scanCsvFile(
  path: string,
  label: string,
  sink: TypedRecordSink,
  onDelimiter: (d: "," | ";") => void,
  nextRecord: () => number = () => 0,
  dayColumns: readonly number[] = [],
  direct: DirectCells | null = null,
  resume: (CsvResume & { delimiter: "," | ";" }) | null = null,
): AsyncGenerator<void> {
  // Reading on after the header where the worker handed the file back (csv-bytes/worker-batches.ts).
  let scanner: CsvScanner | null =
    resume === null ? null : new CsvScanner(resume.delimiter, dayColumns, direct, resume.line);
  let head = "";
  try {
    for await (const text of readUtf8Chunks(path, label, resume?.offset ?? 0)) {
      if (scanner === null) {
        // The delimiter is decided on the first non-empty line (F29), so wait until it is complete.
        head += text;
        const start = head.search(/\S/);
        if (start < 0 || head.indexOf("\n", start) < 0) continue;
        scanner = new CsvScanner(detectDelimiter(head), dayColumns, direct);
        onDelimiter(scanner.delimiter);
        scanner.feed(head, sink);
        head = "";
      } else {
        scanner.feed(text, sink);
      }
      yield;
    }
    if (scanner === null) {
      scanner = new CsvScanner(detectDelimiter(head), dayColumns, direct);
      onDelimiter(scanner.delimiter);
      scanner.feed(head, sink);
    }
    scanner.finish(sink);
    yield;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const where = error.tooLong ? `record ${nextRecord()} (line ${error.line})` : `line ${error.line}`;
      throw new UsageError("malformed_csv", `${label}, ${where}: ${error.reason}`, {
        file: path,
        line: error.line,
        ...(error.tooLong ? { record: nextRecord() } : {}),
      });
    }
    throw error;
  }
}

/** Trims the header names and rejects empty or duplicate ones. */
function headerColumns(fields: readonly string[], path: string, label: string): string[] {
  if (fields.some((name) => name.includes("\r"))) {
    // A bare CR inside the header line: the file's lines end with CR alone (issue 20), so it is one line.
    throw new UsageError(
      "malformed_csv",
      `${label}: its lines end with CR alone (an old Mac format); save it with LF or CRLF line ends`,
      { file: path },
    );
  }
  const columns = fields.map((name) => name.trim());
  const seen = new Set<string>();
  columns.forEach((name, index) => {
    if (name === "") {
      throw new UsageError(
        "malformed_csv",
        `${label}: header column ${index + 1} has no name; name every column (or remove the trailing delimiter)`,
        { file: path, column: index + 1 },
      );
    }
    if (seen.has(name)) {
      throw new UsageError(
        "malformed_csv",
        `${label}: header column ${JSON.stringify(name)} appears twice; column names must be unique`,
        {
          file: path,
          column: name,
        },
      );
    }
    seen.add(name);
  });
  return columns;
}

/**
 * Opens a CSV table: reads just enough to get the header, and returns a {@link Table} whose
 * `batches()` streams the file again; the columns named in `dayColumns` give their plain dates as
 * day numbers (see the module comment), the cells of columns not in `readColumns` (when given)
 * come absent (`ReadTableOptions.readColumns`), and, in a file the worker thread reads, the plainly
 * valid cells of the identifier columns in `onlyValidatedIds` come as one text (`plain-ids.ts`).
 *
 * @example
 * ```ts
 * const table = await openCsvTable("visits.csv", 'file "visits.csv"', 16_384);
 * table.columns; // ["visit_id", "organizer", …]
 * for await (const batch of table.batches()) console.log(batch.records[0], batch.columns[0]?.[0]);
 * ```
 */
export async function openCsvTable(
  path: string,
  label: string,
  batchSize: number,
  dayColumns: readonly string[] = [],
  worker: "auto" | "always" | "never" = "auto",
  readColumns?: readonly string[],
  workers?: CsvWorkerStarts,
  onlyValidatedIds: readonly string[] = [],
): Promise<Table> {
  let delimiter: "," | ";" = ",";
  let header: string[] | null = null;
  const keepHeader: TypedRecordSink = (fields) => {
    header ??= fields.map(String); // no day columns here: every field is text
  };
  for await (const _ of scanCsvFile(path, label, keepHeader, (d) => (delimiter = d))) {
    if (header !== null) break; // `break` closes the generator and the file
  }
  if (header === null) {
    throw new UsageError("unreadable_file", `${label} has no header line; the first line must name the columns`, {
      file: path,
    });
  }
  const columns = headerColumns(header, path, label);
  return {
    path,
    label,
    format: "csv",
    columns,
    delimiter,
    batches: () => {
      const kinds = kindsOf(columns, dayColumns);
      const skipped = skippedColumns(columns, readColumns);
      const resume = (from: CsvResume | null) =>
        csvColumnBatches(path, label, columns, batchSize, kinds, from && { ...from, delimiter }, skipped);
      const script = worker === "never" ? null : csvWorkerFile();
      const file = statSync(path);
      const large = worker === "always" || (file.isFile() && file.size >= WORKER_MIN_BYTES);
      if (script === null || !large || process.env.VIRTA_CSV_WORKER === "0") return resume(null);
      // The thread started for this file at launch, if any (the first read only; later reads start one).
      const started = workers?.take(path) ?? null;
      const names = columns;
      const plainIds = columns.map((name) => onlyValidatedIds.includes(name));
      return workerCsvBatches({
        ...{ path, label, names, kinds, skipped, delimiter, batchSize, script, resume, started },
        onlyValidatedIds: plainIds,
      });
    },
  };
}

/** A plain `YYYY-MM-DD` date of years 0001–9999 as its day number (F4, as `CsvScanner`'s day cells), else the text. */
function dayOrText(cell: string): string | number {
  const day = cell.length === 10 ? scanDate(cell, 0) : Number.NaN;
  return day >= MIN_DATA_DAY_NUMBER ? day : cell;
}

/**
 * Turns the date-times of the day columns (F4) into the day numbers of their dates in Finland, as the
 * worker does (`scanDateTimeBytes`), and returns their texts by column and row (`ColumnBatch.cellText`),
 * or null when there were none.
 */
function dateTimesAsDays(
  columns: Array<Array<string | number>>,
  isDay: readonly boolean[],
  length: number,
): ColumnBatch["cellText"] | null {
  let given: Map<number, string> | null = null;
  isDay.forEach((day, index) => {
    if (!day) return;
    const column = columns[index]!;
    for (let row = 0; row < length; row++) {
      const cell = column[row];
      if (typeof cell !== "string" || cell.length < 19) continue;
      const parsed = tryParseDateOrDateTime(cell);
      if (parsed === null || parsed < MIN_DATA_DAY_NUMBER || parsed > MAX_DAY_NUMBER) continue;
      column[row] = parsed;
      (given ??= new Map()).set(row * isDay.length + index, cell);
    }
  });
  const texts = given as Map<number, string> | null;
  return texts === null ? null : (column, row) => texts.get(row * isDay.length + column);
}

/** The kind of each column: `day` for the day columns (none: every column raw). */
function kindsOf(names: readonly string[], dayNames: readonly string[]): ColumnKind[] | undefined {
  const kinds = names.map((name): ColumnKind => (dayNames.includes(name) ? "day" : "raw"));
  return kinds.includes("day") ? kinds : undefined;
}

/**
 * The records after the header as column batches of at most `batchSize` rows: the scanner's fields go
 * straight into one array per column (no array or object per record), with the record numbers (F9:
 * records, not lines; wholly empty lines are not records). A short record leaves its missing cells
 * `undefined` (absent, F1); a record with more fields than the header is `UsageError("malformed_csv")`.
 */
async function* csvColumnBatches(
  path: string,
  label: string,
  names: readonly string[],
  batchSize: number,
  kinds: readonly ColumnKind[] | undefined,
  resume: (CsvResume & { delimiter: "," | ";" }) | null,
  skipped: readonly boolean[] | null = null,
): AsyncGenerator<ColumnBatch> {
  const width = names.length;
  const dayColumns = names.flatMap((_, index) => (kinds?.[index] === "day" ? [index] : []));
  const isDay = names.map((_, index) => kinds?.[index] === "day");
  let isHeader = resume === null;
  let record = resume?.records ?? 0;
  let length = 0;
  let columns: Array<Array<string | number>> = [];
  const full: ColumnBatch[] = [];
  const tooMany = (count: number, line: number): UsageError =>
    new UsageError(
      "malformed_csv",
      `${label}, record ${record} (line ${line}): ${count} fields but the header has ${width} columns; ` +
        "quote fields that contain the delimiter",
      { file: path, record, line },
    );
  // Quote-free records go straight into the columns (csv-scanner.ts `DirectCells`).
  const direct: DirectCells = {
    columns,
    row: 0,
    width,
    record: (line, count) => {
      record++;
      if (count > width) throw tooMany(count, line);
      length++;
      direct.row = length;
      if (length >= batchSize) close();
    },
  };
  const fresh = (): void => {
    columns = [];
    for (let column = 0; column < width; column++) columns.push(new Array<string | number>(batchSize));
    length = 0;
    direct.columns = columns;
    direct.row = 0;
  };
  const close = (): void => {
    const records = new Array<number>(length);
    for (let row = 0; row < length; row++) records[row] = record - length + row + 1;
    if (length < batchSize) for (const column of columns) column.length = length;
    const cellText = dateTimesAsDays(columns, isDay, length);
    const batch: ColumnBatch = {
      source: label,
      names,
      columns,
      length,
      records,
      ...(kinds === undefined ? {} : { kinds }),
      ...(cellText === null ? {} : { cellText }),
    };
    full.push(skipped === null ? batch : withoutSkipped(batch, skipped)); // cells made anyway: small files
    fresh();
  };
  fresh();
  const sink: TypedRecordSink = (fields, line) => {
    if (isHeader) {
      isHeader = false;
      return;
    }
    record++;
    const count = fields.length;
    if (count > width) throw tooMany(count, line);
    // A record with a quote comes as text (CsvScanner): a day column's plain dates become day numbers here.
    for (let column = 0; column < count; column++) {
      const cell = fields[column]!;
      columns[column]![length] = isDay[column] === true && typeof cell === "string" ? dayOrText(cell) : cell;
    }
    length++;
    direct.row = length;
    if (length >= batchSize) close();
  };
  for await (const _ of scanCsvFile(
    path,
    label,
    sink,
    () => undefined,
    () => record + 1,
    dayColumns,
    direct,
    resume,
  )) {
    for (const ready of full.splice(0)) yield ready;
  }
  if (length > 0) close();
  for (const ready of full.splice(0)) yield ready;
}

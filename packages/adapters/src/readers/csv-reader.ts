/**
 * Reads a CSV file as a stream of row batches (interfaces.md "The command line", fine-print F29, F9):
 * UTF-8 with or without BOM, `,` or (detected) `;`, RFC 4180 quoting, LF or CRLF. The header is
 * trimmed; duplicate or empty header names and records with more fields than the header are
 * `UsageError("malformed_csv")`; a record with fewer fields gets `undefined` (absent, F1) for the
 * missing columns. Extra columns are kept (the validator warns about them).
 */
import { UsageError } from "@virta/core";
import { CsvScanner, CsvSyntaxError, detectDelimiter, type RecordSink } from "./csv-scanner";
import type { RawRow, RawValue, RowArrays, Table } from "./table";
import { readUtf8Chunks } from "./utf8-text";

/**
 * Feeds a CSV file through a {@link CsvScanner} (header included) and yields after every read chunk,
 * so that the caller can hand out what the sink collected. Reports the detected delimiter first.
 */
async function* scanCsvFile(
  path: string,
  label: string,
  sink: RecordSink,
  onDelimiter: (d: "," | ";") => void,
): AsyncGenerator<void> {
  let scanner: CsvScanner | null = null;
  let head = "";
  try {
    for await (const text of readUtf8Chunks(path, label)) {
      if (scanner === null) {
        // The delimiter is decided on the first non-empty line (F29), so wait until it is complete.
        head += text;
        const start = head.search(/\S/);
        if (start < 0 || head.indexOf("\n", start) < 0) continue;
        scanner = new CsvScanner(detectDelimiter(head));
        onDelimiter(scanner.delimiter);
        scanner.feed(head, sink);
        head = "";
      } else {
        scanner.feed(text, sink);
      }
      yield;
    }
    if (scanner === null) {
      scanner = new CsvScanner(detectDelimiter(head));
      onDelimiter(scanner.delimiter);
      scanner.feed(head, sink);
    }
    scanner.finish(sink);
    yield;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new UsageError("malformed_csv", `${label}, line ${error.line}: ${error.reason}`, {
        file: path,
        line: error.line,
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
 * Compiles a function that turns a record's fields into a row object with one property per column,
 * in header order. A generated object literal gives every row the same hidden class; building the
 * object with a loop of keyed stores measured 2–3× slower (bench/read-csv.ts). Column names enter the
 * code only as JSON string literals, so no header can inject code.
 *
 * @example
 * ```ts
 * rowFactory(["id", "note"])(["1"]); // { id: "1", note: undefined }
 * ```
 */
export function rowFactory(columns: readonly string[]): (fields: readonly string[]) => Record<string, RawValue> {
  const body = `return {${columns.map((name, index) => `${JSON.stringify(name)}: f[${index}]`).join(", ")}};`;
  return new Function("f", body) as (fields: readonly string[]) => Record<string, RawValue>;
}

/**
 * Opens a CSV table: reads just enough to get the header, and returns a {@link Table} whose `rows()`
 * streams the file again.
 *
 * @example
 * ```ts
 * const table = await openCsvTable("visits.csv", 'file "visits.csv"', 16_384);
 * table.columns; // ["visit_id", "organizer", …]
 * for await (const batch of table.rows()) for (const row of batch) console.log(row.record, row.values);
 * ```
 */
export async function openCsvTable(path: string, label: string, batchSize: number): Promise<Table> {
  let delimiter: "," | ";" = ",";
  let header: string[] | null = null;
  const keepHeader: RecordSink = (fields) => {
    header ??= [...fields];
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
    rows: () => csvRows(path, label, columns, batchSize),
    rowArrays: () => csvRowArrays(path, label, columns, batchSize),
  };
}

/**
 * The records after the header in batches of `batchSize`, each record made by `make(fields, record,
 * line)` (the scanner reuses `fields`, so `make` must copy what it keeps). A record with more fields
 * than the header is `UsageError("malformed_csv")`.
 */
async function* csvBatches<T>(
  path: string,
  label: string,
  width: number,
  batchSize: number,
  make: (fields: readonly string[], record: number, line: number) => T,
): AsyncGenerator<T[]> {
  let isHeader = true;
  let record = 0;
  let batch: T[] = [];
  const full: T[][] = [];
  const sink: RecordSink = (fields, line) => {
    if (isHeader) {
      isHeader = false;
      return;
    }
    record++;
    if (fields.length > width) {
      throw new UsageError(
        "malformed_csv",
        `${label}, record ${record} (line ${line}): ${fields.length} fields but the header has ${width} columns; ` +
          "quote fields that contain the delimiter",
        { file: path, record, line },
      );
    }
    batch.push(make(fields, record, line));
    if (batch.length >= batchSize) {
      full.push(batch);
      batch = [];
    }
  };
  for await (const _ of scanCsvFile(path, label, sink, () => undefined)) {
    for (const ready of full.splice(0)) yield ready;
  }
  if (batch.length > 0) yield batch;
}

function csvRows(path: string, label: string, columns: readonly string[], batchSize: number): AsyncGenerator<RawRow[]> {
  const makeValues = rowFactory(columns);
  return csvBatches(path, label, columns.length, batchSize, (fields, record, line) => ({
    record,
    line,
    values: makeValues(fields),
  }));
}

/**
 * The records as {@link RowArrays}: a copy of the scanner's fields per record (one array, no row
 * object) and the record numbers (F9). A short record keeps its fewer cells; the missing ones are
 * absent (F1), as in `rows()`. Every record after the header lands in a batch, in order, so the
 * numbers of a batch run on from the previous batch.
 */
async function* csvRowArrays(
  path: string,
  label: string,
  columns: readonly string[],
  batchSize: number,
): AsyncGenerator<RowArrays> {
  let next = 1;
  for await (const values of csvBatches(path, label, columns.length, batchSize, (fields) => fields.slice())) {
    const records = new Array<number>(values.length);
    for (let index = 0; index < values.length; index++) records[index] = next + index;
    next += values.length;
    yield { records, values };
  }
}

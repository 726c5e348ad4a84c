/**
 * Reads JSON input files (interfaces.md, fine-print F29): a JSON array of objects (`.json`), split
 * into elements by {@link JsonArrayScanner} and parsed one element at a time, or newline-delimited
 * JSON (`.jsonl`, `.ndjson`), one object per line; wholly empty lines are skipped and not counted.
 *
 * The columns are the union of the keys of all objects in first-seen order (F29), so opening a JSON
 * table reads the file once to the end (checking its syntax on the way) and `batches()` reads it again;
 * memory stays at one chunk plus one element. A key missing in one object is left absent and the
 * validator rejects the row if the field is required (F29). Numbers are parsed by `JSON.parse`, so an
 * integer beyond 2^53 loses precision: give such ids as strings.
 */
import { maskIdentityCodes } from "@virta/concepts";
import { UsageError } from "@virta/core";
import { JsonArrayScanner, JsonStructureError } from "./json-array-scanner";
import { columnBatchesOfRows } from "./row-batches";
import type { RawRow, RawValue, Table } from "./table";
import { readUtf8Chunks } from "./utf8-text";

function isPlainObject(value: unknown): value is Record<string, RawValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(
  path: string,
  label: string,
  where: string,
  reason: string,
  details: Record<string, unknown>,
): UsageError {
  // F36: the parser's echo of the line may hold an identity code.
  return new UsageError("malformed_json", maskIdentityCodes(`${label}, ${where}: ${reason}`), {
    file: path,
    ...details,
  });
}

/** Parses one element or line; anything but a JSON object is `malformed_json`. */
function parseObject(
  text: string,
  path: string,
  label: string,
  where: string,
  details: Record<string, unknown>,
): Record<string, RawValue> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw malformed(path, label, where, `not valid JSON (${(error as Error).message})`, details);
  }
  if (!isPlainObject(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw malformed(path, label, where, `expected an object with the fields as keys, found ${kind}`, details);
  }
  return value;
}

/** Yields the objects of a JSON array file, those of each read chunk together. */
async function* jsonArrayRecords(path: string, label: string): AsyncGenerator<RawRow[]> {
  const scanner = new JsonArrayScanner();
  let rows: RawRow[] = [];
  const onElement = (text: string, element: number, line: number): void => {
    const where = `element ${element} (line ${line})`;
    rows.push({ record: element, line, values: parseObject(text, path, label, where, { record: element, line }) });
  };
  try {
    for await (const text of readUtf8Chunks(path, label)) {
      scanner.feed(text, onElement);
      if (rows.length > 0) {
        yield rows;
        rows = [];
      }
    }
    scanner.finish();
  } catch (error) {
    if (error instanceof JsonStructureError)
      throw malformed(path, label, `line ${error.line}`, error.reason, { line: error.line });
    throw error;
  }
}

/** Yields the objects of an NDJSON file per read chunk; blank lines are skipped and not counted (F29). */
async function* ndjsonRecords(path: string, label: string): AsyncGenerator<RawRow[]> {
  let pending = "";
  let line = 0;
  let record = 0;
  let rows: RawRow[] = [];
  const take = (text: string): void => {
    line++;
    if (text.trim() === "") return;
    record++;
    rows.push({ record, line, values: parseObject(text, path, label, `line ${line}`, { record, line }) });
  };
  for await (const text of readUtf8Chunks(path, label)) {
    const s = pending + text;
    let start = 0;
    for (let newline = s.indexOf("\n"); newline >= 0; newline = s.indexOf("\n", start)) {
      take(s.slice(start, newline));
      start = newline + 1;
    }
    pending = s.slice(start);
    if (rows.length > 0) {
      yield rows;
      rows = [];
    }
  }
  if (pending !== "") take(pending);
  if (rows.length > 0) yield rows;
}

/**
 * Opens a JSON array or NDJSON table: reads it once for the union of keys (and its syntax), then
 * returns a {@link Table} whose `batches()` reads it again.
 *
 * @example
 * ```ts
 * const table = await openJsonTable("visits.ndjson", 'file "visits.ndjson"', "ndjson", 16_384);
 * table.columns; // every key that occurs, in first-seen order
 * ```
 */
export async function openJsonTable(
  path: string,
  label: string,
  format: "json" | "ndjson",
  batchSize: number,
): Promise<Table> {
  const records = format === "json" ? jsonArrayRecords : ndjsonRecords;
  const keys = new Set<string>();
  for await (const rows of records(path, label)) {
    for (const row of rows) for (const key in row.values) keys.add(key);
  }
  const columns = [...keys];
  const batches = () => columnBatchesOfRows(columns, label, rebatch(records(path, label), batchSize));
  return { path, label, format, columns, batches };
}

/** Re-cuts per-chunk arrays of rows into batches of at most `batchSize`. */
async function* rebatch(chunks: AsyncIterable<RawRow[]>, batchSize: number): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  for await (const rows of chunks) {
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

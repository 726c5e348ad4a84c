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
import { type ColumnBatch, UsageError } from "@virta/core";
import { JsonArrayScanner, JsonStructureError } from "./json-array-scanner";
import type { RawValue, Table } from "./table";
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

/** Takes one parsed object with its record number (F9). */
type ObjectSink = (record: number, object: Record<string, RawValue>) => void;

/** Gives `take` the objects of a JSON array file in order, pausing after each read chunk. */
async function* jsonArrayObjects(path: string, label: string, take: ObjectSink): AsyncGenerator<void> {
  const scanner = new JsonArrayScanner();
  const onElement = (text: string, element: number, line: number): void => {
    const where = `element ${element} (line ${line})`;
    take(element, parseObject(text, path, label, where, { record: element, line }));
  };
  try {
    for await (const text of readUtf8Chunks(path, label)) {
      scanner.feed(text, onElement);
      yield;
    }
    scanner.finish();
  } catch (error) {
    if (error instanceof JsonStructureError)
      throw malformed(path, label, `line ${error.line}`, error.reason, { line: error.line });
    throw error;
  }
}

/**
 * Gives `take` the objects of an NDJSON file in order, pausing after each read chunk; blank lines are
 * skipped and not counted (F29).
 */
async function* ndjsonObjects(path: string, label: string, take: ObjectSink): AsyncGenerator<void> {
  let pending = "";
  let line = 0;
  let record = 0;
  const takeLine = (text: string): void => {
    line++;
    if (text.trim() === "") return;
    record++;
    take(record, parseObject(text, path, label, `line ${line}`, { record, line }));
  };
  for await (const text of readUtf8Chunks(path, label)) {
    const s = pending + text;
    let start = 0;
    for (let newline = s.indexOf("\n"); newline >= 0; newline = s.indexOf("\n", start)) {
      takeLine(s.slice(start, newline));
      start = newline + 1;
    }
    pending = s.slice(start);
    yield;
  }
  if (pending !== "") takeLine(pending);
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
  const objects = format === "json" ? jsonArrayObjects : ndjsonObjects;
  const keys = new Set<string>();
  for await (const _ of objects(path, label, (_, object) => {
    for (const key in object) keys.add(key);
  }));
  const columns = [...keys];
  const batches = () => jsonColumnBatches((take) => objects(path, label, take), label, columns, batchSize);
  return { path, label, format, columns, batches };
}

/**
 * The objects `read` gives as column batches of at most `batchSize` rows: each object's cells of
 * `names` are put straight into the batch's columns (a missing key is `undefined`: absent, F1), with
 * its record number (F9); no row object in between.
 */
async function* jsonColumnBatches(
  read: (take: ObjectSink) => AsyncIterable<void>,
  source: string,
  names: readonly string[],
  batchSize: number,
): AsyncGenerator<ColumnBatch> {
  const ready: ColumnBatch[] = [];
  let columns = names.map(() => new Array<unknown>(batchSize));
  let records = new Array<number>(batchSize);
  let length = 0;
  const finish = (): ColumnBatch => {
    if (length < batchSize) {
      for (const column of columns) column.length = length;
      records.length = length;
    }
    const batch: ColumnBatch = { source, names, columns, length, records };
    columns = names.map(() => new Array<unknown>(batchSize));
    records = new Array<number>(batchSize);
    length = 0;
    return batch;
  };
  const take: ObjectSink = (record, object) => {
    records[length] = record;
    for (let column = 0; column < names.length; column++) columns[column]![length] = object[names[column]!];
    length++;
    if (length === batchSize) ready.push(finish());
  };
  for await (const _ of read(take)) while (ready.length > 0) yield ready.shift()!;
  if (length > 0) yield finish();
}

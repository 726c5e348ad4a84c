/**
 * Reads JSON input files (interfaces.md, fine-print F29): a JSON array of objects (`.json`), split
 * into elements by {@link JsonArrayScanner} and parsed one element at a time, or newline-delimited
 * JSON (`.jsonl`, `.ndjson`), one object per line; wholly empty lines are skipped and not counted.
 *
 * The columns are the union of the keys of all objects in first-seen order (F29), so opening a JSON
 * table reads the file once to the end for its keys and `batches()` reads it again; memory stays at
 * one chunk plus one element. A record of scalars is read in place by `FlatObjectScanner` (no object
 * per record, issue 14); any other record, and every record with an error, by `JSON.parse`, which
 * gives its values and its error. A key missing in one object is left absent and the validator
 * rejects the row if the field is required (F29). Numbers are read as `JSON.parse` reads them, so an
 * integer beyond 2^53 loses precision: give such ids as strings.
 */
import { maskIdentityCodes } from "@virta/concepts";
import { type ColumnBatch, UsageError } from "@virta/core";
import { JsonArrayScanner, JsonStructureError } from "./json-array-scanner";
import { FlatObjectScanner } from "./json-flat-object";
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

/** Takes each record with its record number (F9): as the flat scanner read it, or as `JSON.parse` made it. */
interface RecordSink {
  /** Whether the sink reads the values (false: only the keys). */
  readonly withValues: boolean;
  flat(record: number, scanner: FlatObjectScanner): void;
  object(record: number, object: Record<string, RawValue>): void;
}

/** Gives `sink` the records of a JSON array file in order, pausing after each read chunk. */
async function* jsonArrayObjects(path: string, label: string, sink: RecordSink): AsyncGenerator<void> {
  const scanner = new JsonArrayScanner();
  const flat = new FlatObjectScanner(sink.withValues);
  const onElement = (text: string, start: number, end: number, element: number, line: number): void => {
    if (flat.scan(text, start, end)) sink.flat(element, flat);
    else {
      const where = `element ${element} (line ${line})`;
      sink.object(element, parseObject(text.slice(start, end), path, label, where, { record: element, line }));
    }
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
 * Gives `sink` the records of an NDJSON file in order, pausing after each read chunk; blank lines are
 * skipped and not counted (F29).
 */
async function* ndjsonObjects(path: string, label: string, sink: RecordSink): AsyncGenerator<void> {
  let pending = "";
  let line = 0;
  let record = 0;
  const flat = new FlatObjectScanner(sink.withValues);
  const takeLine = (chunk: string, start: number, end: number, joined = false): void => {
    line++;
    // A line joined across chunks is no flat string: JSON.parse reads it (the scanner's character reads
    // stay on flat strings, which keeps them fast).
    if (!joined && flat.scan(chunk, start, end)) {
      sink.flat(++record, flat);
      return;
    }
    const text = chunk.slice(start, end);
    if (text.trim() === "") return;
    record++;
    sink.object(record, parseObject(text, path, label, `line ${line}`, { record, line }));
  };
  for await (const text of readUtf8Chunks(path, label)) {
    // The lines are read in the decoded chunk itself (a flat string: reading characters of `pending +
    // text`, a string made of two, costs several times more); only the line across chunks is joined.
    let newline = text.indexOf("\n");
    if (newline < 0) {
      pending += text;
      yield;
      continue;
    }
    const joined = pending + text.slice(0, newline);
    takeLine(joined, 0, joined.length, true);
    let start = newline + 1;
    for (newline = text.indexOf("\n", start); newline >= 0; newline = text.indexOf("\n", start)) {
      takeLine(text, start, newline);
      start = newline + 1;
    }
    pending = text.slice(start);
    yield;
  }
  if (pending !== "") takeLine(pending, 0, pending.length, true);
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
  const records = format === "json" ? jsonArrayObjects : ndjsonObjects;
  const keys = new Set<string>();
  const union: RecordSink = {
    withValues: false,
    flat(_, scanner) {
      if (!scanner.keysChanged) return; // the keys of the record before, already taken
      for (let pair = 0; pair < scanner.count; pair++) keys.add(scanner.keys[pair]!);
    },
    object(_, object) {
      for (const key in object) keys.add(key);
    },
  };
  for await (const _ of records(path, label, union));
  const columns = [...keys];
  const batches = () => jsonColumnBatches((sink) => records(path, label, sink), label, columns, batchSize);
  return { path, label, format, columns, batches };
}

/**
 * The records `read` gives as column batches of at most `batchSize` rows: each record's cells of
 * `names` are put straight into the batch's columns (a missing key is `undefined`: absent, F1; a
 * repeated key's last value counts, as in `JSON.parse`), with its record number (F9).
 */
async function* jsonColumnBatches(
  read: (sink: RecordSink) => AsyncIterable<void>,
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
  const columnOf = new Map(names.map((name, column) => [name, column]));
  // The column of each pair of the flat scanner's keys, taken anew when its keys change.
  let pairColumns = new Int32Array(0);
  const taken = (record: number): void => {
    records[length] = record;
    length++;
    if (length === batchSize) ready.push(finish());
  };
  const sink: RecordSink = {
    withValues: true,
    flat(record, scanner) {
      const count = scanner.count;
      if (scanner.keysChanged || pairColumns.length !== count) {
        pairColumns = Int32Array.from(scanner.keys.slice(0, count), (key) => columnOf.get(key) ?? -1);
      }
      const values = scanner.values;
      for (let pair = 0; pair < count; pair++) {
        const column = pairColumns[pair]!;
        if (column >= 0) columns[column]![length] = values[pair];
      }
      taken(record);
    },
    object(record, object) {
      for (let column = 0; column < names.length; column++) {
        const name = names[column]!;
        // Own keys only: a key such as "constructor" missing here is absent, not Object's.
        columns[column]![length] = Object.hasOwn(object, name) ? object[name] : undefined;
      }
      taken(record);
    },
  };
  for await (const _ of read(sink)) while (ready.length > 0) yield ready.shift()!;
  if (length > 0) yield finish();
}

/**
 * String columns of streamed columnar chunks for the in-memory engine (issue 14): codes of a chunk
 * dictionary translated into the engine's dictionary through a cached remap (the validator's
 * dictionaries only grow, so each new value is translated once), or texts (identifiers) interned.
 */
import { DataError } from "../../errors/errors";
import type { Column, ColumnarColumn } from "./columns";

/** A string column of a streamed chunk: codes translated through a cached remap, or texts interned. */
export function fillStrings(column: Extract<Column, { type: "string" }>, given: ColumnarColumn, length: number): void {
  if (column.data.length < length) column.data = new Int32Array(Math.max(length, column.data.length * 2));
  const data = column.data;
  const dictionary = column.dictionary;
  if (Array.isArray(given)) {
    const texts = given as ReadonlyArray<string | null>;
    for (let i = 0; i < length; i++) {
      const text = texts[i];
      data[i] = text === null || text === undefined || text === "" ? -1 : dictionary.intern(text);
    }
    return;
  }
  if (given instanceof Int32Array || given instanceof Float64Array || !("codes" in given)) {
    throw new DataError("wrong_column_type", "a string column is given as codes and a dictionary, or as texts", {});
  }
  const { codes, dictionary: values } = given as { codes: Int32Array; dictionary: readonly string[] };
  let remap = column.remap;
  if (column.source !== values || remap === undefined) {
    column.source = values;
    remap = column.remap = new Int32Array(0);
  }
  if (remap.length < values.length) {
    const grown = new Int32Array(values.length);
    grown.set(remap);
    for (let code = remap.length; code < values.length; code++) grown[code] = dictionary.intern(values[code]!);
    remap = column.remap = grown;
  }
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    data[i] = code < 0 ? -1 : remap[code]!;
  }
}

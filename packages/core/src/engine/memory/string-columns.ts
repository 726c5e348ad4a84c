/**
 * String columns of streamed columnar chunks for the in-memory engine (issue 14): codes of a chunk
 * dictionary translated into the engine's dictionary through a cached remap (the validator's
 * dictionaries only grow, so each new value is translated once; an identity remap takes the codes as
 * they are), or texts (identifiers) interned.
 */
import { DataError } from "../../errors/errors";
import type { Column, ColumnarColumn } from "./columns";

type StringColumn = Extract<Column, { type: "string" }>;

/**
 * The column's own code array, at least `length` long. `data` may be a chunk's code array taken as it
 * is (below), so it is never written into: codes the engine makes go into this buffer.
 */
export function ownCodes(column: StringColumn, length: number): Int32Array {
  let buffer = column.buffer;
  if (buffer === undefined || buffer.length < length)
    buffer = column.buffer = new Int32Array(Math.max(length, (buffer?.length ?? 0) * 2));
  return buffer;
}

/**
 * A string column of a streamed chunk: codes translated through a cached remap, or texts interned.
 * When the remap is the identity (the engine's dictionary lists the chunk dictionary's values in the
 * same order, as it does when it starts from a validator's growing dictionary), the chunk's codes are
 * taken as they are, without a copy (issue 14: no per-row work the hand-written loop does not do).
 */
export function fillStrings(column: StringColumn, given: ColumnarColumn, length: number): void {
  const dictionary = column.dictionary;
  if (Array.isArray(given)) {
    const data = (column.data = ownCodes(column, length));
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
    column.identity = true;
  }
  if (remap.length < values.length) {
    const grown = new Int32Array(values.length);
    grown.set(remap);
    for (let code = remap.length; code < values.length; code++) {
      grown[code] = dictionary.intern(values[code]!);
      if (grown[code] !== code) column.identity = false;
    }
    remap = column.remap = grown;
  }
  // Absent is −1 in both, and every code < values.length: the identity remap leaves every code as it is.
  if (column.identity && codes.length >= length) {
    column.data = codes;
    return;
  }
  const data = (column.data = ownCodes(column, length));
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    data[i] = code < 0 ? -1 : remap[code]!;
  }
}

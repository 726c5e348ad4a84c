/**
 * Columnar chunks for the in-memory engine: the fields a definition reads, taken out of a chunk of
 * normalised rows into typed arrays (day numbers in Int32Array, numbers in Float64Array, strings
 * dictionary-encoded). Dictionaries live across chunks, so a code means the same string in every
 * chunk and a row loop generated once stays valid.
 *
 * Data already in memory in columnar form (`ColumnarTable`: day numbers in Int32Array, numbers in
 * Float64Array, strings as codes into a dictionary, as Arrow's dictionary vectors hold them) is taken
 * as it is, without row objects and without copying (issue 8).
 */
import { tryParseDateOrDateTime } from "../../calendar/date-time";
import type { ValueType } from "../../expression/expression";
import { DataError } from "../../errors/errors";
import { fillStrings, ownCodes } from "./string-columns";

/**
 * One column of a `ColumnarTable`: dates as day numbers (absent = `NULL_DAY`), integers and booleans
 * as numbers (absent = NaN), strings as codes into `dictionary` (absent = −1), decimals as exact texts.
 */
export type ColumnarColumn =
  | Int32Array
  | Float64Array
  | { codes: Int32Array; dictionary: readonly string[] }
  | ReadonlyArray<string | null>;

/** A table already in memory in columnar form; every column has `length` entries. */
export interface ColumnarTable {
  length: number;
  columns: Record<string, ColumnarColumn>;
}

/**
 * True when a table input is a `ColumnarTable` rather than rows.
 *
 * @example
 * ```ts
 * isColumnarTable({ length: 0, columns: {} }); // true
 * isColumnarTable([]); // false
 * ```
 */
export function isColumnarTable(value: unknown): value is ColumnarTable {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as ColumnarTable).length === "number" &&
    typeof (value as ColumnarTable).columns === "object" &&
    (value as ColumnarTable).columns !== null
  );
}

function wrongColumn(field: string, type: ValueType, expected: string): never {
  throw new DataError("wrong_column_type", `column ${field} is declared ${type}; give it as ${expected}`, {
    field,
    type,
  });
}

function setColumn(column: Column, field: string, given: ColumnarColumn, length: number): void {
  const size = (given as { length?: number }).length ?? (given as { codes: Int32Array }).codes?.length;
  if (size !== undefined && size < length) {
    throw new DataError("short_column", `column ${field} has ${size} entries; the table has ${length} rows`, {
      field,
      size,
      length,
    });
  }
  switch (column.type) {
    case "date":
      if (!(given instanceof Int32Array)) wrongColumn(field, "date", "an Int32Array of day numbers");
      column.data = given;
      return;
    case "string": {
      if (Array.isArray(given)) {
        // Texts (identifiers: each is new, so the validator gives no dictionary); interned here.
        column.dictionary = new Dictionary();
        fillStrings(column, given, length);
        return;
      }
      if (given instanceof Int32Array || given instanceof Float64Array || !("codes" in given)) {
        wrongColumn(field, "string", "{ codes: Int32Array, dictionary: string[] }");
      }
      const { codes, dictionary: values } = given as { codes: Int32Array; dictionary: readonly string[] };
      if (codes.length < length) {
        throw new DataError("short_column", `column ${field} has ${codes.length} codes; the table has ${length} rows`, {
          field,
          size: codes.length,
          length,
        });
      }
      const { dictionary, remap } = Dictionary.of(values);
      column.dictionary = dictionary;
      if (remap === null) column.data = codes;
      else {
        const data = new Int32Array(length);
        for (let i = 0; i < length; i++) data[i] = codes[i]! < 0 ? -1 : remap[codes[i]!]!;
        column.data = data;
      }
      return;
    }
    case "decimal": {
      if (!Array.isArray(given)) wrongColumn(field, "decimal", "an array of decimal texts (null when absent)");
      const texts = given as ReadonlyArray<string | null>;
      column.exact = texts.slice(0, length);
      const data = new Float64Array(length);
      for (let i = 0; i < length; i++)
        data[i] = texts[i] === null || texts[i] === undefined ? Number.NaN : Number(texts[i]);
      column.data = data;
      return;
    }
    default:
      if (!(given instanceof Float64Array)) wrongColumn(field, column.type, "a Float64Array (NaN when absent)");
      column.data = given;
  }
}

/** Marks an absent date in an Int32Array column. */
export const NULL_DAY = -2147483648;

/** A growable string dictionary shared by all chunks of one table. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /**
   * A dictionary that starts with the given values (codes 0, 1, …), and for each given code the code
   * of its value here (they differ only when the values repeat).
   *
   * @example
   * ```ts
   * Dictionary.of(["a", "b", "a"]).remap; // Int32Array [0, 1, 0]
   * ```
   */
  static of(values: readonly string[]): { dictionary: Dictionary; remap: Int32Array | null } {
    const dictionary = new Dictionary();
    const remap = new Int32Array(values.length);
    let identity = true;
    for (let code = 0; code < values.length; code++) {
      remap[code] = dictionary.intern(values[code]!);
      if (remap[code] !== code) identity = false;
    }
    return { dictionary, remap: identity ? null : remap };
  }

  /** The code of a string, adding it when new. */
  intern(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

export type Column =
  | { type: "date"; data: Int32Array }
  | { type: "integer" | "boolean"; data: Float64Array }
  | {
      type: "string";
      data: Int32Array;
      dictionary: Dictionary;
      lastValue?: unknown;
      lastCode?: number;
      /** Streamed columnar chunks: the chunk dictionary seen last, and its codes' codes here. */
      source?: readonly string[];
      remap?: Int32Array;
      /** True while `remap` maps every code to itself (the chunk's codes are then taken as they are). */
      identity?: boolean;
      /** The column's own codes; `data` may be a chunk's array, which is never written into. */
      buffer?: Int32Array;
    }
  | { type: "decimal"; data: Float64Array; exact: Array<string | null> };

/** The columns of one chunk; the column objects are reused and refilled for each chunk. */
export class ColumnChunk {
  length = 0;
  readonly columns = new Map<string, Column>();

  constructor(
    readonly types: Record<string, ValueType>,
    fields: Iterable<string>,
  ) {
    for (const field of fields) {
      const type = types[field];
      if (!type) throw new Error(`no declared type for field ${field}`);
      this.columns.set(field, emptyColumn(type));
    }
  }

  column(field: string): Column {
    const column = this.columns.get(field);
    if (!column) throw new Error(`column ${field} was not loaded`);
    return column;
  }

  /**
   * Takes the columns of a columnar table as they are (no copy, except string codes whose dictionary
   * repeats a value). Call it before generating code: it resolves string literals against the dictionaries.
   */
  loadColumnar(table: ColumnarTable): void {
    this.length = table.length;
    for (const [field, column] of this.columns) {
      const given = table.columns[field];
      if (given === undefined) {
        throw new DataError(
          "missing_column",
          `the columnar table has no column ${field}; give every field the indicator reads`,
          { field },
        );
      }
      setColumn(column, field, given, table.length);
    }
  }

  /**
   * Refills every column from one chunk of a stream of columnar tables (the validator's output, issue
   * 14): dates and numbers taken as they are, string codes translated into this chunk's dictionaries
   * (a chunk dictionary that only grows, as the validator's do, is translated once per new value),
   * texts interned, decimals copied into the column's exact texts.
   */
  loadColumnarChunk(table: ColumnarTable): void {
    const length = table.length;
    this.length = length;
    for (const [field, column] of this.columns) {
      const given = table.columns[field];
      if (given === undefined) {
        throw new DataError("missing_column", `the columnar chunk has no column ${field}`, { field });
      }
      if (column.type === "string") fillStrings(column, given, length);
      else if (column.type === "decimal") {
        if (!Array.isArray(given)) wrongColumn(field, "decimal", "an array of decimal texts (null when absent)");
        const texts = given as ReadonlyArray<string | null>;
        const data = (column.data = ensureCapacity(column.data, length, (n) => new Float64Array(n)));
        const exact = column.exact;
        exact.length = length;
        for (let i = 0; i < length; i++) {
          const text = texts[i] ?? null;
          exact[i] = text;
          data[i] = text === null ? Number.NaN : Number(text);
        }
      } else setColumn(column, field, given, length);
    }
  }

  /** Refills every column from a chunk of row objects. */
  load(rows: ReadonlyArray<Record<string, unknown>>): void {
    const length = rows.length;
    this.length = length;
    for (const [field, column] of this.columns) fillColumn(column, field, rows, length);
  }
}

function emptyColumn(type: ValueType): Column {
  switch (type) {
    case "date":
      return { type, data: new Int32Array(0) };
    case "string":
      return { type, data: new Int32Array(0), dictionary: new Dictionary() };
    case "decimal":
      return { type, data: new Float64Array(0), exact: [] };
    default:
      return { type, data: new Float64Array(0) };
  }
}

function ensureCapacity<T extends Int32Array | Float64Array>(data: T, length: number, make: (n: number) => T): T {
  return data.length >= length ? data : make(Math.max(length, data.length * 2));
}

function toDay(value: unknown): number {
  if (value === null || value === undefined || value === "") return NULL_DAY;
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const day = tryParseDateOrDateTime(value);
    if (day === null) throw new Error(`not a date: ${value}`);
    return day;
  }
  throw new Error(`not a date: ${String(value)}`);
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === "") return Number.NaN;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const lowered = value.trim().toLowerCase();
    if (lowered === "true") return 1;
    if (lowered === "false") return 0;
    const parsed = Number(lowered);
    if (Number.isNaN(parsed)) throw new Error(`not a number: ${value}`);
    return parsed;
  }
  return Number(value);
}

function fillColumn(column: Column, field: string, rows: ReadonlyArray<Record<string, unknown>>, length: number): void {
  switch (column.type) {
    case "date": {
      const data = (column.data = ensureCapacity(column.data, length, (n) => new Int32Array(n)));
      for (let i = 0; i < length; i++) data[i] = toDay(rows[i]![field]);
      return;
    }
    case "string": {
      const data = (column.data = ownCodes(column, length));
      const dictionary = column.dictionary;
      // Consecutive rows often repeat a value (sorted extracts): remember the last one.
      let lastValue = column.lastValue;
      let lastCode = column.lastCode ?? -1;
      for (let i = 0; i < length; i++) {
        const value = rows[i]![field];
        if (value === lastValue) {
          data[i] = lastCode;
          continue;
        }
        const code = value === null || value === undefined || value === "" ? -1 : dictionary.intern(String(value));
        data[i] = code;
        lastValue = value;
        lastCode = code;
      }
      column.lastValue = lastValue;
      column.lastCode = lastCode;
      return;
    }
    case "decimal": {
      const data = (column.data = ensureCapacity(column.data, length, (n) => new Float64Array(n)));
      const exact = column.exact;
      exact.length = length;
      for (let i = 0; i < length; i++) {
        const value = rows[i]![field];
        if (value === null || value === undefined || value === "") {
          exact[i] = null;
          data[i] = Number.NaN;
        } else {
          const text = typeof value === "string" ? value : String(value);
          exact[i] = text;
          data[i] = Number(text);
        }
      }
      return;
    }
    default: {
      const data = (column.data = ensureCapacity(column.data, length, (n) => new Float64Array(n)));
      for (let i = 0; i < length; i++) data[i] = toNumber(rows[i]![field]);
    }
  }
}

/**
 * Turns row objects into a `ColumnarTable` over the given fields (dates as day numbers, strings
 * dictionary-encoded), for callers that keep data in memory and compute many indicators over it.
 *
 * @example
 * ```ts
 * const table = columnarFromRows([{ sex: "female", visit_date: 19800 }], { sex: "string", visit_date: "date" });
 * table.columns.sex; // { codes: Int32Array [0], dictionary: ["female"] }
 * ```
 */
export function columnarFromRows(
  rows: ReadonlyArray<Record<string, unknown>>,
  types: Record<string, ValueType>,
): ColumnarTable {
  const chunk = new ColumnChunk(types, Object.keys(types));
  chunk.load(rows);
  const columns: Record<string, ColumnarColumn> = {};
  for (const [field, column] of chunk.columns) {
    const length = rows.length;
    if (column.type === "string")
      columns[field] = { codes: column.data.slice(0, length), dictionary: column.dictionary.values.slice() };
    else if (column.type === "decimal") columns[field] = column.exact.slice(0, length);
    else columns[field] = column.data.slice(0, length);
  }
  return { length: rows.length, columns };
}

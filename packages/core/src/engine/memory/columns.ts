/**
 * Columnar chunks for the in-memory engine: the fields a definition reads, taken out of a chunk of
 * normalised rows into typed arrays (day numbers in Int32Array, numbers in Float64Array, strings
 * dictionary-encoded). Dictionaries live across chunks, so a code means the same string in every
 * chunk and kernels compiled once stay valid.
 */
import { tryParseDateOrDateTime } from "../../calendar/date-time";
import type { ValueType } from "../../expression/expression";

/** Marks an absent date in an Int32Array column. */
export const NULL_DAY = -2147483648;

/** A growable string dictionary shared by all chunks of one table. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

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
  | { type: "string"; data: Int32Array; dictionary: Dictionary }
  | { type: "decimal"; data: Float64Array; exact: Array<string | null> };

/** The columns of one chunk; the column objects are reused and refilled for each chunk. */
export class ColumnChunk {
  length = 0;
  readonly columns = new Map<string, Column>();

  constructor(readonly types: Record<string, ValueType>, fields: Iterable<string>) {
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
      const data = (column.data = ensureCapacity(column.data, length, (n) => new Int32Array(n)));
      const dictionary = column.dictionary;
      for (let i = 0; i < length; i++) {
        const value = rows[i]![field];
        data[i] = value === null || value === undefined || value === "" ? -1 : dictionary.intern(String(value));
      }
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

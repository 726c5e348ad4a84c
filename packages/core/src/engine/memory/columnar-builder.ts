/**
 * Builds a `ColumnarTable` from validated rows as they stream, growing typed arrays: how a caller
 * keeps a large table in memory for many indicators without keeping row objects (issue 8, "data
 * already in memory"; issue 14: the product path, no longer a benchmark-only builder). Dates are day
 * numbers (F4; absent `NULL_DAY`), numbers doubles (absent NaN), decimals exact texts (F5), strings
 * dictionary codes (absent −1), as `evaluateInMemory` takes them.
 */
import type { ValueType } from "../../expression/expression";
import { type ColumnarColumn, type ColumnarTable, NULL_DAY } from "./columns";

type Growing =
  | { type: "date"; data: Int32Array }
  | { type: "number"; data: Float64Array }
  | { type: "string"; data: Int32Array; dictionary: string[]; codes: Map<string, number> }
  | { type: "decimal"; texts: Array<string | null> };

/**
 * Appends validated rows into columns.
 *
 * @example
 * ```ts
 * const builder = new ColumnarTableBuilder({ sex: "string" });
 * builder.push({ sex: "female" });
 * builder.finish().columns.sex; // { codes: Int32Array [0], dictionary: ["female"] }
 * ```
 */
export class ColumnarTableBuilder {
  length = 0;
  private capacity = 1 << 16;
  private readonly columns = new Map<string, Growing>();

  constructor(types: Record<string, ValueType>) {
    for (const [field, type] of Object.entries(types)) {
      if (type === "date") this.columns.set(field, { type, data: new Int32Array(this.capacity) });
      else if (type === "string")
        this.columns.set(field, { type, data: new Int32Array(this.capacity), dictionary: [], codes: new Map() });
      else if (type === "decimal") this.columns.set(field, { type, texts: [] });
      else this.columns.set(field, { type: "number", data: new Float64Array(this.capacity) });
    }
  }

  /** Appends one validated row (a field it lacks is absent). */
  push(row: Record<string, unknown>): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    for (const [field, column] of this.columns) {
      const value = row[field];
      const absent = value === null || value === undefined || value === "";
      switch (column.type) {
        case "date":
          column.data[i] = absent ? NULL_DAY : (value as number);
          break;
        case "number":
          column.data[i] = absent ? Number.NaN : typeof value === "boolean" ? (value ? 1 : 0) : Number(value);
          break;
        case "decimal":
          column.texts.push(absent ? null : String(value));
          break;
        case "string": {
          if (absent) {
            column.data[i] = -1;
            break;
          }
          const text = String(value);
          let code = column.codes.get(text);
          if (code === undefined) {
            code = column.dictionary.length;
            column.dictionary.push(text);
            column.codes.set(text, code);
          }
          column.data[i] = code;
        }
      }
    }
  }

  /** The table so far, its typed arrays cut to the rows pushed (the spare capacity is released). */
  finish(): ColumnarTable {
    const columns: Record<string, ColumnarColumn> = {};
    for (const [field, column] of this.columns) {
      if (column.type === "string")
        columns[field] = { codes: column.data.slice(0, this.length), dictionary: column.dictionary };
      else if (column.type === "decimal") columns[field] = column.texts;
      else columns[field] = column.data.slice(0, this.length) as Int32Array | Float64Array;
    }
    return { length: this.length, columns };
  }

  private grow(): void {
    this.capacity *= 2;
    for (const column of this.columns.values()) {
      if (column.type === "decimal") continue;
      const wider = column.type === "number" ? new Float64Array(this.capacity) : new Int32Array(this.capacity);
      wider.set(column.data as never);
      column.data = wider as never;
    }
  }
}

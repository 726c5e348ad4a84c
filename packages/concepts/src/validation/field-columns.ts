/**
 * The typed columns of one field in one batch of the columnar validator (issue 13; fine-print F1,
 * F4, F5, F10, F13): dates as day numbers (`NULL_DAY` absent), integers and booleans as numbers (NaN
 * absent), decimals as exact texts (never binary floats, F5), identifiers as texts, every other
 * string-valued field as codes into a dictionary that lives as long as the validator, so a code means
 * the same string in every batch. This is the `ColumnarTable` column shape the in-memory engine takes.
 */
import type { ColumnarColumn } from "@virta/core";
import { NULL_DAY } from "./core-bindings";
import type { FieldSpec } from "../model/concept-model";

/** How a field's values are held: day numbers, numbers, dictionary codes, texts or decimal texts. */
export type FieldKind = "day" | "number" | "code" | "text" | "decimal";

/**
 * The kind of a field (identifiers are texts: each id is new, so a dictionary would only grow).
 *
 * @example
 * ```ts
 * kindOf({ name: "sex", type: "sex", required: true, default: null, description: "" }); // "code"
 * ```
 */
export function kindOf(field: FieldSpec): FieldKind {
  switch (field.type) {
    case "date":
      return "day";
    case "integer":
    case "bool":
      return "number";
    case "decimal":
      return "decimal";
    case "id":
      return "text";
    default:
      return "code";
  }
}

/** A growing string dictionary (codes 0, 1, … in first-seen order), shared by a validator's batches. */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `value`, added when new. */
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

/** One field's values in one batch (see the module comment). */
export class FieldColumn {
  days: Int32Array;
  numbers: Float64Array;
  codes: Int32Array;
  texts: Array<string | null>;

  constructor(
    readonly field: FieldSpec,
    readonly kind: FieldKind,
    readonly dictionary: StringDictionary | null,
    length: number,
  ) {
    this.days = kind === "day" ? new Int32Array(length) : EMPTY_DAYS;
    this.numbers = kind === "number" ? new Float64Array(length) : EMPTY_NUMBERS;
    this.codes = kind === "code" ? new Int32Array(length) : EMPTY_DAYS;
    this.texts = kind === "text" || kind === "decimal" ? new Array<string | null>(length) : [];
  }

  /** Stores a field check's normalised value (`null`: absent). */
  set(row: number, value: unknown): void {
    switch (this.kind) {
      case "day":
        this.days[row] = value === null ? NULL_DAY : (value as number);
        return;
      case "number":
        this.numbers[row] = value === null ? Number.NaN : value === true ? 1 : value === false ? 0 : (value as number);
        return;
      case "code":
        this.codes[row] = value === null ? -1 : this.dictionary!.intern(String(value));
        return;
      default:
        this.texts[row] = value === null ? null : String(value);
    }
  }

  /** Whether the value of `row` is absent. */
  isAbsent(row: number): boolean {
    switch (this.kind) {
      case "day":
        return this.days[row] === NULL_DAY;
      case "number":
        return Number.isNaN(this.numbers[row]!);
      case "code":
        return this.codes[row]! < 0;
      default:
        return this.texts[row] === null;
    }
  }

  /**
   * The normalised value of `row` as a row object holds it (dates as day numbers, booleans as
   * `true`/`false`, `answer` as a number or `"eos"`), or `null` when absent.
   */
  get(row: number): unknown {
    switch (this.kind) {
      case "day": {
        const day = this.days[row]!;
        return day === NULL_DAY ? null : day;
      }
      case "number": {
        const number = this.numbers[row]!;
        if (Number.isNaN(number)) return null;
        return this.field.type === "bool" ? number === 1 : number;
      }
      case "code": {
        const code = this.codes[row]!;
        if (code < 0) return null;
        const text = this.dictionary!.values[code]!;
        return this.field.type === "answer" && text !== "eos" ? Number(text) : text;
      }
      default:
        return this.texts[row] ?? null;
    }
  }

  /**
   * The column of the rows in `keep` (ascending row indexes; all rows when `keep` is null) in the
   * engine's `ColumnarTable` shape.
   */
  output(keep: Int32Array | null, count: number): ColumnarColumn {
    switch (this.kind) {
      case "day":
        return pick(this.days, keep, count, (n) => new Int32Array(n));
      case "number":
        return pick(this.numbers, keep, count, (n) => new Float64Array(n));
      case "code":
        return {
          codes: pick(this.codes, keep, count, (n) => new Int32Array(n)),
          dictionary: this.dictionary!.values,
        };
      default: {
        if (keep === null) return this.texts.length === count ? this.texts : this.texts.slice(0, count);
        const texts = new Array<string | null>(count);
        for (let index = 0; index < count; index += 1) texts[index] = this.texts[keep[index]!]!;
        return texts;
      }
    }
  }
}

const EMPTY_DAYS = new Int32Array(0);
const EMPTY_NUMBERS = new Float64Array(0);

function pick<T extends Int32Array | Float64Array>(
  data: T,
  keep: Int32Array | null,
  count: number,
  make: (length: number) => T,
): T {
  if (keep === null) return data.length === count ? data : (data.subarray(0, count) as T);
  const out = make(count);
  for (let index = 0; index < count; index += 1) out[index] = data[keep[index]!]!;
  return out;
}

/**
 * Reads one column of a validated table back as row values (as `FieldColumn.get`), for row objects.
 *
 * @example
 * ```ts
 * columnGetter(Float64Array.of(1, Number.NaN), "bool")(0); // true
 * ```
 */
export function columnGetter(column: ColumnarColumn, type: string): (row: number) => unknown {
  if (column instanceof Int32Array) return (row) => (column[row] === NULL_DAY ? null : column[row]);
  if (column instanceof Float64Array) {
    if (type === "bool") return (row) => (Number.isNaN(column[row]!) ? null : column[row] === 1);
    return (row) => (Number.isNaN(column[row]!) ? null : column[row]);
  }
  if (Array.isArray(column)) return (row) => (column as Array<string | null>)[row] ?? null;
  const { codes, dictionary } = column as { codes: Int32Array; dictionary: readonly string[] };
  if (type === "answer")
    return (row) =>
      codes[row]! < 0 ? null : dictionary[codes[row]!] === "eos" ? "eos" : Number(dictionary[codes[row]!]);
  return (row) => (codes[row]! < 0 ? null : dictionary[codes[row]!]);
}

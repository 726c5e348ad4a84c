/**
 * What the generated row loops are written with (generate-expression.ts, generate-loop.ts,
 * generate-join.ts): a generated value (`Emitted`: the local or literal that holds it, in NaN form or
 * in raw form with an absent test, issue 14) and the writer that collects one function's statements,
 * column locals and externals.
 */
import type { Expression, ValueType } from "../../expression/expression";
import type { ColumnChunk, Dictionary } from "./columns";

/** A generated value: the JavaScript expression text that holds it (a local or a literal) and its type. */
export interface Emitted {
  /** A local variable name or a numeric literal. */
  code: string;
  type: ValueType;
  /** False when the value can never be absent (a non-null literal), so null checks can be left out. */
  nullable: boolean;
  dictionary?: Dictionary;
  /** For string literals: the text, turned into a code once it meets a string column. */
  text?: string;
  /** True when a present value is always an int32 integer (an age from `age_on`): no fraction or range check. */
  integral?: boolean;
  /**
   * Raw form: a condition (source text) that is true when the value is absent; `code` then holds a raw
   * int32 (a day number, a dictionary code) that means nothing when absent. Without it, absent is NaN.
   * Only `emitRaw`'s callers see raw forms; `emitExpression` turns them into the NaN form.
   */
  absent?: string;
}

/**
 * The condition (source text) under which a value is absent, or "" when it never is.
 *
 * @example
 * ```ts
 * absentTest({ code: "v3", type: "date", nullable: true, absent: "v3 === -2147483648" }); // "v3 === -2147483648"
 * absentTest({ code: "v4", type: "integer", nullable: true }); // "v4 !== v4"
 * ```
 */
export function absentTest(value: Emitted): string {
  if (value.absent !== undefined) return value.absent;
  return value.nullable ? `${value.code} !== ${value.code}` : "";
}

/**
 * `test || test…`, the absent tests that are not empty joined, or "" when none can be absent.
 *
 * @example
 * ```ts
 * anyAbsent([birth, visit]); // "v1 === -2147483648 || v2 === -2147483648"
 * ```
 */
export function anyAbsent(values: Emitted[]): string {
  return values
    .map(absentTest)
    .filter((test) => test !== "")
    .join(" || ");
}

/**
 * The NaN form of a value: a raw int32 with an absent test becomes a local that is NaN when absent.
 *
 * @example
 * ```ts
 * materialize(emitRaw($.field("visit_date"), w), w).code; // "v1" (const v1 = v0 === -2147483648 ? NaN : v0;)
 * ```
 */
export function materialize(value: Emitted, w: SourceWriter): Emitted {
  if (value.absent === undefined) return value;
  const out = w.fresh();
  w.line(`const ${out} = ${value.absent} ? NaN : ${value.code};`);
  const { absent: _absent, ...rest } = value;
  return { ...rest, code: out };
}

/** A numeric literal as source text (NaN and infinities included). */
export function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * Collects the statements of one generated function: fresh local names, the column locals it reads
 * and the externals (functions and constants) it is given.
 */
export class SourceWriter {
  readonly lines: string[] = [];
  /** Column field → local name, in first-use order. */
  readonly columns = new Map<string, string>();
  readonly externalNames: string[] = [];
  readonly externalValues: unknown[] = [];
  private counter = 0;

  constructor(
    readonly chunk: ColumnChunk,
    readonly lets: Record<string, Expression>,
    readonly parameters: Record<string, number | null>,
  ) {}

  /** A fresh local name with a readable prefix. */
  fresh(prefix = "v"): string {
    return `${prefix}${this.counter++}`;
  }

  /** Adds a statement. */
  line(text: string): void {
    this.lines.push(text);
  }

  /** The local that holds the typed array of a column. */
  column(field: string): string {
    let name = this.columns.get(field);
    if (name === undefined) {
      this.chunk.column(field); // throws when the column was not loaded
      name = `c${this.columns.size}`;
      this.columns.set(field, name);
    }
    return name;
  }

  /** Passes a value into the generated function under a fresh name. */
  external(value: unknown, prefix = "x"): string {
    const name = this.fresh(prefix);
    this.externalNames.push(name);
    this.externalValues.push(value);
    return name;
  }
}

/**
 * Compiles expression trees once into kernels over a column chunk: `(row) => number`, with `NaN` for an
 * absent value, 1/0 for booleans, day numbers for dates and dictionary codes for strings. Kleene logic
 * for and/or/not and "unknown" for comparisons with an absent value, exactly as SQL does, so the
 * in-memory and SQL engines treat absent dates the same way.
 */
import { UsageError } from "../../errors/errors";
import { addMonths } from "../../calendar/months";
import { workingDayDeadline } from "../../calendar/working-days";
import { ageOn } from "../../calendar/age";
import { parseDate } from "../../calendar/date";
import type { Expression, ValueType } from "../../expression/expression";
import { NULL_DAY, type ColumnChunk, type Dictionary } from "./columns";

/** A compiled expression. */
export type Kernel = (row: number) => number;

/** A compiled expression with its type (and dictionary, for strings). */
export interface Compiled {
  kernel: Kernel;
  type: ValueType;
  dictionary?: Dictionary;
  /** For string literals: the text, interned once it meets a string column. */
  text?: string;
}

/** What a kernel may refer to besides columns. */
export interface CompileContext {
  chunk: ColumnChunk;
  lets: Record<string, Expression>;
  parameters: Record<string, number | null>;
}

const unknown = Number.NaN;

function constant(value: number): Kernel {
  return () => value;
}

function fail(message: string): never {
  throw new UsageError("invalid_definition", message);
}

/**
 * Compiles one expression against a chunk's columns.
 *
 * @example
 * ```ts
 * const within = compile($.le($.days($.field("a"), $.field("b")), 14), context).kernel;
 * within(0); // 1, 0 or NaN
 * ```
 */
export function compile(expression: Expression, context: CompileContext): Compiled {
  switch (expression.op) {
    case "field":
      return compileField(expression.name, context);
    case "literal": {
      const value = expression.value;
      if (value === null) return { kernel: constant(unknown), type: "integer" };
      if (typeof value === "boolean") return { kernel: constant(value ? 1 : 0), type: "boolean" };
      if (typeof value === "number")
        return { kernel: constant(value), type: Number.isInteger(value) ? "integer" : "decimal" };
      return { kernel: constant(unknown), type: "string", text: value };
    }
    case "date":
      return { kernel: constant(parseDate(expression.value)), type: "date" };
    case "param": {
      const value = context.parameters[expression.name];
      return { kernel: constant(value === null || value === undefined ? unknown : value), type: "date" };
    }
    case "ref": {
      const target = context.lets[expression.name];
      if (!target) fail(`unknown ref ${expression.name}`);
      return compile(target, context);
    }
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return compileComparison(
        expression.op,
        compile(expression.args[0], context),
        compile(expression.args[1], context),
      );
    case "and":
      return { kernel: compileAnd(expression.args.map((arg) => compile(arg, context).kernel)), type: "boolean" };
    case "or":
      return { kernel: compileOr(expression.args.map((arg) => compile(arg, context).kernel)), type: "boolean" };
    case "not": {
      const inner = compile(expression.args[0], context).kernel;
      return {
        kernel: (row) => {
          const v = inner(row);
          return v !== v ? unknown : v === 1 ? 0 : 1;
        },
        type: "boolean",
      };
    }
    case "is_null": {
      const inner = compile(expression.args[0], context).kernel;
      return {
        kernel: (row) => {
          const v = inner(row);
          return v !== v ? 1 : 0;
        },
        type: "boolean",
      };
    }
    case "in":
      return compileIn(compile(expression.args[0], context), expression.values);
    case "days": {
      const from = compile(expression.args[0], context).kernel;
      const to = compile(expression.args[1], context).kernel;
      return { kernel: (row) => to(row) - from(row), type: "integer" };
    }
    case "add_months": {
      const date = compile(expression.args[0], context).kernel;
      const months = expression.months;
      return {
        kernel: (row) => {
          const d = date(row);
          return d !== d ? unknown : addMonths(d, months);
        },
        type: "date",
      };
    }
    case "working_day_deadline": {
      const date = compile(expression.args[0], context).kernel;
      const n = expression.days;
      return {
        kernel: (row) => {
          const d = date(row);
          return d !== d ? unknown : workingDayDeadline(d, n);
        },
        type: "date",
      };
    }
    case "age_on": {
      const birth = compile(expression.args[0], context).kernel;
      const at = compile(expression.args[1], context).kernel;
      return {
        // A reference date before the birth date has no age (unknown), as in SQL: never an exception mid-run.
        kernel: (row) => {
          const b = birth(row);
          const a = at(row);
          return b !== b || a !== a || a < b ? unknown : ageOn(b, a);
        },
        type: "integer",
      };
    }
    case "case": {
      const branches = expression.when.map(
        (branch) => [compile(branch.if, context).kernel, compile(branch.then, context)] as const,
      );
      const otherwise = compile(expression.else, context);
      const conditions = branches.map(([condition]) => condition);
      const values = branches.map(([, value]) => value.kernel);
      const count = conditions.length;
      return {
        kernel: (row) => {
          for (let b = 0; b < count; b++) if (conditions[b]!(row) === 1) return values[b]!(row);
          return otherwise.kernel(row);
        },
        type: branches[0]![1].type,
      };
    }
    case "effective": {
      const date = compile(expression.date, context).kernel;
      const rules = expression.rules.map((rule) => ({
        from: rule.from === null ? -Infinity : parseDate(rule.from),
        until: rule.until === null ? Infinity : parseDate(rule.until),
        when: rule.when ? compile(rule.when, context).kernel : null,
        value: compile(rule.value, context).kernel,
      }));
      const count = rules.length;
      return {
        kernel: (row) => {
          const d = date(row);
          if (d !== d) return unknown;
          for (let r = 0; r < count; r++) {
            const rule = rules[r]!;
            if (d < rule.from || d > rule.until) continue;
            if (rule.when !== null && rule.when(row) !== 1) continue;
            return rule.value(row);
          }
          return unknown;
        },
        type: "boolean",
      };
    }
  }
}

function compileField(name: string, context: CompileContext): Compiled {
  const column = context.chunk.column(name);
  switch (column.type) {
    case "date":
      return {
        kernel: (row) => {
          const v = column.data[row]!;
          return v === NULL_DAY ? unknown : v;
        },
        type: "date",
      };
    case "string":
      return {
        kernel: (row) => {
          const v = column.data[row]!;
          return v < 0 ? unknown : v;
        },
        type: "string",
        dictionary: column.dictionary,
      };
    case "decimal":
      return { kernel: (row) => column.data[row]!, type: "decimal" };
    default:
      return { kernel: (row) => column.data[row]!, type: column.type };
  }
}

/** Resolves a string literal against the dictionary of the string column it meets. */
function asCodes(left: Compiled, right: Compiled): [Kernel, Kernel] {
  if (left.type === "string" && right.type === "string") {
    if (left.text !== undefined && right.dictionary)
      return [constant(right.dictionary.intern(left.text)), right.kernel];
    if (right.text !== undefined && left.dictionary) return [left.kernel, constant(left.dictionary.intern(right.text))];
    if (left.dictionary && right.dictionary && left.dictionary !== right.dictionary) {
      fail("comparing two string columns with different dictionaries is not supported");
    }
  }
  return [left.kernel, right.kernel];
}

function compileComparison(
  op: "eq" | "ne" | "lt" | "le" | "gt" | "ge",
  leftCompiled: Compiled,
  rightCompiled: Compiled,
): Compiled {
  if ((leftCompiled.type === "string" || rightCompiled.type === "string") && op !== "eq" && op !== "ne") {
    fail(`operator ${op} is not defined for strings`);
  }
  const [left, right] = asCodes(leftCompiled, rightCompiled);
  let kernel: Kernel;
  switch (op) {
    case "eq":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a === b ? 1 : 0;
      };
      break;
    case "ne":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a !== b ? 1 : 0;
      };
      break;
    case "lt":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a < b ? 1 : 0;
      };
      break;
    case "le":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a <= b ? 1 : 0;
      };
      break;
    case "gt":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a > b ? 1 : 0;
      };
      break;
    case "ge":
      kernel = (row) => {
        const a = left(row);
        const b = right(row);
        return a !== a || b !== b ? unknown : a >= b ? 1 : 0;
      };
      break;
  }
  return { kernel, type: "boolean" };
}

function compileAnd(args: Kernel[]): Kernel {
  if (args.length === 1) return args[0]!;
  if (args.length === 2) {
    const [a, b] = args as [Kernel, Kernel];
    return (row) => {
      const x = a(row);
      if (x === 0) return 0;
      const y = b(row);
      if (y === 0) return 0;
      return x !== x || y !== y ? unknown : 1;
    };
  }
  return (row) => {
    let sawUnknown = false;
    for (const arg of args) {
      const v = arg(row);
      if (v === 0) return 0;
      if (v !== v) sawUnknown = true;
    }
    return sawUnknown ? unknown : 1;
  };
}

function compileOr(args: Kernel[]): Kernel {
  if (args.length === 1) return args[0]!;
  return (row) => {
    let sawUnknown = false;
    for (const arg of args) {
      const v = arg(row);
      if (v === 1) return 1;
      if (v !== v) sawUnknown = true;
    }
    return sawUnknown ? unknown : 0;
  };
}

function compileIn(inner: Compiled, values: Array<string | number>): Compiled {
  const kernel = inner.kernel;
  let members: number[];
  if (inner.type === "string") {
    const dictionary = inner.dictionary;
    if (!dictionary) fail("in: a string operand must be a field");
    members = values.map((value) => dictionary.intern(String(value)));
  } else {
    members = values.map((value) => Number(value));
  }
  if (members.length === 1) {
    const only = members[0]!;
    return {
      kernel: (row) => {
        const v = kernel(row);
        return v !== v ? unknown : v === only ? 1 : 0;
      },
      type: "boolean",
    };
  }
  if (members.length === 2) {
    const [first, second] = members as [number, number];
    return {
      kernel: (row) => {
        const v = kernel(row);
        return v !== v ? unknown : v === first || v === second ? 1 : 0;
      },
      type: "boolean",
    };
  }
  const set = new Set(members);
  return {
    kernel: (row) => {
      const v = kernel(row);
      return v !== v ? unknown : set.has(v) ? 1 : 0;
    },
    type: "boolean",
  };
}

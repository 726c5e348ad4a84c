/**
 * Generates JavaScript source for expression trees, for the one specialised row loop the in-memory
 * engine builds per plan with `new Function` (issue 4 item 3, issue 8). Each expression becomes a few
 * statements over typed-array locals that leave a number in a fresh local: `NaN` for an absent
 * ("unknown") value, 1/0 for booleans, day numbers for dates and dictionary codes for strings (the
 * columns of `columns.ts`). Logic is Kleene's three-valued logic with short-circuit (`and` stops at the
 * first false, `or` at the first true), and a comparison with an absent operand is unknown, as in SQL
 * (expression.ts). Inside comparisons, `in`, `is_null`, `days`, `age_on` and the calendar calls, date
 * and string fields stay raw int32s with an absent test beside them (`emitRaw`): no NaN per row, and the
 * calendar functions get integers (issue 14).
 *
 * Functions the source calls (calendar arithmetic) and constant sets are passed in as named
 * externals, never written into the source as text, so no data value ever becomes code.
 */
import { UsageError } from "../../errors/errors";
import { addMonths } from "../../calendar/months";
import { workingDayDeadline } from "../../calendar/working-days";
import { ageOn } from "../../calendar/age";
import { parseDate } from "../../calendar/date";
import type { Expression, ValueType } from "../../expression/expression";
import { NULL_DAY } from "./columns";
import { absentTest, anyAbsent, type Emitted, materialize, numberLiteral, type SourceWriter } from "./source-writer";

export { absentTest, type Emitted, materialize, numberLiteral, SourceWriter } from "./source-writer";

/**
 * The value of a date as an int32 argument of a call (day numbers are integers within ±3.7 M): the local
 * holds a double once it may be NaN, and a double argument to a function that is not inlined is boxed
 * into a new heap number on every call; `| 0` of a present day number is the same number, passed unboxed.
 */
function asDayArgument(value: Emitted): string {
  return value.type === "date" && value.absent === undefined ? `(${value.code} | 0)` : value.code;
}

function fail(message: string): never {
  throw new UsageError("invalid_definition", message);
}

function constant(code: string, type: ValueType, nullable = false): Emitted {
  return { code, type, nullable };
}

/**
 * Emits the statements of one expression and returns where its value is.
 *
 * @example
 * ```ts
 * const out = emitExpression($.le($.days($.field("a"), $.field("b")), 14), writer);
 * writer.lines.join("\n"); // "let v0 = c0[i]; if (v0 === -2147483648) v0 = NaN; …"
 * ```
 */
export function emitExpression(expression: Expression, w: SourceWriter): Emitted {
  return materialize(emitRaw(expression, w), w);
}

/**
 * Emits the statements of one expression and returns where its value is, in raw form where that saves
 * work per row (issue 14): date and string fields stay the int32 they are in their typed arrays, with an
 * absent test (`absent`) instead of NaN, so the hot comparisons and calendar calls run on integers.
 *
 * @example
 * ```ts
 * const visit = emitRaw($.field("visit_date"), writer); // const v0 = c0[i];
 * visit.absent; // "v0 === -2147483648"
 * ```
 */
export function emitRaw(expression: Expression, w: SourceWriter): Emitted {
  switch (expression.op) {
    case "field":
      return emitField(expression.name, w);
    case "literal": {
      const value = expression.value;
      if (value === null) return constant("NaN", "integer", true);
      if (typeof value === "boolean") return constant(value ? "1" : "0", "boolean");
      if (typeof value === "number")
        return constant(numberLiteral(value), Number.isInteger(value) ? "integer" : "decimal");
      return { code: "NaN", type: "string", nullable: true, text: value };
    }
    case "date":
      return constant(numberLiteral(parseDate(expression.value)), "date");
    case "param": {
      const value = w.parameters[expression.name];
      return value === null || value === undefined
        ? constant("NaN", "date", true)
        : constant(numberLiteral(value), "date");
    }
    case "ref": {
      const target = w.lets[expression.name];
      if (!target) fail(`unknown ref ${expression.name}`);
      return emitRaw(target, w);
    }
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return fromTest(comparisonTest(expression.op, emitRaw(expression.args[0], w), emitRaw(expression.args[1], w)), w);
    case "and":
    case "or":
      return emitLogic(expression.op, expression.args, w);
    case "not": {
      const inner = emitExpression(expression.args[0], w);
      const out = w.fresh();
      w.line(`const ${out} = ${inner.code} !== ${inner.code} ? NaN : ${inner.code} === 1 ? 0 : 1;`);
      return { code: out, type: "boolean", nullable: inner.nullable };
    }
    case "is_null": {
      const test = absentTest(emitRaw(expression.args[0], w));
      const out = w.fresh();
      w.line(`const ${out} = ${test === "" ? "0" : `${test} ? 1 : 0`};`);
      return { code: out, type: "boolean", nullable: false };
    }
    case "in":
      return fromTest(inTest(emitRaw(expression.args[0], w), expression.values, w), w);
    case "days": {
      const from = emitRaw(expression.args[0], w);
      const to = emitRaw(expression.args[1], w);
      const out = w.fresh();
      w.line(`const ${out} = ${to.code} - ${from.code};`);
      const nullable = from.nullable || to.nullable;
      // Raw operands: the difference of two present day numbers, absent when either is.
      const raw = from.absent !== undefined || to.absent !== undefined;
      return { code: out, type: "integer", nullable, ...(raw ? { absent: anyAbsent([from, to]) } : {}) };
    }
    case "add_months":
      return emitCall(
        addMonths,
        "addMonths",
        emitRaw(expression.args[0], w),
        numberLiteral(expression.months),
        "date",
        w,
      );
    case "working_day_deadline":
      return emitCall(
        workingDayDeadline,
        "workingDayDeadline",
        emitRaw(expression.args[0], w),
        numberLiteral(expression.days),
        "date",
        w,
      );
    case "age_on":
      return emitAge(emitRaw(expression.args[0], w), emitRaw(expression.args[1], w), w);
    case "case":
      return emitCase(expression, w);
    case "effective":
      return emitEffective(expression, w);
  }
}

/**
 * Age in completed years (F16, `ageOn`) in raw form: −1 when absent (an age is never negative). A
 * reference date before the birth date has no age (unknown), as in SQL: never an exception mid-run.
 */
function emitAge(birth: Emitted, at: Emitted, w: SourceWriter): Emitted {
  const out = w.fresh();
  const absent = anyAbsent([birth, at]);
  const b = asDayArgument(birth);
  const a = asDayArgument(at);
  const fn = w.external(ageOn, "ageOn");
  w.line(`const ${out} = ${absent === "" ? "" : `${absent} || `}${a} < ${b} ? -1 : ${fn}(${b}, ${a});`);
  return { code: out, type: "integer", nullable: true, integral: true, absent: `${out} < 0` };
}

function emitField(name: string, w: SourceWriter): Emitted {
  const column = w.chunk.column(name);
  const array = w.column(name);
  const out = w.fresh();
  switch (column.type) {
    case "date":
      w.line(`const ${out} = ${array}[i];`);
      return { code: out, type: "date", nullable: true, absent: `${out} === ${NULL_DAY}` };
    case "string":
      w.line(`const ${out} = ${array}[i];`);
      return { code: out, type: "string", nullable: true, dictionary: column.dictionary, absent: `${out} < 0` };
    default:
      w.line(`const ${out} = ${array}[i];`);
      return { code: out, type: column.type, nullable: true };
  }
}

function emitCall(
  fn: (day: number, n: number) => number,
  hint: string,
  date: Emitted,
  n: string,
  type: ValueType,
  w: SourceWriter,
): Emitted {
  const name = w.external(fn, hint);
  const out = w.fresh();
  const absent = absentTest(date);
  if (date.absent === undefined) {
    w.line(`const ${out} = ${absent === "" ? "" : `${absent} ? NaN : `}${name}(${asDayArgument(date)}, ${n});`);
    return { code: out, type, nullable: date.nullable };
  }
  // Raw form: the functions return day numbers of 0000–9999 or throw, never NULL_DAY.
  w.line(`const ${out} = ${absent} ? ${NULL_DAY} : ${name}(${date.code}, ${n});`);
  return { code: out, type, nullable: true, absent: `${out} === ${NULL_DAY}` };
}

/** Resolves a string literal against the dictionary of the string column it meets. */
function asCodes(left: Emitted, right: Emitted): [Emitted, Emitted] {
  if (left.type === "string" && right.type === "string") {
    if (left.text !== undefined && right.dictionary)
      return [constant(String(right.dictionary.intern(left.text)), "string"), right];
    if (right.text !== undefined && left.dictionary)
      return [left, constant(String(left.dictionary.intern(right.text)), "string")];
    if (left.dictionary && right.dictionary && left.dictionary !== right.dictionary) {
      fail("comparing two string columns with different dictionaries is not supported");
    }
  }
  return [left, right];
}

const OPERATORS = { eq: "===", ne: "!==", lt: "<", le: "<=", gt: ">", ge: ">=" } as const;

/** A boolean as two conditions (source text): unknown when `absent` holds ("" = never), else `holds`. */
interface Test {
  absent: string;
  holds: string;
}

/** A boolean in NaN form (1, 0 or NaN) from its test. */
function fromTest(test: Test, w: SourceWriter): Emitted {
  const out = w.fresh();
  const value = `${test.holds} ? 1 : 0`;
  w.line(`const ${out} = ${test.absent === "" ? value : `${test.absent} ? NaN : ${value}`};`);
  return { code: out, type: "boolean", nullable: test.absent !== "" };
}

function comparisonTest(op: keyof typeof OPERATORS, leftIn: Emitted, rightIn: Emitted): Test {
  if ((leftIn.type === "string" || rightIn.type === "string") && op !== "eq" && op !== "ne")
    fail(`operator ${op} is not defined for strings`);
  const [left, right] = asCodes(leftIn, rightIn);
  return { absent: anyAbsent([left, right]), holds: `${left.code} ${OPERATORS[op]} ${right.code}` };
}

/**
 * The test of a comparison, `in`, `is_null` or `not(is_null(…))` (refs followed), or null for any other
 * expression; nothing is emitted when it returns null.
 */
function testOf(expression: Expression, w: SourceWriter): Test | null {
  let e = expression;
  while (e.op === "ref") {
    const target = w.lets[e.name];
    if (!target) fail(`unknown ref ${e.name}`);
    e = target;
  }
  switch (e.op) {
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return comparisonTest(e.op, emitRaw(e.args[0], w), emitRaw(e.args[1], w));
    case "in":
      return inTest(emitRaw(e.args[0], w), e.values, w);
    case "is_null": {
      const absent = absentTest(emitRaw(e.args[0], w));
      return { absent: "", holds: absent === "" ? "false" : `(${absent})` };
    }
    case "not": {
      let inner = e.args[0];
      while (inner.op === "ref" && w.lets[inner.name]) inner = w.lets[inner.name]!;
      if (inner.op !== "is_null") return null;
      const absent = absentTest(emitRaw(inner.args[0], w));
      return { absent: "", holds: absent === "" ? "true" : `!(${absent})` };
    }
    default:
      return null;
  }
}

/**
 * A condition (source text) that holds exactly when the expression's value is 1 (true: not false and
 * not unknown), for a population rule or a sum's `where` (issue 14): a comparison, `in` or presence
 * test becomes one JavaScript condition on the raw values, without a three-valued local; any other
 * expression is emitted as usual and compared with 1.
 *
 * @example
 * ```ts
 * emitCondition($.le($.days($.field("a"), $.field("b")), 14), writer); // "(!(v0 === … || v1 === …) && v2 <= 14)"
 * ```
 */
export function emitCondition(expression: Expression, w: SourceWriter): string {
  const test = testOf(expression, w);
  if (test === null) return `(${emitExpression(expression, w).code} === 1)`;
  return test.absent === "" ? `(${test.holds})` : `(!(${test.absent}) && ${test.holds})`;
}

/** Kleene and/or with short-circuit: a labelled block left at the first deciding operand. */
function emitLogic(op: "and" | "or", args: Expression[], w: SourceWriter): Emitted {
  if (args.length === 1) return emitExpression(args[0]!, w);
  const decides = op === "and" ? 0 : 1;
  const out = w.fresh();
  const label = w.fresh("L");
  w.line(`let ${out} = ${1 - decides};`);
  w.line(`${label}: {`);
  for (const arg of args) {
    const value = emitExpression(arg, w);
    w.line(`if (${value.code} === ${decides}) { ${out} = ${decides}; break ${label}; }`);
    if (value.nullable) w.line(`if (${value.code} !== ${value.code}) ${out} = NaN;`);
  }
  w.line("}");
  return { code: out, type: "boolean", nullable: true };
}

function inTest(inner: Emitted, values: Array<string | number>, w: SourceWriter): Test {
  let members: number[];
  if (inner.type === "string") {
    const dictionary = inner.dictionary;
    if (!dictionary) fail("in: a string operand must be a field");
    members = values.map((value) => dictionary.intern(String(value)));
  } else {
    members = values.map((value) => Number(value));
  }
  const absent = absentTest(inner);
  if (members.length <= 4) {
    const any =
      members.length === 0
        ? "false"
        : members.map((member) => `${inner.code} === ${numberLiteral(member)}`).join(" || ");
    return { absent, holds: `(${any})` };
  }
  const set = w.external(new Set(members), "set");
  return { absent, holds: `${set}.has(${inner.code})` };
}

function emitCase(expression: Extract<Expression, { op: "case" }>, w: SourceWriter): Emitted {
  const out = w.fresh();
  const label = w.fresh("L");
  w.line(`let ${out} = NaN;`);
  w.line(`${label}: {`);
  let type: ValueType | undefined;
  for (const branch of expression.when) {
    const condition = emitExpression(branch.if, w);
    w.line(`if (${condition.code} === 1) {`);
    const value = emitExpression(branch.then, w);
    type ??= value.type;
    w.line(`${out} = ${value.code}; break ${label}; }`);
  }
  const otherwise = emitExpression(expression.else, w);
  w.line(`${out} = ${otherwise.code};`);
  w.line("}");
  return { code: out, type: type ?? otherwise.type, nullable: true };
}

/** The first rule in force on the date (and whose `when` holds) gives the value; none gives unknown. */
function emitEffective(expression: Extract<Expression, { op: "effective" }>, w: SourceWriter): Emitted {
  const date = emitExpression(expression.date, w);
  const out = w.fresh();
  const label = w.fresh("L");
  w.line(`let ${out} = NaN;`);
  w.line(`${label}: {`);
  w.line(`if (${date.code} !== ${date.code}) break ${label};`);
  for (const rule of expression.rules) {
    const bounds = [
      rule.from === null ? null : `${date.code} >= ${parseDate(rule.from)}`,
      rule.until === null ? null : `${date.code} <= ${parseDate(rule.until)}`,
    ].filter((bound) => bound !== null);
    w.line(bounds.length === 0 ? "{" : `if (${bounds.join(" && ")}) {`);
    if (rule.when) {
      const when = emitExpression(rule.when, w);
      w.line(`if (${when.code} === 1) {`);
    }
    const value = emitExpression(rule.value, w);
    w.line(`${out} = ${value.code}; break ${label};`);
    if (rule.when) w.line("}");
    w.line("}");
  }
  w.line("}");
  return { code: out, type: "boolean", nullable: true };
}

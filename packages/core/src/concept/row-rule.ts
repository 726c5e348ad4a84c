/**
 * Row rules compiled for the in-memory validators (issue 13; F8, F12, F13). A rule rejects a row when
 * its `holds` expression is false; unknown (null) passes, as in SQL. Compiled once per concept into a
 * plain two-valued test "is this condition false?" over the row's values (in field order, dates as day
 * numbers, absent = null), so no three-valued result is built per row. `ruleFailureSource` writes the
 * same test as JavaScript text for a generated row program. The node kinds a row rule may use are
 * fields, literals, dates, comparisons, `and`/`or`/`not`, `in`, `is_null`, `days` and `age_on`; the
 * reference evaluator (engine/reference) is the obviously-correct twin in the tests.
 */
import { ageOn } from "../calendar/age";
import { parseDate } from "../calendar/date";
import { UsageError } from "../errors/errors";
import type { Expression } from "../expression/expression";

type Values = readonly unknown[];
type Value = (values: Values) => unknown;
type Test = (values: Values) => boolean;

function unsupported(expression: Expression): never {
  throw new UsageError("invalid_definition", `a row rule cannot use the operator ${expression.op}`);
}

function compare(op: string, a: Value, b: Value): (values: Values, negate: boolean) => boolean {
  const holds = (x: unknown, y: unknown): boolean => {
    switch (op) {
      case "eq":
        return x === y;
      case "ne":
        return x !== y;
      case "lt":
        return (x as number) < (y as number);
      case "le":
        return (x as number) <= (y as number);
      case "gt":
        return (x as number) > (y as number);
      default:
        return (x as number) >= (y as number);
    }
  };
  return (values, negate) => {
    const x = a(values);
    if (x === null) return false;
    const y = b(values);
    return y !== null && holds(x, y) !== negate;
  };
}

function value(expression: Expression, indexOf: (field: string) => number): Value {
  switch (expression.op) {
    case "field": {
      const index = indexOf(expression.name);
      return (values) => values[index] ?? null;
    }
    case "literal": {
      const constant = expression.value;
      return () => constant;
    }
    case "date": {
      const day = parseDate(expression.value);
      return () => day;
    }
    case "days": {
      const from = value(expression.args[0], indexOf);
      const to = value(expression.args[1], indexOf);
      return (values) => {
        const a = from(values);
        const b = to(values);
        return a === null || b === null ? null : (b as number) - (a as number);
      };
    }
    case "age_on": {
      const birth = value(expression.args[0], indexOf);
      const at = value(expression.args[1], indexOf);
      return (values) => {
        const b = birth(values) as number | null;
        const a = at(values) as number | null;
        return a === null || b === null || a < b ? null : ageOn(b, a); // as the reference evaluator
      };
    }
    default: {
      const isTrue = test(expression, indexOf, true);
      const isFalse = test(expression, indexOf, false);
      return (values) => (isTrue(values) ? true : isFalse(values) ? false : null);
    }
  }
}

/** A test whether the condition is true (`wanted` true) or false (`wanted` false); unknown is neither. */
function test(expression: Expression, indexOf: (field: string) => number, wanted: boolean): Test {
  switch (expression.op) {
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge": {
      const compared = compare(expression.op, value(expression.args[0], indexOf), value(expression.args[1], indexOf));
      return (values) => compared(values, !wanted);
    }
    case "and":
    case "or": {
      const parts = expression.args.map((arg) => test(arg, indexOf, wanted));
      // true(and) and false(or) need every part; false(and) and true(or) need one.
      return (expression.op === "and") === wanted
        ? (values) => parts.every((part) => part(values))
        : (values) => parts.some((part) => part(values));
    }
    case "not":
      return test(expression.args[0], indexOf, !wanted);
    case "is_null": {
      const argument = value(expression.args[0], indexOf);
      return (values) => (argument(values) === null) === wanted;
    }
    case "in": {
      const argument = value(expression.args[0], indexOf);
      const members = new Set<unknown>(expression.values);
      return (values) => {
        const x = argument(values);
        return x !== null && members.has(x) === wanted;
      };
    }
    case "field":
    case "literal": {
      const argument = value(expression, indexOf);
      return (values) => argument(values) === wanted;
    }
    default:
      return unsupported(expression);
  }
}

/**
 * Compiles a rule's `holds` into a test that is true when the row breaks the rule (the condition is
 * false; unknown passes). `indexOf` maps a field name to its position in the values.
 *
 * @example
 * ```ts
 * const breaks = compileRuleFailure($.le($.field("a"), $.field("b")), (name) => (name === "a" ? 0 : 1));
 * breaks([5, 3]); // true
 * breaks([null, 3]); // false: unknown passes
 * ```
 */
export function compileRuleFailure(holds: Expression, indexOf: (field: string) => number): Test {
  return test(holds, indexOf, false);
}

function valueSource(expression: Expression, local: (field: string) => string): string {
  switch (expression.op) {
    case "field":
      return local(expression.name);
    case "literal":
      return JSON.stringify(expression.value);
    case "date":
      return String(parseDate(expression.value));
    case "days": {
      const [a, b] = expression.args.map((arg) => valueSource(arg, local));
      return `(${a}===null||${b}===null?null:${b}-${a})`;
    }
    case "age_on": {
      const [b, a] = expression.args.map((arg) => valueSource(arg, local));
      return `(${a}===null||${b}===null||${a}<${b}?null:ageOn(${b},${a}))`;
    }
    default: {
      const isTrue = testSource(expression, local, true);
      const isFalse = testSource(expression, local, false);
      return `(${isTrue}?true:${isFalse}?false:null)`;
    }
  }
}

const OPERATORS: Record<string, string> = { eq: "===", ne: "!==", lt: "<", le: "<=", gt: ">", ge: ">=" };

function testSource(expression: Expression, local: (field: string) => string, wanted: boolean): string {
  switch (expression.op) {
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge": {
      const [a, b] = expression.args.map((arg) => valueSource(arg, local));
      const compared = `${a}${OPERATORS[expression.op]}${b}`;
      return `(${a}!==null&&${b}!==null&&${wanted ? compared : `!(${compared})`})`;
    }
    case "and":
    case "or": {
      const parts = expression.args.map((arg) => testSource(arg, local, wanted));
      return `(${parts.join((expression.op === "and") === wanted ? "&&" : "||")})`;
    }
    case "not":
      return testSource(expression.args[0], local, !wanted);
    case "is_null":
      return `(${valueSource(expression.args[0], local)}${wanted ? "===" : "!=="}null)`;
    case "in": {
      const x = valueSource(expression.args[0], local);
      return `(${x}!==null&&${wanted ? "" : "!"}${JSON.stringify(expression.values)}.includes(${x}))`;
    }
    case "field":
    case "literal":
      return `(${valueSource(expression, local)}===${String(wanted)})`;
    default:
      return unsupported(expression);
  }
}

/**
 * The JavaScript text of the same test as `compileRuleFailure`, over locals named by `local` (the
 * generated text calls `ageOn`, which the generated function must have in scope).
 *
 * @example
 * ```ts
 * ruleFailureSource($.le($.field("a"), $.field("b")), (name) => `v_${name}`);
 * // "(v_a!==null&&v_b!==null&&!(v_a<=v_b))"
 * ```
 */
export function ruleFailureSource(holds: Expression, local: (field: string) => string): string {
  return testSource(holds, local, false);
}

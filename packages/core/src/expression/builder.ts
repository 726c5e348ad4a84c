/**
 * A TypeScript builder for the expression language, so that definitions read like their text in
 * indicators.md. Every function returns a plain JSON node (no closures): what is built is what is
 * hashed, evaluated and compiled to SQL.
 *
 * @example
 * ```ts
 * import { $ } from "@virta/core";
 * const wait = $.days($.field("need_assessment_date"), $.field("visit_date"));
 * const within14 = $.le(wait, 14); // { op: "le", args: [wait, { op: "literal", value: 14 }] }
 * ```
 */
import type { ComparisonOperator, EffectiveRule, Expression, ParameterName } from "./expression";

type Operand = Expression | string | number | boolean | null;

function isExpression(value: unknown): value is Expression {
  return typeof value === "object" && value !== null && "op" in value;
}

/** Turns a plain value into a literal; expressions pass through. Strings are literals, not field names. */
export function toExpression(value: Operand): Expression {
  return isExpression(value) ? value : { op: "literal", value };
}

function comparison(op: ComparisonOperator) {
  return (left: Operand, right: Operand): Expression =>
    ({ op, args: [toExpression(left), toExpression(right)] }) as Expression;
}

/** The builder functions. */
export const $ = {
  /** A field of the row. */
  field: (name: string): Expression => ({ op: "field", name }),
  /** A literal string, number, boolean or null. */
  literal: (value: string | number | boolean | null): Expression => ({ op: "literal", value }),
  /** A date literal (`YYYY-MM-DD`). */
  date: (value: string): Expression => ({ op: "date", value }),
  /** A parameter of the computation: `period_start`, `period_end`, `as_of`, `census_date`. */
  param: (name: ParameterName): Expression => ({ op: "param", name }),
  /** A named value of the definition's `let` block (e.g. `wait`). */
  ref: (name: string): Expression => ({ op: "ref", name }),
  eq: comparison("eq"),
  ne: comparison("ne"),
  lt: comparison("lt"),
  le: comparison("le"),
  gt: comparison("gt"),
  ge: comparison("ge"),
  /** Kleene conjunction. */
  and: (...args: Expression[]): Expression => ({ op: "and", args }),
  /** Kleene disjunction. */
  or: (...args: Expression[]): Expression => ({ op: "or", args }),
  /** Kleene negation. */
  not: (arg: Expression): Expression => ({ op: "not", args: [arg] }),
  /** Membership in a list of literals. */
  in: (arg: Expression, values: Array<string | number>): Expression => ({ op: "in", args: [arg], values }),
  /** True when the value is absent. */
  isNull: (arg: Expression): Expression => ({ op: "is_null", args: [arg] }),
  /** True when the value is present. */
  isPresent: (arg: Expression): Expression => ({ op: "not", args: [{ op: "is_null", args: [arg] }] }),
  /** `days(a, b)` = b − a in calendar days (calendar.md). */
  days: (from: Expression, to: Expression): Expression => ({ op: "days", args: [from, to] }),
  /** `addMonths(a, n)` by law 150/1930 3 §. */
  addMonths: (date: Expression, months: number): Expression => ({ op: "add_months", args: [date], months }),
  /** The n-th working day strictly after the date (law 150/1930 2 §). */
  workingDayDeadline: (date: Expression, days: number): Expression => ({
    op: "working_day_deadline",
    args: [date],
    days,
  }),
  /** Age in completed years of someone born on `birth`, on `at` (calendar.md "Age", F16). */
  ageOn: (birth: Expression, at: Expression): Expression => ({ op: "age_on", args: [birth, at] }),
  /** The first branch whose condition is true, else `otherwise`. */
  case: (branches: Array<[Expression, Operand]>, otherwise: Operand): Expression => ({
    op: "case",
    when: branches.map(([condition, value]) => ({ if: condition, then: toExpression(value) })),
    else: toExpression(otherwise),
  }),
  /** An effective-dated rule table chosen by `date` (calendar.md, "Legal deadlines change over time"). */
  effective: (date: Expression, rules: EffectiveRule[]): Expression => ({ op: "effective", date, rules }),
};

/**
 * The expression language of definitions: a small typed tree of plain JSON objects (fields, literals,
 * comparisons, three-valued and/or/not, set membership, null tests, and the calendar functions of
 * calendar.md: `days`, `addMonths`, `workingDayDeadline`, `ageOn`, effective-dated rule tables).
 *
 * The tree holds no JavaScript functions, so the same definition is hashed (fine-print F32), evaluated
 * by the in-memory engine and compiled to SQL. Null follows SQL's three-valued logic: a comparison with
 * an absent value is unknown, `and`/`or`/`not` are Kleene's, and a filter keeps only rows where its
 * condition is true — so every engine treats absent dates the same way.
 */

/** Value types of expressions and fields. */
export type ValueType = "date" | "integer" | "decimal" | "string" | "boolean";

/** Parameters a definition can refer to; their values come from the computation's options. */
export type ParameterName = "period_start" | "period_end" | "as_of" | "census_date";

/** Comparison operators. */
export type ComparisonOperator = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

/** One effective-dated rule: applies when `from ≤ date ≤ until` (either bound may be open) and `when` holds. */
export interface EffectiveRule {
  /** First day the rule is in force (ISO date), or null for "since always". */
  from: string | null;
  /** Last day the rule is in force (ISO date), or null for "until further notice". */
  until: string | null;
  /** An extra condition (e.g. the client's age on the date), or omitted. */
  when?: Expression;
  /** The value of the rule (usually a boolean condition such as "within 14 days"). */
  value: Expression;
  /** The legal source of the rule, for documentation. */
  source?: string;
}

/** An expression node. */
export type Expression =
  | { op: "field"; name: string }
  | { op: "literal"; value: string | number | boolean | null }
  | { op: "date"; value: string }
  | { op: "param"; name: ParameterName }
  | { op: "ref"; name: string }
  | { op: ComparisonOperator; args: [Expression, Expression] }
  | { op: "and" | "or"; args: Expression[] }
  | { op: "not"; args: [Expression] }
  | { op: "in"; args: [Expression]; values: Array<string | number> }
  | { op: "is_null"; args: [Expression] }
  | { op: "days"; args: [Expression, Expression] }
  | { op: "add_months"; args: [Expression]; months: number }
  | { op: "working_day_deadline"; args: [Expression]; days: number }
  | { op: "age_on"; args: [Expression, Expression] }
  | { op: "case"; when: Array<{ if: Expression; then: Expression }>; else: Expression }
  | { op: "effective"; date: Expression; rules: EffectiveRule[] };

/** The operator names of the language. */
export const EXPRESSION_OPERATORS = [
  "field",
  "literal",
  "date",
  "param",
  "ref",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "and",
  "or",
  "not",
  "in",
  "is_null",
  "days",
  "add_months",
  "working_day_deadline",
  "age_on",
  "case",
  "effective",
] as const;

/** The children of a node, in order. */
export function childrenOf(expression: Expression): Expression[] {
  switch (expression.op) {
    case "field":
    case "literal":
    case "date":
    case "param":
    case "ref":
      return [];
    case "case":
      return [...expression.when.flatMap((branch) => [branch.if, branch.then]), expression.else];
    case "effective":
      return [
        expression.date,
        ...expression.rules.flatMap((rule) => (rule.when ? [rule.when, rule.value] : [rule.value])),
      ];
    default:
      return expression.args;
  }
}

/** The field names an expression reads, resolving `ref`s through `lets`. */
export function fieldsOf(
  expression: Expression,
  lets: Record<string, Expression> = {},
  into = new Set<string>(),
): Set<string> {
  if (expression.op === "field") into.add(expression.name);
  else if (expression.op === "ref") {
    const target = lets[expression.name];
    if (target) fieldsOf(target, lets, into);
  }
  for (const child of childrenOf(expression)) fieldsOf(child, lets, into);
  return into;
}

/**
 * The expression language as one line of readable text (`days(need_assessment_date, visit_date) ≤ 14`):
 * the one rendering shared by the docs of the concepts (issue 13: row rules shown from their
 * declaration) and the catalogue site's indicator pages, which pass the connecting words of their
 * language.
 */
import type { Expression } from "./expression";

/** The connecting words of a rendering (English by default). */
export interface ExpressionWords {
  readonly and: string;
  readonly or: string;
  readonly not: string;
  readonly given: string;
  readonly absent: string;
  readonly in: string;
  readonly case: string;
  readonly when: string;
  readonly then: string;
  readonly else: string;
  readonly effective: string;
}

/** The English words. */
export const ENGLISH_EXPRESSION_WORDS: ExpressionWords = Object.freeze({
  and: "and",
  or: "or",
  not: "not",
  given: "is given",
  absent: "is absent",
  in: "in",
  case: "case",
  when: "when",
  then: "then",
  else: "else",
  effective: "effective on",
});

const COMPARISON: Record<string, string> = { eq: "=", ne: "≠", lt: "<", le: "≤", gt: ">", ge: "≥" };

/**
 * The expression as one line of text.
 *
 * @example
 * ```ts
 * expressionText({ op: "le", args: [{ op: "ref", name: "wait" }, { op: "literal", value: 14 }] }); // "wait ≤ 14"
 * expressionText($.or($.isNull($.field("a")), $.isPresent($.field("b")))); // "a is absent or b is given"
 * ```
 */
export function expressionText(expression: Expression, words: ExpressionWords = ENGLISH_EXPRESSION_WORDS): string {
  const w = words;
  const text = (inner: Expression): string => expressionText(inner, words);
  switch (expression.op) {
    case "field":
    case "ref":
      return expression.name;
    case "literal":
      return typeof expression.value === "string" ? `"${expression.value}"` : String(expression.value);
    case "date":
      return expression.value;
    case "param":
      return `{${expression.name}}`;
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return `${text(expression.args[0])} ${COMPARISON[expression.op]} ${text(expression.args[1])}`;
    case "and":
    case "or":
      return expression.args
        .map((arg) => (arg.op === "and" || arg.op === "or" ? `(${text(arg)})` : text(arg)))
        .join(` ${w[expression.op]} `);
    case "not":
      return expression.args[0].op === "is_null"
        ? `${text(expression.args[0].args[0])} ${w.given}`
        : `${w.not} (${text(expression.args[0])})`;
    case "in":
      return `${text(expression.args[0])} ${w.in} {${expression.values.join(", ")}}`;
    case "is_null":
      return `${text(expression.args[0])} ${w.absent}`;
    case "days":
      return `days(${text(expression.args[0])}, ${text(expression.args[1])})`;
    case "add_months":
      return `add_months(${text(expression.args[0])}, ${expression.months})`;
    case "working_day_deadline":
      return `working_day_deadline(${text(expression.args[0])}, ${expression.days})`;
    case "age_on":
      return `age_on(${text(expression.args[0])}, ${text(expression.args[1])})`;
    case "case":
      return (
        `${w.case} ` +
        `${expression.when.map((branch) => `${w.when} ${text(branch.if)} ${w.then} ${text(branch.then)}`).join(" ")}` +
        ` ${w.else} ${text(expression.else)}`
      );
    case "effective":
      return `${w.effective} ${text(expression.date)}: ${expression.rules
        .map(
          (rule) =>
            `[${rule.from ?? "…"} – ${rule.until ?? "…"}` +
            `${rule.when ? `, ${w.when} ${text(rule.when)}` : ""}] ${text(rule.value)}`,
        )
        .join("; ")}`;
  }
}

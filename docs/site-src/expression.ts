/**
 * Readable renderings of the expression language (docs/definitions.md "The expression language"): a
 * one-line formula (`days(need_assessment_date, visit_date) ≤ 14`) and the tree as nested lists, so a
 * statistician can check each rule against the national text.
 */
import type { Expression } from "@virta/core";
import { escapeHtml } from "./html";

const COMPARISON: Record<string, string> = { eq: "=", ne: "≠", lt: "<", le: "≤", gt: ">", ge: "≥" };

/**
 * The expression as one line of text.
 *
 * @example
 * ```ts
 * expressionText({ op: "le", args: [{ op: "ref", name: "wait" }, { op: "literal", value: 14 }] }); // "wait ≤ 14"
 * ```
 */
export function expressionText(expression: Expression): string {
  switch (expression.op) {
    case "field":
      return expression.name;
    case "literal":
      return typeof expression.value === "string" ? `"${expression.value}"` : String(expression.value);
    case "date":
      return expression.value;
    case "param":
      return `{${expression.name}}`;
    case "ref":
      return expression.name;
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return `${expressionText(expression.args[0])} ${COMPARISON[expression.op]} ${expressionText(expression.args[1])}`;
    case "and":
    case "or":
      return expression.args
        .map((arg) => (arg.op === "and" || arg.op === "or" ? `(${expressionText(arg)})` : expressionText(arg)))
        .join(` ${expression.op} `);
    case "not":
      return expression.args[0].op === "is_null"
        ? `${expressionText(expression.args[0].args[0])} is given`
        : `not (${expressionText(expression.args[0])})`;
    case "in":
      return `${expressionText(expression.args[0])} in {${expression.values.join(", ")}}`;
    case "is_null":
      return `${expressionText(expression.args[0])} is absent`;
    case "days":
      return `days(${expressionText(expression.args[0])}, ${expressionText(expression.args[1])})`;
    case "add_months":
      return `add_months(${expressionText(expression.args[0])}, ${expression.months})`;
    case "working_day_deadline":
      return `working_day_deadline(${expressionText(expression.args[0])}, ${expression.days})`;
    case "age_on":
      return `age_on(${expressionText(expression.args[0])}, ${expressionText(expression.args[1])})`;
    case "case":
      return `case ${expression.when.map((branch) => `when ${expressionText(branch.if)} then ${expressionText(branch.then)}`).join(" ")} else ${expressionText(expression.else)}`;
    case "effective":
      return `effective on ${expressionText(expression.date)}: ${expression.rules
        .map(
          (rule) =>
            `[${rule.from ?? "…"} – ${rule.until ?? "…"}${rule.when ? `, when ${expressionText(rule.when)}` : ""}] ${expressionText(rule.value)}`,
        )
        .join("; ")}`;
  }
}

function node(label: string, children: string[]): string {
  return `<li>${label}${children.length > 0 ? `<ul>${children.join("")}</ul>` : ""}</li>`;
}

function treeItem(expression: Expression): string {
  const op = (name: string) => `<span class="op">${escapeHtml(name)}</span>`;
  switch (expression.op) {
    case "field":
    case "literal":
    case "date":
    case "param":
    case "ref":
      return node(`${op(expression.op)} <code>${escapeHtml(expressionText(expression))}</code>`, []);
    case "in":
      return node(`${op("in")} {${escapeHtml(expression.values.join(", "))}}`, [treeItem(expression.args[0])]);
    case "add_months":
      return node(`${op("add_months")} ${expression.months}`, [treeItem(expression.args[0])]);
    case "working_day_deadline":
      return node(`${op("working_day_deadline")} ${expression.days}`, [treeItem(expression.args[0])]);
    case "case":
      return node(op("case"), [
        ...expression.when.map((branch) => node("when", [treeItem(branch.if), node("then", [treeItem(branch.then)])])),
        node("else", [treeItem(expression.else)]),
      ]);
    case "effective":
      return node(op("effective"), [
        node("date", [treeItem(expression.date)]),
        ...expression.rules.map((rule) =>
          node(
            `rule ${escapeHtml(rule.from ?? "…")} – ${escapeHtml(rule.until ?? "…")}${rule.source ? ` <small>(${escapeHtml(rule.source)})</small>` : ""}`,
            [...(rule.when ? [node("when", [treeItem(rule.when)])] : []), node("value", [treeItem(rule.value)])],
          ),
        ),
      ]);
    default:
      return node(
        `${op(COMPARISON[expression.op] ? `${expression.op} (${COMPARISON[expression.op]})` : expression.op)}`,
        expression.args.map(treeItem),
      );
  }
}

/**
 * The expression tree as a nested HTML list.
 *
 * @example
 * ```ts
 * expressionTree({ op: "is_null", args: [{ op: "field", name: "visit_date" }] });
 * // '<ul class="tree"><li><span class="op">is_null</span><ul><li><span class="op">field</span> <code>visit_date</code></li></ul></li></ul>'
 * ```
 */
export function expressionTree(expression: Expression): string {
  return `<ul class="tree">${treeItem(expression)}</ul>`;
}

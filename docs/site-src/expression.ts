/**
 * Readable renderings of the expression language (docs/definitions.md "The expression language"): a
 * one-line formula (`days(need_assessment_date, visit_date) ≤ 14`) and the tree as nested lists, so a
 * statistician can check each rule against the national text.
 */
import { type Expression, type ExpressionWords, expressionText as oneLine } from "@virta/core";
import { escapeHtml, type Lang } from "./html";

/** The connecting words of the expression language in each page language (issue 18: no English on fi/sv pages). */
const EXPRESSION_WORDS: Record<Lang, ExpressionWords & { date: string; rule: string; value: string }> = {
  fi: {
    and: "ja",
    or: "tai",
    not: "ei",
    given: "on annettu",
    absent: "puuttuu",
    in: "∈",
    case: "jos",
    when: "kun",
    then: "niin",
    else: "muuten",
    effective: "voimassa päivänä",
    date: "päivä",
    rule: "sääntö",
    value: "arvo",
  },
  sv: {
    and: "och",
    or: "eller",
    not: "inte",
    given: "är angiven",
    absent: "saknas",
    in: "∈",
    case: "om",
    when: "när",
    then: "så",
    else: "annars",
    effective: "gäller på",
    date: "datum",
    rule: "regel",
    value: "värde",
  },
  en: {
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
    date: "date",
    rule: "rule",
    value: "value",
  },
};

/** The names of the leaves of the tree (field, literal, …) on fi and sv pages. */
const LEAF_WORDS: Record<Lang, Record<string, string>> = {
  fi: { field: "kenttä", literal: "vakio", date: "päivä", param: "parametri", ref: "viittaus" },
  sv: { field: "fält", literal: "konstant", date: "datum", param: "parameter", ref: "referens" },
  en: {},
};

const COMPARISON: Record<string, string> = { eq: "=", ne: "≠", lt: "<", le: "≤", gt: ">", ge: "≥" };

/**
 * The expression as one line of text, in the page's language (core's `expressionText` with these words).
 *
 * @example
 * ```ts
 * expressionText({ op: "le", args: [{ op: "ref", name: "wait" }, { op: "literal", value: 14 }] }); // "wait ≤ 14"
 * ```
 */
export function expressionText(expression: Expression, lang: Lang = "en"): string {
  return oneLine(expression, EXPRESSION_WORDS[lang]);
}

const expressionTextIn = (expression: Expression, lang: Lang): string => expressionText(expression, lang);

function node(label: string, children: string[]): string {
  return `<li>${label}${children.length > 0 ? `<ul>${children.join("")}</ul>` : ""}</li>`;
}

function treeItem(expression: Expression, lang: Lang): string {
  const w = EXPRESSION_WORDS[lang];
  const treeItem = (inner: Expression) => treeItemIn(inner, lang);
  const expressionText = (inner: Expression) => expressionTextIn(inner, lang);
  const op = (name: string) => `<span class="op">${escapeHtml(name)}</span>`;
  switch (expression.op) {
    case "field":
    case "literal":
    case "date":
    case "param":
    case "ref":
      return node(
        `${op(lang === "en" ? expression.op : (LEAF_WORDS[lang][expression.op] ?? expression.op))} ` +
          `<code>${escapeHtml(expressionText(expression))}</code>`,
        [],
      );
    case "in":
      return node(`${op(w.in)} {${escapeHtml(expression.values.join(", "))}}`, [treeItem(expression.args[0])]);
    case "add_months":
      return node(`${op("add_months")} ${expression.months}`, [treeItem(expression.args[0])]);
    case "working_day_deadline":
      return node(`${op("working_day_deadline")} ${expression.days}`, [treeItem(expression.args[0])]);
    case "case":
      return node(op(w.case), [
        ...expression.when.map((branch) => node(w.when, [treeItem(branch.if), node(w.then, [treeItem(branch.then)])])),
        node(w.else, [treeItem(expression.else)]),
      ]);
    case "effective":
      return node(op(w.effective), [
        node(w.date, [treeItem(expression.date)]),
        ...expression.rules.map((rule) =>
          node(
            `${w.rule} ${escapeHtml(rule.from ?? "…")} – ${escapeHtml(rule.until ?? "…")}` +
              `${rule.source ? ` <small>(${escapeHtml(rule.source)})</small>` : ""}`,
            [...(rule.when ? [node(w.when, [treeItem(rule.when)])] : []), node(w.value, [treeItem(rule.value)])],
          ),
        ),
      ]);
    case "and":
    case "or":
    case "not":
      return node(op(lang === "en" ? expression.op : w[expression.op]!), expression.args.map(treeItem));
    case "is_null":
      return node(op(lang === "en" ? expression.op : w.absent), expression.args.map(treeItem));
    default: {
      const symbol = COMPARISON[expression.op];
      const name = symbol ? (lang === "en" ? `${expression.op} (${symbol})` : symbol) : expression.op;
      return node(`${op(name)}`, expression.args.map(treeItem));
    }
  }
}

const treeItemIn = (expression: Expression, lang: Lang): string => treeItem(expression, lang);

/**
 * The expression tree as a nested HTML list.
 *
 * @example
 * ```ts
 * expressionTree({ op: "is_null", args: [{ op: "field", name: "visit_date" }] });
 * // '<ul class="tree"><li><span class="op">is_null</span><ul><li><span class="op">field</span> '
 * // + '<code>visit_date</code></li></ul></li></ul>'
 * ```
 */
export function expressionTree(expression: Expression, lang: Lang = "en"): string {
  return `<ul class="tree">${treeItem(expression, lang)}</ul>`;
}

/**
 * Internal consistency of a definition: every field it reads is declared with a type, every `ref`
 * names a `let` value, and the forced dimension is one of its breakdowns. Mistakes here are found when
 * the definition is made, not when a region first computes it.
 */
import { UsageError } from "../errors/errors";
import { childrenOf, type Expression } from "../expression/expression";
import type { Definition } from "./definition";

function visit(expression: Expression, check: (node: Expression) => void): void {
  check(expression);
  for (const child of childrenOf(expression)) visit(child, check);
}

/** Throws a `UsageError("invalid_definition")` naming the first dangling reference. */
export function checkDefinitionReferences(definition: Definition): void {
  const fail = (message: string): never => {
    throw new UsageError("invalid_definition", `definition ${definition.id}: ${message}`);
  };
  const check = (concept: string) => (node: Expression) => {
    if (node.op === "field" && !definition.fields[concept]?.[node.name])
      fail(`field "${node.name}" of ${concept} has no declared type`);
    if (node.op === "ref" && !(node.name in definition.let)) fail(`ref "${node.name}" is not in let`);
  };
  const main = check(definition.source.concept);
  if (!definition.concepts.includes(definition.source.concept))
    fail(`source concept ${definition.source.concept} is not in concepts`);
  if (!definition.source.date && !definition.source.yearField) fail("source needs a date or a yearField");
  const expressions: Expression[] = [
    ...Object.values(definition.let),
    ...definition.population.map((rule) => rule.keep),
  ];
  if (definition.source.date) expressions.push(definition.source.date);
  for (const sum of [definition.numerator, definition.denominator]) {
    if (!sum || "join" in sum) continue;
    if (sum.where) expressions.push(sum.where);
    if (sum.value) expressions.push(sum.value);
    if (sum.field && !definition.fields[definition.source.concept]?.[sum.field])
      fail(`sum field "${sum.field}" has no declared type`);
  }
  if (definition.quantile) expressions.push(definition.quantile.value);
  for (const [name, spec] of Object.entries(definition.breakdowns)) {
    if (spec.kind === "field" && !definition.fields[definition.source.concept]?.[spec.field])
      fail(`breakdown ${name}: field "${spec.field}" has no declared type`);
    if (spec.kind === "age_group") expressions.push(spec.age);
    if (spec.kind === "band") expressions.push(spec.value);
    if (spec.kind === "sub_period" && !["month", "quarter", "tertial", "half"].includes(name))
      fail(`breakdown ${name}: a sub-period must be named month, quarter, tertial or half`);
  }
  for (const expression of expressions) visit(expression, main);
  if (definition.denominator && "join" in definition.denominator) {
    const join = definition.denominator.join;
    if (!definition.concepts.includes(join.concept)) fail(`joined concept ${join.concept} is not in concepts`);
    const joined = check(join.concept);
    for (const rule of join.population) visit(rule.keep, joined);
    for (const field of [join.yearField, join.sum.field, join.organizerField]) {
      if (!definition.fields[join.concept]?.[field]) fail(`field "${field}" of ${join.concept} has no declared type`);
    }
    if (!definition.source.organizerField) fail("a joined denominator needs source.organizerField");
  }
  if (definition.forced && !definition.breakdowns[definition.forced.dimension])
    fail(`forced dimension ${definition.forced.dimension} is not a breakdown`);
  if (definition.kind === "quantile" && !definition.quantile) fail("a quantile needs quantile.value and quantile.p");
  if (definition.kind !== "quantile" && !definition.numerator) fail("needs a numerator");
  if (definition.kind === "rate" && !definition.denominator) fail("a rate needs a denominator");
}

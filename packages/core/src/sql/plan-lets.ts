/**
 * The `let` values a plan uses, in dependency order (issue 15: each `let` value is computed once, in its
 * own CTE named after it, and later steps refer to its column). A let is used when an expression the
 * plan compiles for the main table — source date, population rules, numerator and denominator, quantile
 * value, dimensions — refers to it, directly or through another let; one a let refers to comes first.
 */
import type { Expression } from "../expression/expression";
import type { Plan } from "../plan/plan";

/** Adds the names of the `ref` nodes anywhere inside `node` to `out`. */
function refsIn(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.op === "ref" && typeof record.name === "string") out.add(record.name);
    for (const value of Object.values(record)) refsIn(value, out);
  }
}

/** The expressions the compiler evaluates over the main table's rows. */
function mainExpressions(plan: Plan): unknown[] {
  const definition = plan.definition;
  const denominator = definition.denominator && !("join" in definition.denominator) ? definition.denominator : null;
  return [
    definition.source.date,
    definition.population.map((rule) => rule.keep),
    definition.numerator,
    denominator,
    definition.quantile?.value,
    plan.dimensions.map((dimension) => {
      const spec = dimension.spec;
      return spec.kind === "age_group" ? spec.age : spec.kind === "band" ? spec.value : null;
    }),
  ];
}

/**
 * The names of the lets the plan uses, each after the lets it refers to (otherwise in declaration order).
 *
 * @example
 * ```ts
 * letsInOrder(planComputation(primaryCareWithin14Days, { period: "2024" })); // ["wait"]
 * ```
 */
export function letsInOrder(plan: Plan): string[] {
  const lets: Record<string, Expression> = plan.definition.let;
  const used = new Set<string>();
  refsIn(mainExpressions(plan), used);
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string): void => {
    if (order.includes(name) || visiting.has(name) || !(name in lets)) return;
    visiting.add(name);
    const inner = new Set<string>();
    refsIn(lets[name], inner);
    for (const ref of inner) visit(ref);
    visiting.delete(name);
    order.push(name);
  };
  for (const name of Object.keys(lets)) if (used.has(name)) visit(name);
  return order;
}

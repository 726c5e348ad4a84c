/**
 * The `let` values a plan uses, in dependency order (issue 15: each `let` value is computed once, in its
 * own CTE named after it, and later steps refer to its column). A let is used when an expression the
 * plan compiles for the main table — source date, population rules, numerator and denominator, quantile
 * value, dimensions — refers to it, directly or through another let; one a let refers to comes first.
 * `StepDeadlines` gives each such step (and the classified rows) the calendar joins of its own
 * working-day deadlines.
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

/** One working-day deadline a step uses: its column alias, the date's SQL and the count n. */
export interface Deadline {
  alias: string;
  argument: string;
  n: number;
}

/**
 * The working-day deadlines of the steps (a `let` CTE, a dimension value, the classified rows): one
 * LEFT JOIN of the calendar per distinct (argument, n) in the step that uses it; `all` keeps every one
 * for the calendar's span.
 *
 * @example
 * ```ts
 * const deadlines = new StepDeadlines(quoteStandardIdentifier);
 * deadlines.register('"opened_date"', 7); // '"__wd0"'
 * deadlines.take().joins.length; // 1
 * ```
 */
export class StepDeadlines {
  readonly all: Deadline[] = [];
  private step = new Map<string, Deadline>();
  constructor(private readonly q: (name: string) => string) {}

  /** The column of the deadline of `n` working days after `argument` in the current step. */
  register(argument: string, n: number): string {
    const key = `${n}|${argument}`;
    let entry = this.step.get(key);
    if (!entry) {
      entry = { alias: `__wd${this.all.length}`, argument, n };
      this.step.set(key, entry);
      this.all.push(entry);
    }
    return this.q(entry.alias);
  }

  /** The deadline columns and calendar joins of the step just compiled; the next step starts empty. */
  take(): { columns: string[]; joins: string[] } {
    const q = this.q;
    const entries = [...this.step.values()];
    this.step = new Map();
    return {
      columns: entries.map((entry) => `${q(`${entry.alias}_cal`)}.${q(entry.alias)}`),
      joins: entries.map((entry) => {
        const cal = q(`${entry.alias}_cal`);
        const days = `SELECT ${q("__day")}, ${q(`__deadline_${entry.n}`)} AS ${q(entry.alias)} FROM ${q("__calendar")}`;
        return `LEFT JOIN (${days}) AS ${cal} ON ${cal}.${q("__day")} = ${entry.argument}`;
      }),
    };
  }
}

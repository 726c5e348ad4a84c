/**
 * `sqlFor`: the SQL text of a definition or plan for one dialect, for a region to run itself
 * (`virta sql ID --dialect snowflake`). The text carries bind-variable placeholders; their values are
 * returned beside it, in order.
 */
import {
  compilePlanToSql,
  planComputation,
  sqlDialect,
  type ComputeOptions,
  type Definition,
  type Plan,
  type SqlQuery,
} from "@virta/core";
import { tableSources } from "./postgres-engine";

/** Options of `sqlFor`: the plan options (when given a definition) and the warehouse tables. */
export interface SqlForOptions extends Partial<ComputeOptions> {
  /** `schema.table` per concept (default: a table named after the concept). */
  tables?: Record<string, string>;
  /** Column per field per concept. */
  columns?: Record<string, Record<string, string>>;
}

function isPlan(value: Definition | Plan): value is Plan {
  return "definition" in value && "dimensions" in value;
}

/**
 * The SQL of a definition (planned with `options`) or a plan, for `dialect`.
 *
 * @example
 * ```ts
 * const { rows, accounts } = sqlFor(nps, "snowflake", {
 *   period: "2024",
 *   tables: { customer_feedback_answer: "DW.FEEDBACK" },
 * });
 * console.log(rows.text, rows.parameters);
 * ```
 */
export function sqlFor(
  definitionOrPlan: Definition | Plan,
  dialect: string,
  options: SqlForOptions = {},
): { rows: SqlQuery; accounts: SqlQuery } {
  const plan = isPlan(definitionOrPlan)
    ? definitionOrPlan
    : planComputation(definitionOrPlan, { period: options.period ?? "", ...options });
  const tables = options.tables ? tableSources(plan, options) : undefined;
  const compiled = compilePlanToSql(plan, sqlDialect(dialect), tables ? { tables } : {});
  return { rows: compiled.rows, accounts: compiled.accounts };
}

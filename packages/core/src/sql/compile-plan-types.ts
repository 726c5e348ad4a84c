/**
 * The types of the plan → SQL compiler (`compile-plan.ts`, issue 6): where a concept's rows are, the
 * compiler's options, and the compiled queries.
 */
import type { ValueType } from "../expression/expression";
import type { SqlDialect } from "./dialect";
import type { SqlValue } from "./parameters";

/** Where a concept's rows are: a table (name parts, e.g. `["warehouse", "visits"]`) and a column per field. */
export interface SqlTableSource {
  /** The table's name parts (schema, table), each quoted on its own. Default: `[concept]`. */
  table: string[];
  /** The column holding each field, when it differs from the field name. */
  columns?: Record<string, string>;
}

/** Options of the compiler. */
export interface CompileSqlOptions {
  /** The table of each concept (default: a table named after the concept). */
  tables?: Record<string, SqlTableSource>;
  /**
   * The main concept's table holds every row with its rejection reason in `__reason` (NULL when valid,
   * F8): a rejected row is excluded before F15's reasons and counted per reason in the accounts'
   * `rejected` column, and DuckDB gets `together` (issue 14).
   */
  withReasons?: boolean;
}

/** One compiled query: text and its bound parameters. */
export interface SqlQuery {
  text: string;
  parameters: SqlValue[];
}

/** The compiled plan. */
export interface CompiledSqlPlan {
  dialect: SqlDialect["name"];
  /**
   * Result cells: dimension labels `d0…`, `numerator`, `denominator`, `magnitude`, `negative`, `suppressed`,
   * `join_missing`.
   */
  rows: SqlQuery;
  /** Input accounting: `concept`, `reason` (null for rows in the population), `rows`. */
  accounts: SqlQuery;
  /** The fields read per concept (what a runner must load). */
  fields: Record<string, Record<string, ValueType>>;
  /** DuckDB with `withReasons`: the cells and the accounts from one statement, each row tagged `__part`. */
  together?: SqlQuery;
}

/**
 * What the SQL runners share (issue 6): the engine contract they implement (structurally identical to
 * `Engine` of `@virta/indicators`, which adapters must not import), the value conversion of validated
 * rows (dates as day numbers or ISO text, decimals as exact text), and the step from the two compiled
 * queries to an engine result with finished rows.
 */
import {
  accountsFromSql,
  compilePlanToSql,
  finishSqlRows,
  formatDate,
  parseDate,
  type CompileSqlOptions,
  type EngineOutput,
  type Plan,
  type ResultRow,
  type Row,
  type SqlAccountRow,
  type SqlCellRow,
  type SqlDialect,
  type SqlQuery,
  type ValueType,
} from "@virta/core";

/** What an SQL engine returns: accounts from SQL counts and finished rows (it rounds and suppresses itself). */
export interface SqlEngineResult extends EngineOutput {
  rows: ResultRow[];
}

/** The engine contract of `@virta/indicators` (`compute(…, { engine })`), restated structurally. */
export interface SqlEngine {
  readonly name: string;
  evaluate(plan: Plan, tables: Record<string, AsyncIterable<Row[]>>): Promise<SqlEngineResult>;
}

/** Runs one compiled query and returns its rows as objects. */
export type QueryRunner = (query: SqlQuery) => Promise<Array<Record<string, unknown>>>;

/**
 * Runs a plan's two queries and assembles the engine result.
 *
 * @example
 * ```ts
 * const result = await runCompiledPlan(plan, duckdbDialect, {}, (query) => connection.all(query));
 * ```
 */
export async function runCompiledPlan(
  plan: Plan,
  dialect: SqlDialect,
  options: CompileSqlOptions,
  run: QueryRunner,
): Promise<SqlEngineResult> {
  const compiled = compilePlanToSql(plan, dialect, options);
  const accountRows = await run(compiled.accounts);
  const cellRows = await run(compiled.rows);
  const finished = finishSqlRows(plan, cellRows as SqlCellRow[]);
  const accounts = accountsFromSql(accountRows as unknown as SqlAccountRow[], Object.keys(compiled.fields));
  return { cells: [], accounts, warnings: finished.warnings, rows: finished.rows };
}

/** A validated value as the text or number a driver binds (dates as ISO text). */
export function bindableValue(value: unknown, type: ValueType): string | number | boolean | null {
  if (value === null || value === undefined || value === "") return null;
  switch (type) {
    case "date": {
      const iso = typeof value === "number" ? formatDate(value) : formatDate(parseDate(String(value)));
      // The year 0000 (F4 accepts any valid date) is 1 BC in SQL: PostgreSQL refuses "0000-01-01".
      return iso.startsWith("0000-") ? `0001${iso.slice(4)} BC` : iso;
    }
    case "integer":
      return typeof value === "number" ? value : Number(value);
    case "boolean":
      return typeof value === "boolean" ? value : value === "true";
    default:
      return String(value);
  }
}

/** The day number of a validated date value. */
export function dayOf(value: unknown): number {
  return typeof value === "number" ? value : parseDate(String(value));
}

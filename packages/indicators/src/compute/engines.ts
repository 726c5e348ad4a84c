/**
 * Engines `compute` can use. An engine evaluates a checked plan over validated row batches and returns
 * exact cell aggregates (or, for engines that round themselves, such as SQL, finished rows). The
 * in-memory engine is the default; the reference engine is the deliberately simple row-by-row
 * interpreter kept to check it. SQL engines (DuckDB, PostgreSQL) live in `@virta/adapters` and plug in
 * through the same interface.
 */
import {
  type ColumnarTable,
  evaluateInMemory,
  evaluateReference,
  type EngineOutput,
  type Plan,
  type ResultRow,
  type Row,
} from "@virta/core";
import type { ValidationSummary } from "@virta/concepts";

/** What an engine returns: exact aggregates, or finished rows when it rounds and suppresses itself. */
export interface EngineResult extends EngineOutput {
  rows?: ResultRow[];
  /**
   * Per table, the validation an engine that reads its own tables ran itself (a warehouse validating in
   * SQL, F34): rows read, rejected per reason, warnings.
   */
  validation?: Record<string, ValidationSummary>;
}

/** An evaluation engine. */
export interface Engine {
  /** A short name (`memory`, `reference`, `duckdb`, `postgres`). */
  readonly name: string;
  /**
   * True for an engine that reads its own tables (a warehouse: PostgreSQL tables named by the caller).
   * `compute` then takes no `data`; it reports the engine's own validation (`validation`), or else every
   * row of each table as read.
   */
  readonly readsOwnTables?: boolean;
  evaluate(plan: Plan, tables: Record<string, AsyncIterable<Row[]>>): Promise<EngineResult>;
  /**
   * Evaluates over the validator's columnar chunks instead of rows (no row objects; issue 14). When an
   * engine has it, `compute` uses it.
   */
  evaluateColumns?(plan: Plan, tables: Record<string, AsyncIterable<ColumnarTable>>): Promise<EngineResult>;
}

/**
 * The compiled columnar in-memory engine (the default).
 *
 * @example
 * ```ts
 * await compute(primaryCareWithin14Days, { data, period: "2024", engine: memoryEngine });
 * ```
 */
export const memoryEngine: Engine = {
  name: "memory",
  evaluate: (plan, tables) => evaluateInMemory(plan, tables),
  evaluateColumns: (plan, tables) => evaluateInMemory(plan, tables),
};

/** The row-by-row reference interpreter (slow; for differential tests). */
export const referenceEngine: Engine = {
  name: "reference",
  evaluate: (plan, tables) => evaluateReference(plan, tables),
};

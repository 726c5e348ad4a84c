/**
 * The PostgreSQL runner (issue 6): over a connection string (`pg`), either loading the validated rows
 * into temporary tables of the session (the engine of `compute`), or running a plan directly against
 * the caller's warehouse tables with a column mapping. Values travel as `$n` parameters; schema, table
 * and column names are quoted. The session time zone is Europe/Helsinki (F4).
 */
import type pg from "pg";
import {
  compilePlanToSql,
  postgresDialect,
  UsageError,
  type Plan,
  type Row,
  type SqlQuery,
  type SqlTableSource,
  type ValueType,
} from "@virta/core";
import { postgresClient } from "./postgres-client";
import { warehouseError } from "./warehouse-errors";
import { bindableValue, runCompiledPlan, type SqlEngine, type SqlEngineResult } from "./sql-engine";

/** Options of the PostgreSQL engine and runner. */
export interface PostgresEngineOptions {
  /** The connection string, e.g. `postgres://user@host:5432/db`. */
  url: string;
  /** Existing tables per concept as `schema.table` (for `runPlanOnPostgres`). */
  tables?: Record<string, string>;
  /** Column per field per concept, when the warehouse names differ. */
  columns?: Record<string, Record<string, string>>;
}

function queryRunner(client: pg.ClientBase) {
  return async (query: SqlQuery): Promise<Array<Record<string, unknown>>> =>
    (await client.query(query.text, query.parameters)).rows;
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await postgresClient(url); // ended on the server if the run is interrupted
  try {
    return await body(client);
  } catch (error) {
    throw warehouseError(error, { url });
  } finally {
    await client.end().catch(() => {});
  }
}

const q = postgresDialect.quoteIdentifier;
const ROWS_PER_INSERT = 500;

async function loadTable(
  client: pg.Client,
  schema: string,
  table: string,
  fields: Record<string, ValueType>,
  batches: AsyncIterable<Row[]> | undefined,
): Promise<void> {
  const names = Object.keys(fields);
  await client.query(
    `CREATE TEMPORARY TABLE ${q(table)} (${names
      .map((name) => `${q(name)} ${postgresDialect.typeName(fields[name]!)}`)
      .join(", ")})`,
  );
  if (!batches) return;
  const insert = async (rows: Row[]): Promise<void> => {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    const tuples = rows.map(
      (row) =>
        `(${names
          .map((name) => {
            values.push(bindableValue(row[name], fields[name]!));
            return `$${values.length}`;
          })
          .join(", ")})`,
    );
    await client.query(
      `INSERT INTO ${q(schema)}.${q(table)} (${names.map(q).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
  };
  for await (const batch of batches)
    for (let start = 0; start < batch.length; start += ROWS_PER_INSERT)
      await insert(batch.slice(start, start + ROWS_PER_INSERT));
}

/**
 * The PostgreSQL engine for `compute(…, { engine })`: loads the rows into temporary tables of the
 * session (`pg_temp`), runs the compiled plan and drops them; the server drops them itself when the
 * session ends, so an interrupted run (SIGINT, SIGTERM, a lost connection) leaves nothing behind.
 *
 * @example
 * ```ts
 * const engine = createPostgresEngine({ url: "postgres://postgres@127.0.0.1:54329/postgres" });
 * await compute(nps, { data, period: "2024", engine });
 * ```
 */
export function createPostgresEngine(options: PostgresEngineOptions): SqlEngine {
  return {
    name: "postgres",
    evaluate: (plan, tables) =>
      withClient(options.url, async (client) => {
        const schema = "pg_temp";
        try {
          const { fields } = compilePlanToSql(plan, postgresDialect);
          const sources: Record<string, SqlTableSource> = {};
          for (const [concept, conceptFields] of Object.entries(fields)) {
            await loadTable(client, schema, concept, conceptFields, tables[concept]);
            sources[concept] = { table: [schema, concept] };
          }
          return await runCompiledPlan(plan, postgresDialect, { tables: sources }, queryRunner(client));
        } finally {
          for (const concept of plan.definition.concepts)
            await client.query(`DROP TABLE IF EXISTS pg_temp.${q(concept)}`).catch(() => {});
        }
      }),
  };
}

/**
 * Splits `schema.table` into quoted-later name parts; a name part may not be empty.
 *
 * @example
 * ```ts
 * tableNameParts("dw.visits"); // ["dw", "visits"]
 * ```
 */
export function tableNameParts(name: string): string[] {
  const parts = name.split(".");
  if (parts.some((part) => part === "")) {
    throw new UsageError("invalid_table", `table "${name}" is not a table name: expected table or schema.table`, {
      option: "table",
      value: name,
    });
  }
  return parts;
}

/** The compiler's table sources from `tables` and `columns` options. */
export function tableSources(
  plan: Plan,
  options: Pick<PostgresEngineOptions, "tables" | "columns">,
): Record<string, SqlTableSource> {
  const sources: Record<string, SqlTableSource> = {};
  for (const concept of plan.definition.concepts) {
    const table = options.tables?.[concept];
    if (!table)
      throw new UsageError(
        "missing_table",
        `${plan.definition.id} reads ${concept}: name its table (--table ${concept}=schema.table)`,
        { option: "table", value: concept },
      );
    sources[concept] = {
      table: tableNameParts(table),
      ...(options.columns?.[concept] ? { columns: options.columns[concept] } : {}),
    };
  }
  return sources;
}

/**
 * Runs a plan directly against existing PostgreSQL tables (no loading, no validation): the input
 * accounting counts every row of each table.
 *
 * @example
 * ```ts
 * const result = await runPlanOnPostgres(plan, {
 *   url,
 *   tables: { health_care_visit: "dw.visits" },
 *   columns: { health_care_visit: { visit_date: "käyntipvm" } },
 * });
 * ```
 */
export function runPlanOnPostgres(plan: Plan, options: PostgresEngineOptions): Promise<SqlEngineResult> {
  const tables = tableSources(plan, options);
  return withClient(options.url, (client) => runCompiledPlan(plan, postgresDialect, { tables }, queryRunner(client)));
}

/**
 * An engine over existing warehouse tables (`virta compute … --engine postgres --table
 * concept=schema.table`): `compute` gives it no rows; it runs the plan on the named tables, with an
 * optional column mapping, and every row of each table counts as read.
 *
 * @example
 * ```ts
 * const engine = createPostgresWarehouseEngine({ url, tables: { health_care_visit: "dw.visits" } });
 * await compute(primaryCareWithin14Days, { data: {}, period: "2024", engine });
 * ```
 */
export function createPostgresWarehouseEngine(
  options: PostgresEngineOptions & { tables: Record<string, string> },
): SqlEngine & { readonly readsOwnTables: true } {
  return { name: "postgres", readsOwnTables: true, evaluate: (plan) => runPlanOnPostgres(plan, options) };
}

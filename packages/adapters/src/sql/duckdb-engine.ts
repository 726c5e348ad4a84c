/**
 * The DuckDB runner (issue 6): an embedded in-process DuckDB (`@duckdb/node-api`) that loads the
 * validated rows through an appender (or reads CSV/Parquet files directly), runs the plan compiled for
 * the DuckDB dialect, and returns finished rows. The session time zone is Europe/Helsinki (F4).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadDuckDb } from "../readers/load-duckdb";
import {
  duckdbDialect,
  UsageError,
  compilePlanToSql,
  type Plan,
  type Row,
  type SqlQuery,
  type SqlTableSource,
  type ValueType,
} from "@virta/core";
import { dayOf, runCompiledPlan, type SqlEngine, type SqlEngineResult } from "./sql-engine";

/** Options of the DuckDB engine. */
export interface DuckDbEngineOptions {
  /** The database path (default `:memory:`). */
  path?: string;
}

async function openConnection(path: string): Promise<DuckDBConnection> {
  const { DuckDBInstance } = loadDuckDb(); // loaded on first use, through require (load-duckdb.ts)
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'Europe/Helsinki'"); // F4
  } catch {
    // Without the ICU extension DuckDB has no time zones; the engine uses dates only, never timestamps.
  }
  return connection;
}

function queryRunner(connection: DuckDBConnection) {
  return async (query: SqlQuery): Promise<Array<Record<string, unknown>>> => {
    const reader = await connection.runAndReadAll(query.text, query.parameters as never);
    return reader.getRowObjectsJson() as Array<Record<string, unknown>>;
  };
}

/** The staging type of a value type (decimals stay exact text; the compiled SQL casts them). */
function stagingType(type: ValueType): string {
  return { date: "DATE", integer: "BIGINT", decimal: "VARCHAR", string: "VARCHAR", boolean: "BOOLEAN" }[type];
}

async function loadTable(
  connection: DuckDBConnection,
  table: string,
  fields: Record<string, ValueType>,
  batches: AsyncIterable<Row[]> | undefined,
): Promise<void> {
  const q = duckdbDialect.quoteIdentifier;
  const names = Object.keys(fields);
  await connection.run(
    `CREATE OR REPLACE TABLE ${q(table)} (${names
      .map((name) => `${q(name)} ${stagingType(fields[name]!)}`)
      .join(", ")})`,
  );
  if (!batches) return;
  const { dateValue } = loadDuckDb(); // loaded on first use, through require (load-duckdb.ts)
  const appender = await connection.createAppender(table);
  const types = names.map((name) => fields[name]!);
  for await (const batch of batches) {
    for (const row of batch) {
      for (let c = 0; c < names.length; c++) {
        const value = row[names[c]!];
        if (value === null || value === undefined || value === "") {
          appender.appendNull();
          continue;
        }
        switch (types[c]) {
          case "date":
            appender.appendDate(dateValue(dayOf(value)));
            break;
          case "integer":
            appender.appendBigInt(BigInt(value as number));
            break;
          case "boolean":
            appender.appendBoolean(value === true || value === "true");
            break;
          default:
            appender.appendVarchar(String(value));
        }
      }
      appender.endRow();
    }
  }
  appender.closeSync();
}

/**
 * The DuckDB engine for `compute(…, { engine })`: each evaluation loads the rows it is given into a
 * fresh in-memory database and runs the compiled plan there.
 *
 * @example
 * ```ts
 * const result = await compute(primaryCareWithin14Days, { data, period: "2024", engine: createDuckDbEngine() });
 * ```
 */
export function createDuckDbEngine(options: DuckDbEngineOptions = {}): SqlEngine {
  return {
    name: "duckdb",
    async evaluate(plan: Plan, tables: Record<string, AsyncIterable<Row[]>>): Promise<SqlEngineResult> {
      const connection = await openConnection(options.path ?? ":memory:");
      try {
        const { fields } = compilePlanToSql(plan, duckdbDialect);
        for (const [concept, conceptFields] of Object.entries(fields))
          await loadTable(connection, concept, conceptFields, tables[concept]);
        return await runCompiledPlan(plan, duckdbDialect, {}, queryRunner(connection));
      } finally {
        connection.closeSync();
      }
    },
  };
}

/** A file DuckDB reads directly, with an optional column per field. */
export interface DuckDbFileSource {
  path: string;
  format?: "csv" | "parquet";
  columns?: Record<string, string>;
}

/**
 * Runs a plan directly over CSV or Parquet files (no validation: the files must already hold valid
 * rows in the concept's form; empty CSV fields are absent, F1). The file path is bound as a parameter.
 *
 * @example
 * ```ts
 * const result = await runPlanOnDuckDbFiles(plan, { health_care_visit: { path: "visits.parquet" } });
 * ```
 */
export async function runPlanOnDuckDbFiles(
  plan: Plan,
  files: Record<string, DuckDbFileSource>,
): Promise<SqlEngineResult> {
  const connection = await openConnection(":memory:");
  const q = duckdbDialect.quoteIdentifier;
  try {
    const { fields } = compilePlanToSql(plan, duckdbDialect);
    const tables: Record<string, SqlTableSource> = {};
    for (const [concept, conceptFields] of Object.entries(fields)) {
      const file = files[concept];
      if (!file)
        throw new UsageError("missing_data", `${plan.definition.id} reads ${concept}: give its file`, {
          option: "data",
          value: concept,
        });
      const format = file.format ?? (file.path.toLowerCase().endsWith(".parquet") ? "parquet" : "csv");
      const reader = format === "parquet" ? "read_parquet($1)" : "read_csv($1, all_varchar = true, header = true)";
      const columns = Object.keys(conceptFields).map((field) => {
        const column = q(file.columns?.[field] ?? field);
        return format === "csv" ? `NULLIF(${column}, '') AS ${q(field)}` : `${column} AS ${q(field)}`;
      });
      const staging = `__file_${concept}`;
      const prepared = await connection.prepare(
        `CREATE TABLE ${q(staging)} AS SELECT ${columns.join(", ")} FROM ${reader}`,
      );
      prepared.bindVarchar(1, file.path);
      await prepared.run();
      tables[concept] = { table: [staging] };
    }
    return await runCompiledPlan(plan, duckdbDialect, { tables }, queryRunner(connection));
  } finally {
    connection.closeSync();
  }
}

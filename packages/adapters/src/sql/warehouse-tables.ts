/**
 * Raw warehouse tables as validator input (issue 15, fine-print F34): a staging table in PostgreSQL or a
 * DuckDB database file is read in its physical order (PostgreSQL `ctid`, DuckDB `rowid`) or in the order
 * of a `--row-number` column, every cell as the text the source holds (typed DATE, NUMERIC, INTEGER and
 * BOOLEAN columns as their canonical text; time-zone-aware timestamps as their Europe/Helsinki date, F4),
 * so the concept's own validator checks, normalises, derives and rejects exactly as for a file (F1–F14).
 * Column names match field names after trimming (F29); `--column concept.field=column` maps others.
 */
import { existsSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadDuckDb } from "../readers/load-duckdb";
import { type ColumnBatch, UsageError, duckdbDialect, postgresDialect } from "@virta/core";
import { assertHeader } from "@virta/concepts";
import type pg from "pg";
import { tableNameParts } from "./postgres-engine";
import { postgresClient } from "./postgres-client";
import { warehouseError } from "./warehouse-errors";

export { assertPostgresUrl, postgresClient } from "./postgres-client";

/** One batch of a table: cells in column order and each row's record number (F9, F34). */
export interface WarehouseBatch {
  records: number[];
  values: unknown[][];
}

/**
 * A warehouse table as the validator's input: the (field) column names and a column batch source
 * (`batches()`, `ColumnBatch` of `@virta/core`) that reads the table again on every call.
 */
export interface WarehouseTableInput {
  columns: string[];
  batches(): AsyncIterable<ColumnBatch>;
}

/** Row batches of cells → column batches named `source` (record numbers kept, F9, F34). */
async function* columnBatches(
  source: string,
  names: readonly string[],
  rows: AsyncIterable<WarehouseBatch>,
): AsyncGenerator<ColumnBatch> {
  for await (const { records, values } of rows) {
    const columns = names.map((_, column) => values.map((row) => row[column]));
    yield { source, names, columns, length: values.length, records };
  }
}

/** Which table holds a concept's rows, and how its columns are named. */
export interface WarehouseTableSpec {
  concept: string;
  /** `table` or `schema.table`. */
  table: string;
  /** Column per field when the names differ (`--column`). */
  columns?: Record<string, string>;
  /** A column holding the source's record number (F34 `--row-number`); default the physical order. */
  rowNumber?: string;
}

/** Rows fetched per round trip. */
const BATCH_ROWS = 10_000;

/** A column of a warehouse table and its type as the database names it. */
export interface ColumnInfo {
  name: string;
  type: string;
}

/** The header the validator sees: fields for mapped columns, trimmed names for the others (F29, F34). */
export function headerOf(
  spec: WarehouseTableSpec,
  columns: readonly ColumnInfo[],
): { header: string[]; picked: ColumnInfo[] } {
  const byColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(spec.columns ?? {})) {
    if (!columns.some((info) => info.name === column))
      throw new UsageError(
        "missing_column",
        `${spec.table}: --column ${spec.concept}.${field}=${column} names no column of the table`,
        { option: "column", value: column },
      );
    byColumn.set(column, field);
  }
  if (spec.rowNumber !== undefined && !columns.some((info) => info.name === spec.rowNumber))
    throw new UsageError(
      "missing_column",
      `${spec.table}: --row-number ${spec.rowNumber} names no column of the table`,
      {
        option: "row-number",
        value: spec.rowNumber,
      },
    );
  const header: string[] = [];
  const picked: ColumnInfo[] = [];
  for (const info of columns) {
    if (info.name === spec.rowNumber) continue;
    header.push(byColumn.get(info.name) ?? info.name.trim());
    picked.push(info);
  }
  assertHeader(spec.concept, header, spec.table);
  return { header, picked };
}

// ---------------------------------------------------------------- PostgreSQL

/** A cell as text in PostgreSQL: time-zone-aware timestamps as their Helsinki date (F4). */
export function postgresCell(info: ColumnInfo): string {
  const column = postgresDialect.quoteIdentifier(info.name);
  if (info.type === "timestamp with time zone")
    return `to_char(${column} AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')`;
  if (info.type.startsWith("timestamp")) return `to_char(${column}, 'YYYY-MM-DD')`;
  if (info.type === "date") return `to_char(${column}, 'YYYY-MM-DD')`;
  return `CAST(${column} AS TEXT)`;
}

/** The columns of a PostgreSQL table in their order; a usage error when there is no such table. */
export async function postgresColumns(client: pg.Client, spec: WarehouseTableSpec): Promise<ColumnInfo[]> {
  const parts = tableNameParts(spec.table);
  const schema = parts.length > 1 ? parts.slice(0, -1).join(".") : null;
  const name = parts[parts.length - 1]!;
  const result = await client.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [
      schema === null
        ? postgresDialect.quoteIdentifier(name)
        : `${postgresDialect.quoteIdentifier(schema)}.${postgresDialect.quoteIdentifier(name)}`,
    ],
  );
  if (result.rows.length === 0)
    throw new UsageError("missing_table", `table ${spec.table} does not exist (or has no columns) in the database`, {
      option: "table",
      value: spec.table,
    });
  return result.rows as ColumnInfo[];
}

/**
 * Opens a PostgreSQL table for validation: checks the table and its columns now, reads the rows (in a
 * read-only transaction, through a cursor) each time `batches()` is called.
 *
 * @example
 * ```ts
 * const input = await openPostgresTable(url, { concept: "health_care_visit", table: "staging.visits" });
 * for await (const batch of input.batches()) batch.length;
 * ```
 */
export async function openPostgresTable(url: string, spec: WarehouseTableSpec): Promise<WarehouseTableInput> {
  const client = await postgresClient(url);
  let columns: ColumnInfo[];
  try {
    columns = await postgresColumns(client, spec).catch((error: unknown) => {
      throw warehouseError(error, { url, table: spec.table });
    });
  } finally {
    await client.end().catch(() => {});
  }
  const { header, picked } = headerOf(spec, columns);
  const q = postgresDialect.quoteIdentifier;
  const table = tableNameParts(spec.table).map(q).join(".");
  const order = spec.rowNumber === undefined ? "ctid" : `CAST(${q(spec.rowNumber)} AS NUMERIC)`;
  const record = spec.rowNumber === undefined ? "NULL" : `CAST(${q(spec.rowNumber)} AS TEXT)`;
  const text = `SELECT ${record} AS "__record", ${picked.map(postgresCell).join(", ")} FROM ${table} ORDER BY ${order}`;
  async function* batches(): AsyncGenerator<WarehouseBatch> {
    const reader = await postgresClient(url);
    try {
      await reader.query("BEGIN READ ONLY");
      await reader.query(`DECLARE virta_rows NO SCROLL CURSOR FOR ${text}`);
      let position = 0;
      for (;;) {
        const result = await reader.query({ text: `FETCH ${BATCH_ROWS} FROM virta_rows`, rowMode: "array" });
        if (result.rows.length === 0) break;
        const records: number[] = [];
        const values: unknown[][] = [];
        for (const row of result.rows as unknown[][]) {
          position += 1;
          records.push(row[0] === null ? position : Number(row[0]));
          values.push(row.slice(1));
        }
        yield { records, values };
      }
      await reader.query("COMMIT");
    } catch (error) {
      throw warehouseError(error, { url, table: spec.table });
    } finally {
      await reader.end().catch(() => {});
    }
  }
  return { columns: header, batches: () => columnBatches(spec.table, header, batches()) };
}

// ---------------------------------------------------------------- DuckDB

/** A cell as text in DuckDB: time-zone-aware timestamps as their Helsinki date (F4). */
export function duckdbCell(info: ColumnInfo): string {
  const column = duckdbDialect.quoteIdentifier(info.name);
  const type = info.type.toUpperCase();
  if (type === "TIMESTAMP WITH TIME ZONE") return `strftime(timezone('Europe/Helsinki', ${column}), '%Y-%m-%d')`;
  if (type.startsWith("TIMESTAMP") || type === "DATE") return `strftime(${column}, '%Y-%m-%d')`;
  return `CAST(${column} AS VARCHAR)`;
}

/** A read-only connection to a DuckDB database file in the Helsinki time zone (F4). */
export async function duckdbConnection(path: string): Promise<DuckDBConnection> {
  try {
    if (!existsSync(path))
      throw new UsageError("missing_database", `--db ${path}: no such DuckDB database file`, { option: "db" });
    // Read only, so that other readers may hold the file too; a database this process already has open
    // (with another configuration) is used as it is.
    const { DuckDBInstance } = loadDuckDb(); // loaded on first use, through require (load-duckdb.ts)
    const instance = await DuckDBInstance.fromCache(path, { access_mode: "READ_ONLY" }).catch((error: unknown) => {
      if (/different configuration/.test(String((error as Error).message))) return DuckDBInstance.fromCache(path);
      throw error;
    });
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'Europe/Helsinki'"); // F4
    return connection;
  } catch (error) {
    throw warehouseError(error, { url: path });
  }
}

/**
 * The columns of a DuckDB table and its quoted name: `schema.table` inside the file's own catalog (a
 * file named like the schema would make it ambiguous).
 */
export async function duckdbColumns(
  connection: DuckDBConnection,
  spec: WarehouseTableSpec,
): Promise<{ columns: ColumnInfo[]; table: string; parts: string[] }> {
  const parts = tableNameParts(spec.table);
  if (parts.length === 2) {
    const catalog = (await connection.runAndReadAll("SELECT current_database() AS c")).getRowObjectsJson()[0]!.c;
    parts.unshift(String(catalog));
  }
  const table = parts.map(duckdbDialect.quoteIdentifier).join(".");
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${table}`);
  const columns = (reader.getRowObjectsJson() as Array<Record<string, string>>).map((row) => ({
    name: row.column_name!,
    type: row.column_type!,
  }));
  return { columns, table, parts };
}

/**
 * Opens a table of a DuckDB database file for validation (read only), in `rowid` order unless a
 * `rowNumber` column is named.
 *
 * @example
 * ```ts
 * const input = await openDuckDbTable("warehouse.duckdb", { concept: "health_care_visit", table: "staging.visits" });
 * ```
 */
export async function openDuckDbTable(path: string, spec: WarehouseTableSpec): Promise<WarehouseTableInput> {
  const q = duckdbDialect.quoteIdentifier;
  const connection = await duckdbConnection(path);
  let columns: ColumnInfo[];
  let table: string;
  try {
    ({ columns, table } = await duckdbColumns(connection, spec));
  } catch (error) {
    connection.closeSync();
    throw warehouseError(error, { url: path, table: spec.table });
  }
  connection.closeSync();
  const { header, picked } = headerOf(spec, columns);
  const order = spec.rowNumber === undefined ? "rowid" : `TRY_CAST(${q(spec.rowNumber)} AS DECIMAL(38,0))`;
  const record = spec.rowNumber === undefined ? "NULL" : `CAST(${q(spec.rowNumber)} AS VARCHAR)`;
  const text = `SELECT ${record} AS "__record", ${picked.map(duckdbCell).join(", ")} FROM ${table} ORDER BY ${order}`;
  async function* batches(): AsyncGenerator<WarehouseBatch> {
    const reader = await duckdbConnection(path);
    try {
      const result = await reader.stream(text);
      let position = 0;
      let records: number[] = [];
      let values: unknown[][] = [];
      for await (const rows of result.yieldRowsJson()) {
        for (const row of rows) {
          position += 1;
          records.push(row[0] === null ? position : Number(row[0]));
          values.push(row.slice(1));
        }
        if (values.length >= BATCH_ROWS) {
          yield { records, values };
          records = [];
          values = [];
        }
      }
      if (values.length > 0) yield { records, values };
    } catch (error) {
      throw warehouseError(error, { url: path, table: spec.table });
    } finally {
      reader.closeSync();
    }
  }
  return { columns: header, batches: () => columnBatches(spec.table, header, batches()) };
}

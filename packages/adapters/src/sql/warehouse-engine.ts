/**
 * Compute on raw warehouse tables with the validation executed in the database (issue 15, fine-print
 * F34: every engine applies the concept rules, F1–F14). The concept validation compiled from the
 * declaration runs in DuckDB or PostgreSQL, once per table into a temporary table of validated rows
 * (`materialisedValidation`) that the plan's queries read: no row travels to Node. Rows read and
 * rejected per reason come from one SQL count per table; the rejected-share limit
 * (F14), the unknown-column warnings and the result rows are those of the embedded engine. Only a
 * strict run (`--strict`) that finds a rejected row reads the table once more through the in-memory
 * validator, so the error names the very row, field and masked value a file would give.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  accountsFromSql,
  compilePlanToSql,
  duckdbDialect,
  finishSqlRows,
  postgresDialect,
  type Plan,
  type SqlAccountRow,
  type SqlCellRow,
  type SqlDialect,
  type SqlTableSource,
  trustedFieldsOf,
  trustProbeSql,
} from "@virta/core";
import { createValidator, getConcept, summarise, type RejectionReason, type ValidationSummary } from "@virta/concepts";
import type pg from "pg";
import { enableDuckDbProgress, progressTracker, type SqlProgressListener } from "./sql-progress";
import { warehouseError } from "./warehouse-errors";
import type { QueryRunner, SqlEngine, SqlEngineResult } from "./sql-engine";
import { materialisedValidation, oneStatementValidation, type ValidatedSqlReads } from "./validated-sql";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";
import {
  type ColumnInfo,
  duckdbCell,
  duckdbColumns,
  duckdbConnection,
  headerOf,
  openDuckDbTable,
  openPostgresTable,
  postgresCell,
  postgresClient,
  postgresColumns,
  type WarehouseTableSpec,
} from "./warehouse-tables";
import { tableNameParts } from "./postgres-engine";

/** Where the raw tables are and how a run treats rejections. */
export interface WarehouseComputeOptions {
  engine: "duckdb" | "postgres";
  /** A PostgreSQL connection string, or a DuckDB database file. */
  db: string;
  /** `schema.table` per concept. */
  tables: Record<string, string>;
  /** Column per field per concept, when the names differ (`--column`). */
  columns?: Record<string, Record<string, string>>;
  /** A column holding each row's record number (F34 `--row-number`). */
  rowNumber?: string;
  /** Stop on the first rejected row. */
  strict?: boolean;
  /** The largest rejected share per table (F14, default 0.5). */
  maxRejectedShare?: number;
  /** Receives the database's progress through each statement (`sql-progress.ts`). */
  onProgress?: SqlProgressListener;
  /** How often the progress is reported while a statement runs, in milliseconds (default 500). */
  progressIntervalMs?: number;
}

/** The engine result with each table's validation summary (rows read, rejected per reason, warnings). */
export interface WarehouseEngineResult extends SqlEngineResult {
  validation: Record<string, ValidationSummary>;
}

const TEXT_TYPES = /^(text|varchar|character varying|character|char|string|bpchar)/i;

/** A connection the validated plan runs over: its dialect, queries, and the tables' columns. */
export interface Session {
  dialect: SqlDialect;
  run: QueryRunner;
  columns(spec: WarehouseTableSpec): Promise<{ columns: ColumnInfo[]; parts: string[] }>;
  cell(info: ColumnInfo): string;
  /** The SQL of each row's position in a concept's table where `rowid` does not give it (a Parquet view). */
  rowPosition?(concept: string): string | undefined;
  /** Per text column of a concept's table, every cell it can hold where known without a scan (`TrustProbeOptions`). */
  distinctCells?(concept: string): Promise<Record<string, readonly string[]>>;
  /**
   * Called before a run that reads each row's position (`rowPosition`, else `rowid`): a key repeats, or
   * the plan joins concepts. A CSV file's view becomes a table of its rows in record order (F9).
   */
  needRowOrder?(): Promise<void>;
  close(): Promise<void>;
}

type ProgressOptions = Pick<WarehouseComputeOptions, "onProgress" | "progressIntervalMs">;

async function postgresSession(url: string, progress: ProgressOptions): Promise<Session> {
  const client: pg.Client = await postgresClient(url);
  try {
    await client.query("SET DateStyle = 'ISO, YMD'"); // a DATE cast to text is YYYY-MM-DD (F4)
    // The validation is one long query of many expressions: compiling it (JIT) took longer than running it.
    await client.query("SET jit = off").catch(() => {}); // servers before PostgreSQL 11 have no JIT
  } catch (error) {
    await client.end().catch(() => {});
    throw warehouseError(error, { url });
  }
  // PostgreSQL gives no estimate of a statement's progress: the reports carry the time only.
  const track = progressTracker("PostgreSQL", null, progress.onProgress, progress.progressIntervalMs);
  return {
    dialect: postgresDialect,
    run: (query) => track("computing", async () => (await client.query(query.text, query.parameters)).rows),
    columns: async (spec) => {
      const columns = await postgresColumns(client, spec).catch((error: unknown) => {
        throw warehouseError(error, { url, table: spec.table });
      });
      return { columns, parts: tableNameParts(spec.table) };
    },
    cell: postgresCell,
    close: () => client.end().catch(() => {}),
  };
}

async function duckdbSession(path: string, progress: ProgressOptions): Promise<Session> {
  const connection: DuckDBConnection = await duckdbConnection(path);
  if (progress.onProgress !== undefined) await enableDuckDbProgress(connection);
  const estimate = () => connection.progress.percentage;
  const track = progressTracker("DuckDB", estimate, progress.onProgress, progress.progressIntervalMs);
  return {
    dialect: duckdbDialect,
    run: (query) =>
      track("computing", async () => {
        const reader = await connection.runAndReadAll(query.text, query.parameters as never);
        return reader.getRowObjectsJson() as Array<Record<string, unknown>>;
      }),
    columns: (spec) =>
      duckdbColumns(connection, spec).catch((error: unknown) => {
        throw warehouseError(error, { url: path, table: spec.table });
      }),
    cell: duckdbCell,
    close: async () => connection.closeSync(),
  };
}

function specOf(
  options: Pick<WarehouseComputeOptions, "tables" | "columns" | "rowNumber">,
  concept: string,
): WarehouseTableSpec {
  return {
    concept,
    table: options.tables[concept]!,
    ...(options.columns?.[concept] ? { columns: options.columns[concept] } : {}),
    ...(options.rowNumber !== undefined ? { rowNumber: options.rowNumber } : {}),
  };
}

/**
 * The unknown-column warnings the in-memory validator gives for this header (F29) when the table has
 * rows (it skips an empty batch, so one row of empty cells carries the header; an empty table has none).
 */
function headerWarnings(concept: string, source: string, header: string[]): string[] {
  const validator = createValidator(concept, { maxRejectedShare: 1, dates: "day", source });
  validator.pushBatch({ source, names: header, columns: header.map(() => [null]), length: 1, records: [1] });
  return validator.finish().warnings;
}

/** A strict run found a rejected row: the in-memory validator reads the table and names it. */
async function throwFirstRejection(options: WarehouseComputeOptions, concept: string): Promise<never> {
  const spec = specOf(options, concept);
  const input =
    options.engine === "postgres" ? await openPostgresTable(options.db, spec) : await openDuckDbTable(options.db, spec);
  const validator = createValidator(concept, { strict: true, maxRejectedShare: 1, dates: "day", source: spec.table });
  for await (const batch of input.batches()) validator.pushBatch(batch);
  throw new Error(`${spec.table}: the SQL validation rejected a row the in-memory validator accepts`);
}

async function evaluateOnWarehouse(plan: Plan, options: WarehouseComputeOptions): Promise<WarehouseEngineResult> {
  const session =
    options.engine === "postgres"
      ? await postgresSession(options.db, options)
      : await duckdbSession(options.db, options);
  try {
    return await evaluateValidated(plan, session, options, (concept) => throwFirstRejection(options, concept));
  } catch (error) {
    throw warehouseError(error, { url: options.db });
  } finally {
    await session.close();
  }
}

/**
 * The word and code columns of a table that the validation may read as they are, or padded (F3)
 * (trusted-fields.ts in core: every distinct cell checked once, in the database); none where the
 * dialect has no probe.
 */
async function trustedFields(
  session: Session,
  concept: string,
  source: SqlTableSource,
  reads: ValidatedSqlReads[string],
): Promise<{ trusted: string[]; padded: string[] }> {
  const distinct = (await session.distinctCells?.(concept)) ?? {};
  const probe = trustProbeSql(sqlDeclaration(concept), sqlValidationData(), session.dialect, {
    table: source.table,
    ...(source.columns ? { columns: source.columns } : {}),
    ...reads,
    distinct,
  });
  if (probe === null) return { trusted: [], padded: [] };
  const [row] = await session.run({ text: probe.text, parameters: [] });
  return trustedFieldsOf(probe, row);
}

/**
 * Runs a plan over raw tables of a session with the validation in SQL: counts rows read and rejected
 * per reason, checks the rejected share (F14), then runs the plan's two queries over the valid rows.
 * A strict run with a rejected row calls `onStrictRejection` (which throws the row's own error).
 */
export async function evaluateValidated(
  plan: Plan,
  session: Session,
  options: Omit<WarehouseComputeOptions, "engine" | "db"> & { sources?: Record<string, string> },
  onStrictRejection: (concept: string) => Promise<never>,
): Promise<WarehouseEngineResult> {
  const sources: Record<string, SqlTableSource> = {};
  const reads: ValidatedSqlReads = {};
  const warnings: Record<string, string[]> = {};
  const fields = new Map(plan.definition.concepts.map((c) => [c, getConcept(c).fields.map((f) => f.name)]));
  // A plan over two concepts writes each one's validated rows first, which reads row positions: a file
  // read in place is loaded before its columns are probed, not read once more after.
  if (plan.definition.concepts.length > 1) await session.needRowOrder?.();
  for (const concept of plan.definition.concepts) {
    const spec = specOf(options, concept);
    const { columns, parts } = await session.columns(spec);
    const source = options.sources?.[concept] ?? spec.table;
    const { header, picked } = headerOf({ ...spec, table: source }, columns);
    const mapping: Record<string, string> = {};
    const cells: Record<string, string> = {};
    const dates: string[] = [];
    header.forEach((field, index) => {
      if (!fields.get(concept)!.includes(field)) return;
      mapping[field] = picked[index]!.name;
      // DuckDB DATE columns are validated as dates (range only, F4), not formatted to text and parsed back.
      if (session.dialect.name === "duckdb" && picked[index]!.type.toUpperCase() === "DATE") dates.push(field);
      else if (!TEXT_TYPES.test(picked[index]!.type)) cells[field] = session.cell(picked[index]!);
    });
    sources[concept] = { table: parts, columns: mapping };
    const rowPosition = session.rowPosition?.(concept);
    reads[concept] = { present: Object.keys(mapping), cells, dates, ...(rowPosition ? { rowPosition } : {}) };
    warnings[concept] = headerWarnings(concept, source, header);
    const { trusted, padded } = await trustedFields(session, concept, sources[concept], reads[concept]);
    if (trusted.length > 0) reads[concept] = { ...reads[concept], trusted, ...(padded.length > 0 ? { padded } : {}) };
  }
  const one = oneStatementValidation(plan, session.dialect, sources, options.rowNumber, reads);
  if (one !== null && (await noRepeatedKeys(session, one.keyRepeats))) {
    const parts = split(await session.run(one.together));
    const validation = await summaries(plan, options, parts.rejections, warnings, onStrictRejection);
    return finished(plan, session.dialect, parts.accounts, parts.cells, validation);
  }
  if (session.needRowOrder !== undefined) {
    await session.needRowOrder();
    for (const concept of plan.definition.concepts) {
      const { rowPosition: _, ...read } = reads[concept]!;
      const rowPosition = session.rowPosition?.(concept);
      reads[concept] = { ...read, ...(rowPosition ? { rowPosition } : {}) };
    }
  }
  const compiled = materialisedValidation(plan, session.dialect, sources, options.rowNumber, reads);
  const statement = (text: string) => session.run({ text, parameters: [] });
  try {
    // The validation runs once: each concept's validated rows into a temporary table (F34); PostgreSQL
    // gathers no statistics on a temporary table by itself.
    for (const text of compiled.create) await statement(text);
    if (session.dialect.name === "postgres") for (const text of compiled.analyze) await statement(text);
    const counts = await session.run(compiled.rejections);
    const validation = await summaries(plan, options, counts, warnings, onStrictRejection);
    const accountRows = await session.run(compiled.accounts);
    const cellRows = await session.run(compiled.rows);
    return finished(plan, session.dialect, accountRows, cellRows, validation);
  } finally {
    for (const text of compiled.drop) await statement(text).catch(() => {});
  }
}

/** The result rows and accounts from the plan's cells and account rows. */
function finished(
  plan: Plan,
  dialect: SqlDialect,
  accountRows: Array<Record<string, unknown>>,
  cellRows: Array<Record<string, unknown>>,
  validation: Record<string, ValidationSummary>,
): WarehouseEngineResult {
  const result = finishSqlRows(plan, cellRows as SqlCellRow[]);
  const planFields = Object.keys(compilePlanToSql(plan, dialect).fields);
  const accounts = accountsFromSql(accountRows as unknown as SqlAccountRow[], planFields);
  return { cells: [], accounts, warnings: result.warnings, rows: result.rows, validation };
}

/** Whether every key-repeat query (`oneStatementValidation`) finds no two rows sharing a key. */
async function noRepeatedKeys(session: Session, queries: string[]): Promise<boolean> {
  for (const text of queries) {
    const [row] = await session.run({ text, parameters: [] });
    if (Number(row?.repeats) !== 0) return false;
  }
  return true;
}

/**
 * The one statement's rows by part: the cells, the accounts of rows in the plan's classification, and
 * the rows per rejection reason (NULL: the valid rows, their sum) in the shape of the rejection counts.
 */
function split(rows: Array<Record<string, unknown>>) {
  const cells: Array<Record<string, unknown>> = [];
  const accounts: Array<Record<string, unknown>> = [];
  const rejections: Array<Record<string, unknown>> = [];
  const valid = new Map<string, number>();
  for (const { __part, concept, reason, rejected, rows: count, ...cell } of rows) {
    if (__part === "rows") cells.push(cell);
    else if (rejected !== null) rejections.push({ concept, reason: rejected, rows: count });
    else {
      accounts.push({ concept, reason, rows: count });
      valid.set(String(concept), (valid.get(String(concept)) ?? 0) + Number(count));
    }
  }
  for (const [concept, count] of valid) rejections.push({ concept, reason: null, rows: count });
  return { cells, accounts, rejections };
}

/**
 * Each table's validation summary from the rows per reason: a strict run with a rejected row calls
 * `onStrictRejection`, a share over the limit throws (F14), table by table in the plan's order.
 */
async function summaries(
  plan: Plan,
  options: Omit<WarehouseComputeOptions, "engine" | "db"> & { sources?: Record<string, string> },
  rows: Array<Record<string, unknown>>,
  warnings: Record<string, string[]>,
  onStrictRejection: (concept: string) => Promise<never>,
): Promise<Record<string, ValidationSummary>> {
  const counts = new Map(plan.definition.concepts.map((c) => [c, new Map<RejectionReason, number>()]));
  const read = new Map(plan.definition.concepts.map((c) => [c, 0]));
  for (const row of rows) {
    const concept = String(row.concept);
    const count = Number(row.rows);
    read.set(concept, read.get(concept)! + count);
    if (row.reason !== null) counts.get(concept)!.set(row.reason as RejectionReason, count);
  }
  const validation: Record<string, ValidationSummary> = {};
  for (const concept of plan.definition.concepts) {
    const rejectedCounts = counts.get(concept)!;
    const rowsRejected = [...rejectedCounts.values()].reduce((sum, count) => sum + count, 0);
    if (options.strict && rowsRejected > 0) await onStrictRejection(concept);
    validation[concept] = summarise(
      getConcept(concept),
      options.sources?.[concept] ?? options.tables[concept],
      options.maxRejectedShare ?? 0.5,
      {
        rowsRead: read.get(concept)!,
        rowsRejected,
        rejectedCounts,
        warnings: read.get(concept)! > 0 ? warnings[concept]! : [],
        rejections: [],
      },
    );
  }
  return validation;
}

/**
 * An engine over raw warehouse tables that validates in the database (`virta compute --engine
 * postgres|duckdb --db … --table concept=schema.table`): `compute` gives it no rows; it reports each
 * table's validation (`validation`) and the plan's rows, computed in SQL over the valid rows.
 *
 * @example
 * ```ts
 * const engine = createWarehouseEngine({ engine: "postgres", db: url, tables: { health_care_visit: "dw.visits" } });
 * await compute(primaryCareWithin14Days, { data: {}, period: "2024", engine });
 * ```
 */
export function createWarehouseEngine(
  options: WarehouseComputeOptions,
): SqlEngine & { readonly readsOwnTables: true; evaluate(plan: Plan): Promise<WarehouseEngineResult> } {
  return { name: options.engine, readsOwnTables: true, evaluate: (plan) => evaluateOnWarehouse(plan, options) };
}

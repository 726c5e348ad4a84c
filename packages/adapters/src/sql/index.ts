/** SQL runners: DuckDB embedded, PostgreSQL over a connection string, and SQL text output (issue 6). */
export {
  createDuckDbEngine,
  runPlanOnDuckDbFiles,
  type DuckDbEngineOptions,
  type DuckDbFileSource,
} from "./duckdb-engine";
export {
  createPostgresEngine,
  createPostgresWarehouseEngine,
  runPlanOnPostgres,
  tableNameParts,
  tableSources,
  type PostgresEngineOptions,
} from "./postgres-engine";
export { runCompiledPlan, type SqlEngine, type SqlEngineResult, type QueryRunner } from "./sql-engine";
export { sqlFor, type SqlForOptions } from "./sql-for";
export {
  openDuckDbTable,
  openPostgresTable,
  type WarehouseBatch,
  type WarehouseTableInput,
  type WarehouseTableSpec,
} from "./warehouse-tables";
export { interruptCleanups } from "./postgres-client";
export { redactUrl, warehouseError, type WarehouseContext } from "./warehouse-errors";
export { sqlDeclaration, sqlValidationData } from "./validation-declaration";
export { inlineSql, validatedSql, type ValidatedSql, type ValidatedSqlReads } from "./validated-sql";
export {
  createWarehouseEngine,
  type WarehouseComputeOptions,
  type WarehouseEngineResult,
} from "./warehouse-engine";
export { createDuckDbFileEngine, EmbeddedReadNeeded, type DuckDbFileComputeOptions } from "./duckdb-files";
export type { SqlProgress, SqlProgressListener, SqlStep } from "./sql-progress";

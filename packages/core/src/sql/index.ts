/** The SQL compiler: one plan, three dialects (issue 6). */
export type { DialectName, DialectCapabilities, SqlDialect } from "./dialect";
export { duckdbDialect } from "./dialects/duckdb/duckdb-dialect";
export { postgresDialect } from "./dialects/postgres/postgres-dialect";
export { snowflakeDialect } from "./dialects/snowflake/snowflake-dialect";
export { SqlParameters, type SqlValue } from "./parameters";
export { expressionSql, type ExpressionScope } from "./expression-sql";
export { workingDayCalendar, calendarCtes, type CalendarRow } from "./working-day-calendar";
export {
  compilePlanToSql,
  type CompiledSqlPlan,
  type CompileSqlOptions,
  type SqlQuery,
  type SqlTableSource,
} from "./compile-plan";
export { finishSqlRows, accountsFromSql, type SqlCellRow, type SqlAccountRow } from "./finish-rows";
export { wrapSqlLines } from "./sql-wrap";
export { SQL_LINE_WIDTH } from "./sql-format";
export { sqlDialect } from "./dialects/dialects";
export * from "./validation/index";

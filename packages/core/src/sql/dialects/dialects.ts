/** The dialects by name, for the CLI's `--dialect` option. */
import { UsageError } from "../../errors/errors";
import type { DialectName, SqlDialect } from "../dialect";
import { duckdbDialect } from "./duckdb/duckdb-dialect";
import { postgresDialect } from "./postgres/postgres-dialect";
import { snowflakeDialect } from "./snowflake/snowflake-dialect";

const DIALECTS: Record<DialectName, SqlDialect> = {
  duckdb: duckdbDialect,
  postgres: postgresDialect,
  snowflake: snowflakeDialect,
};

/**
 * The dialect of a name; a UsageError names the accepted ones.
 *
 * @example
 * ```ts
 * sqlDialect("snowflake").name; // "snowflake"
 * ```
 */
export function sqlDialect(name: string): SqlDialect {
  const dialect = (DIALECTS as Record<string, SqlDialect | undefined>)[name];
  if (!dialect)
    throw new UsageError("unknown_dialect", `dialect "${name}" is not known; use duckdb, postgres or snowflake`, {
      option: "dialect",
      value: name,
      allowed: Object.keys(DIALECTS),
    });
  return dialect;
}

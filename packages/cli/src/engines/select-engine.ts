/**
 * The `--engine memory|duckdb|postgres` option (interfaces.md). `memory` is the embedded default
 * engine of `@virta/indicators`; `duckdb` (in-memory DuckDB) and `postgres` are the SQL engines of
 * `@virta/adapters`, which evaluate the same definition and must agree to the last decimal. PostgreSQL
 * needs a connection string, read from the environment (`VIRTA_PG_URL`, else `DATABASE_URL`) so
 * that a password never appears on a command line.
 */
import { UsageError } from "@virta/core";
import { createDuckDbEngine, createPostgresEngine } from "@virta/adapters";
import { memoryEngine, type Engine } from "@virta/indicators";

/** The engine names `--engine` accepts. */
export const ENGINE_NAMES = ["memory", "duckdb", "postgres"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The environment variables `--engine postgres` reads its connection string from, in order. */
export const POSTGRES_URL_VARIABLES = ["VIRTA_PG_URL", "DATABASE_URL"] as const;

/**
 * The engine for `--engine NAME`.
 *
 * @example
 * ```ts
 * selectEngine("memory").name; // "memory"
 * selectEngine("postgres", { DATABASE_URL: "postgres://me@db:5432/stats" }).name; // "postgres"
 * selectEngine("postgres", {});
 * // throws: --engine postgres needs a connection string in VIRTA_PG_URL or DATABASE_URL …
 * ```
 */
export function selectEngine(
  name: EngineName,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Engine {
  switch (name) {
    case "memory":
      return memoryEngine;
    case "duckdb":
      return createDuckDbEngine() as Engine;
    case "postgres": {
      const url = POSTGRES_URL_VARIABLES.map((variable) => env[variable]).find(
        (value) => value !== undefined && value !== "",
      );
      if (url === undefined) {
        throw new UsageError(
          "missing_connection",
          `--engine postgres needs a connection string in ${POSTGRES_URL_VARIABLES.join(" or ")}, such as ` +
            "postgres://user@host:5432/db",
          { option: "engine", value: name },
        );
      }
      return createPostgresEngine({ url }) as Engine;
    }
  }
}

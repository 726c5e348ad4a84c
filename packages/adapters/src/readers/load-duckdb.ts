/**
 * Loads `@duckdb/node-api` on first use (a quick CLI start when no DuckDB is needed) through
 * `require` rather than `import()` (issue 14): the package is CommonJS, and an ESM `import()` of it
 * has Node pre-parse every one of its modules for named exports (about 0.15 s of a cold process),
 * where `require` only runs them. Same module, same instance classes.
 */
import { createRequire } from "node:module";

type NodeApi = typeof import("@duckdb/node-api");

let loaded: NodeApi | undefined;

/**
 * The `@duckdb/node-api` module, loaded once.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = loadDuckDb();
 * const instance = await DuckDBInstance.create(":memory:");
 * ```
 */
export function loadDuckDb(): NodeApi {
  if (loaded === undefined) {
    // `import.meta.url` is this module's address in both builds (tsup's shims give it to the CommonJS one).
    loaded = createRequire(import.meta.url)("@duckdb/node-api") as NodeApi;
  }
  return loaded;
}

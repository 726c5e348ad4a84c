/**
 * Test support: runs the BUILT command line (`node packages/cli/dist/virta.cjs`, built by the root
 * `pnpm test` before vitest) as a child process, and writes small input files into a temp folder.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const BIN = join(ROOT, "packages/cli/dist/virta.cjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `virta ARGS` in `cwd` (with extra environment variables); never rejects (the exit code is part of the result).
 */
export function runCli(args: readonly string[], cwd: string = ROOT, env: Record<string, string> = {}): Promise<CliRun> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "pnpm build" first (the root "pnpm test" does)`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code =
          error === null
            ? 0
            : typeof (error as { code?: unknown }).code === "number"
              ? (error as { code: number }).code
              : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temp folder. */
export function tempFolder(prefix = "virta-cli-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `content` to `folder/name` and returns the path. */
export function writeInput(folder: string, name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

interface DuckDbConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string, values?: unknown[]): Promise<{ getRowObjectsJson(): Array<Record<string, unknown>> }>;
  closeSync(): void;
}

/** The part of `@duckdb/node-api` used here (it is a dependency of `@virta/adapters`, not of the cli). */
interface DuckDbModule {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<DuckDbConnection>;
      closeSync(): void;
    }>;
  };
}

async function loadDuckDb(): Promise<DuckDbModule> {
  const require = createRequire(join(ROOT, "packages/adapters/package.json"));
  return (await import(pathToFileURL(require.resolve("@duckdb/node-api")).href)) as DuckDbModule;
}

/** Runs `body` on a fresh in-memory DuckDB connection. */
export async function withDuckDb<T>(body: (connection: DuckDbConnection) => Promise<T>): Promise<T> {
  const instance = await (await loadDuckDb()).DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await body(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Copies a CSV file to Parquet with DuckDB (`COPY … TO … (FORMAT parquet)`), letting DuckDB infer the types. */
export async function csvToParquet(csv: string, parquet: string): Promise<void> {
  const require = createRequire(join(ROOT, "packages/adapters/package.json"));
  const duckdb = (await import(pathToFileURL(require.resolve("@duckdb/node-api")).href)) as DuckDbModule;
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv.replaceAll("'", "''")}')) TO '${parquet.replaceAll("'", "''")}' (FORMAT ` +
        "parquet)",
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

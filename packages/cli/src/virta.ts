#!/usr/bin/env node
/**
 * The `virta` executable's launcher (issue 14), a CommonJS file that package.json's "bin" names. It only
 * sets the size of libuv's thread pool, then loads the command (`bin.ts`). Loading an ES module
 * starts the pool with its default four threads; the Parquet reader's DuckDB fetches one chunk at a
 * time on that pool, and on one thread it runs measurably faster (the 2 M-row Parquet compute
 * 1.80 → 1.74 s median, docs/benchmarks.md). A size the caller set stays.
 */
process.env.UV_THREADPOOL_SIZE ??= "1";
import("./bin.js").catch((error: unknown) => {
  process.stderr.write(`virta: internal error: cannot load the command (${String(error)})\n`);
  process.exitCode = 70;
});

import { defineConfig } from "tsup";

export default defineConfig({
  // The CSV reader's worker thread is its own script beside the bundle (readers/csv-bytes/worker.ts).
  // `worker-start` is its own entry too (it loads only Node's modules): `virta` imports it first.
  entry: {
    index: "src/index.ts",
    "csv-worker": "src/readers/csv-bytes/worker.ts",
    "worker-start": "src/worker-start.ts",
  },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", "worker-start": "src/worker-start.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  shims: true, // import.meta.url in the CommonJS build (readers/load-duckdb.ts)
  external: ["pg", "@duckdb/node-api", "hyparquet", "highs"],
});

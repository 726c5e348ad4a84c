import { defineConfig } from "tsup";

export default defineConfig({
  // The CSV reader's worker thread is its own script beside the bundle (readers/csv-bytes/worker.ts).
  entry: { index: "src/index.ts", "csv-worker": "src/readers/csv-bytes/worker.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  shims: true, // import.meta.url in the CommonJS build (readers/load-duckdb.ts)
  external: ["pg", "@duckdb/node-api", "hyparquet", "highs"],
});

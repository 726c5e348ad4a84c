import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  shims: true, // import.meta.url in the CommonJS build (readers/load-duckdb.ts)
  external: ["pg", "@duckdb/node-api", "hyparquet", "highs"],
});

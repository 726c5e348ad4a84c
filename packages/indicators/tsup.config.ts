import { defineConfig } from "tsup";

// Two entries, ESM and CJS: the main one never touches arquero; `./arquero` (resultToTable) imports it
// from the user's own install (an optional peer dependency, left external, never bundled: issue 17).
export default defineConfig({
  entry: ["src/index.ts", "src/arquero.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["arquero"],
});

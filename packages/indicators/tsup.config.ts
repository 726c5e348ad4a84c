import { defineConfig } from "tsup";

// Three entries, ESM and CJS: the main one never touches arquero or zod; `./arquero` (resultToTable)
// imports arquero from the user's own install (an optional peer dependency, left external, never
// bundled: issue 17); `./schemas` (reading catalogue.json, its JSON Schema) loads zod (issue 14). Code
// splitting in both formats, so that the entries share one copy of the catalogue.
export default defineConfig({
  entry: ["src/index.ts", "src/arquero.ts", "src/schemas.ts"],
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["arquero"],
});

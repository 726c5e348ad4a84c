import { defineConfig } from "tsup";

// Two entries, ESM and CJS: the main one never loads zod; `./schemas` (the zod schemas of the concepts
// and their JSON Schemas) does (issue 14). Code splitting in both formats, so that the two entries
// share one copy of the declarations.
export default defineConfig({
  entry: ["src/index.ts", "src/schemas.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
});

import { defineConfig } from "tsup";

// The library entry ships as ESM and CJS; the executable only as ESM (it reads its version through
// import.meta.url, and package.json's "bin" points at dist/bin.js).
export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    shims: true, // import.meta.url in the CJS build (the kit finds the installed decks through it)
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
  {
    entry: ["src/bin.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
]);

import { defineConfig } from "tsup";

// The library entry ships as ESM and CJS; the executable only as ESM (it reads its version through
// import.meta.url), loaded by the CommonJS launcher dist/virta.cjs that package.json's "bin" names.
//
// The executable carries the workspace's own packages and their small pure-JavaScript dependencies
// inside it (issue 14): a command then loads a few chunks instead of five packages' module graphs,
// ≈ 40 ms of every cold start. Left outside, from their own folders (the CLI's dependencies name them):
// the packages with native or WebAssembly parts; zod and hyparquet, which only some commands load
// (`start-up.test.ts` sees them by their address); and `worker-start`, whose CSV worker script lives
// beside it in @virta/adapters.
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
    noExternal: [/^@virta\/(core|concepts|indicators)(\/.*)?$/, /^@virta\/adapters$/],
    external: ["@virta/adapters/worker-start", "@duckdb/node-api", "pg", "highs", "arquero", "zod", /^hyparquet/],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
  {
    // The launcher (`src/virta.ts`): CommonJS, so that it runs before any ES module starts libuv's
    // thread pool; it loads dist/bin.js, which stays outside it.
    entry: { virta: "src/virta.ts" },
    format: ["cjs"],
    external: ["./bin.js"],
    treeshake: true, // no unused interop helpers: the file stays as short as its source
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
    platform: "node",
  },
]);

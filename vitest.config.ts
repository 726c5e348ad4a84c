/**
 * One vitest run for every package. Tests import the packages by name; the aliases point them at the
 * TypeScript sources so that a test never runs against a stale build.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = ["core", "concepts", "indicators", "adapters", "cli"] as const;
/** The entries besides `index` (package subpaths: `@virta/core/schemas` is `packages/core/src/schemas.ts`). */
const subpaths: Record<string, readonly string[]> = {
  core: ["schemas"],
  concepts: ["schemas"],
  indicators: ["schemas", "arquero"],
  adapters: ["worker-start"],
};
const sourceOf = (name: string, entry: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/${entry}.ts`, import.meta.url));
const alias = packages.flatMap((name) => [
  ...(subpaths[name] ?? []).map((entry) => ({
    find: new RegExp(`^@virta/${name}/${entry}$`),
    replacement: sourceOf(name, entry),
  })),
  { find: new RegExp(`^@virta/${name}$`), replacement: sourceOf(name, "index") },
]);

/** Each test file's private temporary folder, removed when the file ends. */
const setupFiles = [fileURLToPath(new URL("./vitest.temp-folder.ts", import.meta.url))];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      ...packages.map((name) => ({
        resolve: { alias },
        test: {
          name,
          setupFiles,
          include: [`packages/${name}/src/**/*.test.ts`],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      {
        resolve: { alias },
        test: { name: "bench", setupFiles, include: ["bench/**/*.test.ts"], testTimeout: 120_000 },
      },
      {
        resolve: { alias },
        test: { name: "fuzz", setupFiles, include: ["fuzz/**/*.test.ts"], testTimeout: 240_000 },
      },
    ],
  },
});

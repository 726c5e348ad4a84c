/**
 * One vitest run for every package. Tests import the packages by name; the aliases point them at the
 * TypeScript sources so that a test never runs against a stale build.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = ["core", "concepts", "indicators", "adapters", "cli"] as const;
const alias = Object.fromEntries(
  packages.map((name) => [
    `@virta/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

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

/**
 * A module hook for the pipeline scripts: resolves `@virta/<package>` to its TypeScript sources
 * (packages/<package>/src/index.ts) instead of the built `dist`, as vitest's aliases do, so a
 * measurement never runs against a stale build. Use with tsx:
 *
 *   node --import tsx --import ./bench/pipeline/from-source.mjs bench/pipeline/stages.ts 1e6
 */
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
const ROOT = ${JSON.stringify(new URL("../../packages/", import.meta.url).href)};
export async function resolve(specifier, context, next) {
  const match = /^@virta\\/(core|concepts|indicators|adapters|cli)$/.exec(specifier);
  return next(match ? ROOT + match[1] + "/src/index.ts" : specifier, context);
}`),
);

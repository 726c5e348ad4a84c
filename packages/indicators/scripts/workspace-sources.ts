/**
 * Makes `@virta/<package>` (and its `/schemas`, `/arquero` entries) resolve to the package's TypeScript
 * sources (packages/<package>/src/index.ts, src/schemas.ts, …)
 * instead of its built `dist`, for scripts run with `node --import tsx` (the catalogue writer and the
 * site builder): a script must never publish from a stale build. Tests get the same mapping from the
 * vitest aliases. Import this module first; later imports of `@virta/*` must be dynamic.
 */
import { register } from "node:module";

const root = new URL("../../../", import.meta.url).href;

const hook = `
const ROOT = ${JSON.stringify(root)};
export async function resolve(specifier, context, next) {
  const match = /^@virta\\/(core|concepts|indicators|adapters|cli)(?:\\/(schemas|arquero))?$/.exec(specifier);
  if (match) return next(ROOT + "packages/" + match[1] + "/src/" + (match[2] ?? "index") + ".ts", context);
  return next(specifier, context);
}
`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);

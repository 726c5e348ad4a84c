/**
 * `pnpm build:site`: writes the catalogue site to docs/site/ (git-ignored) from the TypeScript sources
 * of the packages (never a stale dist). Open docs/site/index.html from the file system or serve the
 * folder; the API reference (`pnpm build:docs`) is linked as ../api/index.html.
 */
import "../../packages/indicators/scripts/workspace-sources";
import { fileURLToPath } from "node:url";

const { writeSite } = await import("./site");
const started = Date.now();
const folder = fileURLToPath(new URL("../site/", import.meta.url));
const count = await writeSite(folder);
process.stdout.write(`site: ${count} files in ${folder} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

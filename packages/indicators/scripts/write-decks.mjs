/**
 * Build step (after tsup): writes dist/decks.json, every deck case of the catalogue in file order
 * (docs/decks.md), and copies docs/rules.md to dist/rules.md, so that an installed package can write the
 * conformance kit (`virta kit`, issue 19) without the source tree. Plain Node: no TypeScript needed.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = join(root, "src");

function walk(folder, into) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path, into);
    else if (name.endsWith(".json") && folder.endsWith("/deck")) into.push(path);
  }
  return into;
}

const cases = walk(source, [])
  .sort()
  .map((path) => ({ file: relative(source, path), case: JSON.parse(readFileSync(path, "utf8")) }));
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist/decks.json"), `${JSON.stringify({ format: "virta-decks", cases })}\n`);
const rules = join(root, "../../docs/rules.md");
if (existsSync(rules)) copyFileSync(rules, join(root, "dist/rules.md"));

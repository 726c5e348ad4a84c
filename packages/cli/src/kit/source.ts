/**
 * Where the kit's material comes from: the deck cases (docs/decks.md) and docs/rules.md, read from the
 * installed `@virta/indicators` (its build writes dist/decks.json and dist/rules.md), or from its source
 * tree in a checkout that has not been built.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { DataError } from "@virta/core";
import type { DeckCase } from "@virta/indicators";

/** One deck case with its file path relative to the indicators' `src` folder. */
export interface DeckFile {
  file: string;
  deckCase: DeckCase;
}

function indicatorsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve("@virta/indicators/package.json"));
}

function walk(folder: string, into: string[]): string[] {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path, into);
    else if (name.endsWith(".json") && folder.endsWith("/deck")) into.push(path);
  }
  return into;
}

/**
 * Every deck case of the installed catalogue, in file order.
 *
 * @example
 * ```ts
 * loadDeckFiles().length; // 238
 * ```
 */
export function loadDeckFiles(folder: string = indicatorsFolder()): DeckFile[] {
  const bundle = join(folder, "dist/decks.json");
  if (existsSync(bundle)) {
    const parsed = JSON.parse(readFileSync(bundle, "utf8")) as { cases: Array<{ file: string; case: DeckCase }> };
    return parsed.cases.map((entry) => ({ file: entry.file, deckCase: entry.case }));
  }
  const source = join(folder, "src");
  if (!existsSync(source))
    throw new DataError("missing_decks", `no deck cases found: neither ${bundle} nor ${source} exists`);
  return walk(source, [])
    .sort()
    .map((path) => ({
      file: relative(source, path),
      deckCase: JSON.parse(readFileSync(path, "utf8")) as DeckCase,
    }));
}

/**
 * The text of docs/rules.md as shipped with `@virta/indicators` (or from the checkout).
 *
 * @example
 * ```ts
 * loadRulesMarkdown().startsWith("# The rules the SDK follows"); // true
 * ```
 */
export function loadRulesMarkdown(folder: string = indicatorsFolder()): string {
  for (const path of [join(folder, "dist/rules.md"), join(folder, "../../docs/rules.md")]) {
    if (existsSync(path)) return readFileSync(path, "utf8");
  }
  throw new DataError("missing_rules", `docs/rules.md is not shipped in ${folder}`);
}

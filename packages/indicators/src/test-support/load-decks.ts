/** Loads every deck case file of the catalogue from the source tree (Node, for tests and tools). */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { DeckCase } from "../decks/deck";

const SOURCE = fileURLToPath(new URL("..", import.meta.url));

function walk(folder: string, into: string[]): string[] {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path, into);
    else if (name.endsWith(".json") && folder.endsWith("/deck")) into.push(path);
  }
  return into;
}

/** Every deck case, with its path relative to `packages/indicators/src`. */
export function loadDecks(): Array<{ file: string; deckCase: DeckCase }> {
  return walk(SOURCE, [])
    .sort()
    .map((path) => ({ file: relative(SOURCE, path), deckCase: JSON.parse(readFileSync(path, "utf8")) as DeckCase }));
}

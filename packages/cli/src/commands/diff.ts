/**
 * `virta diff OLD NEW [--json]` (issue 9): compares two editions of the catalogue — two catalogue.json
 * files, or two installed `@virta/indicators` package folders (their `catalogue.json` is read) — and
 * prints what was added, removed and changed, which fields changed, whether the values change (the
 * definition hash, F32) and the change class (indicators.md "Changes to a definition").
 * Exit 0 when the diff keeps the release rules, 1 when it lists a problem (a changed hash without a
 * version bump, a new version without an A/B changelog entry), 2 for a missing or unreadable file.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "@virta/core";
import { diffCatalogues, formatDiffJson, formatDiffText, type CatalogueJson } from "@virta/indicators";
import { parseCatalogueJson } from "@virta/indicators/schemas";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";

function readEdition(argument: string, which: "OLD" | "NEW"): CatalogueJson {
  if (!existsSync(argument)) {
    throw new UsageError(
      "missing_file",
      `virta diff: ${which} ${JSON.stringify(argument)} does not exist; give a catalogue.json file or an ` +
        "@virta/indicators package folder",
      { file: argument },
    );
  }
  const file = statSync(argument).isDirectory() ? join(argument, "catalogue.json") : argument;
  if (!existsSync(file)) {
    throw new UsageError(
      "missing_file",
      `virta diff: ${which} folder ${JSON.stringify(argument)} has no catalogue.json; give an @virta/indicators ` +
        "package folder (node_modules/@virta/indicators) or the file itself",
      { file },
    );
  }
  return parseCatalogueJson(readFileSync(file, "utf8"), file);
}

/**
 * Runs `virta diff`.
 *
 * @example
 * ```ts
 * await runDiff(["old/catalogue.json", "node_modules/@virta/indicators", "--json"], processIo());
 * // prints the diff as JSON
 * ```
 */
export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("diff", argv, { json: { type: "boolean" } });
  const [oldPath, newPath] = positionals("diff", given, ["OLD", "NEW"]);
  const diff = diffCatalogues(readEdition(oldPath!, "OLD"), readEdition(newPath!, "NEW"));
  io.out(values.json === true ? formatDiffJson(diff) : formatDiffText(diff));
  return diff.problems.length > 0 ? 1 : 0;
}

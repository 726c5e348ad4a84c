/**
 * `virta list [--area AREA] [--json]` (interfaces.md): the indicators of the catalogue, one per line,
 * or as JSON entries with their definition hash (F32: the catalogue's hash, copied, never recomputed).
 * The lines come from `@virta/indicators/catalogue.json` (the published catalogue, kept equal to the
 * definitions by the catalogue check), so a plain `virta list` loads no library at all and answers in
 * about a tenth of a second (issue 14); an argument it cannot take as it is goes through the library's
 * option parsing and `catalogue.list`, which give the usual usage errors.
 */
import { createRequire } from "node:module";
import type { CliIo } from "../cli/io";

/** The fields of a catalogue.json entry that `virta list` shows. */
interface ListedEntry {
  id: string;
  version: string;
  area: string;
  kind: string;
  unit: string;
  decimals: number;
  title: { fi: string; sv: string; en: string };
  definition_hash: string;
}

/** The entries of catalogue.json of one area (or all), or null when the area is not one of its areas. */
function publishedEntries(area: string | undefined): ListedEntry[] | null {
  const published = createRequire(import.meta.url)("@virta/indicators/catalogue.json") as {
    areas: Array<{ id: string }>;
    indicators: ListedEntry[];
  };
  if (area !== undefined && !published.areas.some((known) => known.id === area)) return null;
  return published.indicators.filter((entry) => area === undefined || entry.area === area);
}

/** The arguments as `{ area, json }` when they are exactly the simple forms, else null. */
function simpleArguments(args: readonly string[]): { area: string | undefined; json: boolean } | null {
  let area: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--json" && !json) json = true;
    else if (args[i] === "--area" && area === undefined && i + 1 < args.length && !args[i + 1]!.startsWith("-")) {
      area = args[++i];
    } else return null;
  }
  return { area, json };
}

/** Every entry through the library: the same entries, or the usage error of a bad argument. */
async function libraryEntries(args: readonly string[]): Promise<{ entries: ListedEntry[]; json: boolean }> {
  const { parseCommandArgs, positionals } = await import("../cli/options");
  const { catalogue } = await import("@virta/indicators");
  const { values, positionals: given } = parseCommandArgs("list", args, {
    area: { type: "string" },
    json: { type: "boolean" },
  });
  positionals("list", given, []);
  const entries = catalogue.list(typeof values.area === "string" ? { area: values.area } : {});
  return { entries, json: values.json === true };
}

/**
 * Runs `virta list`.
 *
 * @example
 * ```ts
 * await listCommand(["--area", "availability"], processIo()); // prints 14 lines, returns 0
 * ```
 */
export async function listCommand(args: readonly string[], io: CliIo): Promise<number> {
  const simple = simpleArguments(args);
  const quick = simple === null ? null : publishedEntries(simple.area);
  const { entries, json } =
    simple !== null && quick !== null ? { entries: quick, json: simple.json } : await libraryEntries(args);
  if (json) {
    const shown = entries.map(({ id, version, area, kind, unit, decimals, title, definition_hash }) => ({
      id,
      version,
      area,
      kind,
      unit,
      decimals,
      title,
      definition_hash,
    }));
    io.out(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...entries.map((entry) => entry.id.length));
  const kindWidth = Math.max(...entries.map((entry) => entry.kind.length));
  const unitWidth = Math.max(...entries.map((entry) => entry.unit.length));
  for (const entry of entries) {
    io.out(
      `${entry.id.padEnd(width)}  ${entry.kind.padEnd(kindWidth)}  ${entry.unit.padEnd(unitWidth)}  ` +
        `${entry.title.fi}\n`,
    );
  }
  return 0;
}

/**
 * `virta list [--area AREA] [--json]` (interfaces.md): the indicators of the catalogue, one per line,
 * or as JSON entries with their definition hash (F32: the catalogue's hash, copied, never recomputed).
 */
import { catalogue } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";

/**
 * Runs `virta list`.
 *
 * @example
 * ```ts
 * await listCommand(["--area", "availability"], processIo()); // prints 14 lines, returns 0
 * ```
 */
export async function listCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("list", args, {
    area: { type: "string" },
    json: { type: "boolean" },
  });
  positionals("list", given, []);
  const entries = catalogue.list(typeof values.area === "string" ? { area: values.area } : {});
  if (values.json === true) {
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
      `${entry.id.padEnd(width)}  ${entry.kind.padEnd(kindWidth)}  ${entry.unit.padEnd(unitWidth)}  ${entry.title.fi}\n`,
    );
  }
  return 0;
}

/**
 * The input files a `virta` command line names, read from the arguments at launch, before the command
 * and its libraries load (issue 14): `bin.ts` starts the CSV reader's worker threads for them
 * (`CsvWorkerStarts` of `@virta/adapters/worker-start`) so that a thread's start-up overlaps the
 * loading. Only the commands that read files on the embedded engine are looked at: `compute` (its
 * `--data [CONCEPT=]FILE` values, without `--engine duckdb|postgres` or warehouse tables) and
 * `validate CONCEPT FILE`. This is a hint: the command parses its own arguments and reports their
 * errors; a file named here and not read only costs a thread that waits and is ended.
 */

import { COMPUTE_OPTIONS, VALIDATE_OPTIONS } from "../cli/command-options";

/** A `CONCEPT=` prefix of a `--data` value: lower snake case before the first `=` (`./a=b.csv` has none). */
export const DATA_PREFIX = /^([a-z][a-z_]*)=(.*)$/s;

/**
 * The files that the command line `argv` (without `node` and the script) reads on the embedded engine.
 *
 * @example
 * ```ts
 * launchFiles(["compute", "availability.primary_care.within_14_days", "--data", "visits.csv", "--period", "2024"]);
 * // ["visits.csv"]
 * launchFiles(["validate", "health_care_visit", "visits.csv", "--json"]); // ["visits.csv"]
 * launchFiles(["compute", "…", "--data", "visits.csv", "--engine", "duckdb"]); // []
 * ```
 */
export function launchFiles(argv: readonly string[]): string[] {
  const [command, ...args] = argv;
  if (command !== "compute" && command !== "validate") return [];
  const files: string[] = [];
  const positional: string[] = [];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    const [name, inline] = arg.startsWith("--") ? splitOption(arg) : [null, null];
    if (name === null) {
      positional.push(arg);
      continue;
    }
    const value = inline ?? (OPTIONS_WITH_VALUES.has(name) ? args[++at] : undefined);
    if (name === "engine" && value !== "memory") return []; // the database reads the files
    if (name === "table" || name === "db") return []; // warehouse tables, no files
    if (name === "data" && value !== undefined) files.push(DATA_PREFIX.exec(value)?.[2] ?? value);
  }
  if (command === "validate" && positional.length >= 2) files.push(positional[1]!); // validate CONCEPT FILE
  return files;
}

/** The options of `compute` and `validate` that take a value (the others are flags). */
const OPTIONS_WITH_VALUES = new Set(
  Object.entries({ ...COMPUTE_OPTIONS, ...VALIDATE_OPTIONS }).flatMap(([name, option]) =>
    option.type === "string" ? [name] : [],
  ),
);

/** `--name=value` as [name, value], `--name` as [name, null]. */
function splitOption(arg: string): [string, string | null] {
  const equals = arg.indexOf("=");
  return equals < 0 ? [arg.slice(2), null] : [arg.slice(2, equals), arg.slice(equals + 1)];
}

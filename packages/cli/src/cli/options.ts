/**
 * Argument parsing for every command with `node:util` `parseArgs` (strict: unknown options and missing
 * values are usage errors, exit 2), and the checks of option values that interfaces.md fixes
 * (`--format json|csv|jsonstat`, `--lang fi|sv|en`, …). Every message names the option and what would
 * be right, and points to the command's `--help`.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "@virta/core";

/** The parsed arguments of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses one command's arguments; a parse failure becomes a `UsageError` naming the option.
 *
 * @example
 * ```ts
 * parseCommandArgs("list", ["--area", "availability"], { area: { type: "string" } }).values.area; // "availability"
 * parseCommandArgs("list", ["--colour"], {}); // throws UsageError: virta list: unknown option --colour …
 * ```
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const known = Object.keys(options)
        .map((name) => `--${name}`)
        .join(", ");
      throw new UsageError(
        "unknown_option",
        `virta ${command}: unknown option ${option}; it accepts ${known || "no options"} (see virta ${command} --help)`,
        { option },
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(
        "invalid_option",
        `virta ${command}: option ${option} needs a value (see virta ${command} --help)`,
        { option },
      );
    }
    throw new UsageError("invalid_arguments", `virta ${command}: ${message} (see virta ${command} --help)`);
  }
}

/**
 * Checks that an option's value is one of the allowed words.
 *
 * @example
 * ```ts
 * oneOf("format", "csv", ["json", "csv", "jsonstat"]); // "csv"
 * oneOf("format", "xml", ["json", "csv", "jsonstat"]); // throws: --format "xml": expected json, csv or jsonstat
 * ```
 */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}` : allowed[0];
  throw new UsageError("invalid_option", `--${option} ${JSON.stringify(value)}: expected ${list}`, {
    option,
    value,
    allowed,
  });
}

/**
 * The positional arguments a command needs, in order; too few or too many is a usage error.
 *
 * @example
 * ```ts
 * positionals("validate", ["health_care_visit", "visits.csv"], ["CONCEPT", "FILE"]); // ["health_care_visit", "visits.csv"]
 * positionals("describe", [], ["ID"]); // throws: virta describe: missing ID …
 * ```
 */
export function positionals(command: string, given: readonly string[], names: readonly string[]): string[] {
  if (given.length < names.length) {
    const missing = names.slice(given.length).join(" ");
    throw new UsageError(
      "missing_argument",
      `virta ${command}: missing ${missing}; usage: virta ${command} ${names.join(" ")} (see virta ${command} --help)`,
      { missing },
    );
  }
  if (given.length > names.length) {
    const extra = given.slice(names.length).join(" ");
    throw new UsageError(
      "extra_argument",
      `virta ${command}: unexpected argument ${JSON.stringify(extra)}; usage: virta ${command} ${names.join(" ")}`.trimEnd(),
      { extra },
    );
  }
  return [...given];
}

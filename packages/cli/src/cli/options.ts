/**
 * Argument parsing for every command with `node:util` `parseArgs` (strict: unknown options and missing
 * values are usage errors, exit 2), and the checks of option values that interfaces.md fixes
 * (`--format json|csv|jsonstat`, `--lang fi|sv|en`, …). Every message names the option and what would
 * be right, and points to the command's `--help`.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "@virta/core";
import { oneLineText } from "./io";

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
  const config = { help: { type: "boolean", short: "h" }, ...options } as NonNullable<ParseArgsConfig["options"]>;
  const flattened = flagValues(command, args, config);
  let parsed;
  try {
    parsed = parseArgs({
      args: flattened,
      options: config,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw parseFailure(command, error, options);
  }
  checkTokens(command, parsed.tokens ?? [], config);
  return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
}

/** The words `--flag=WORD` accepts for an on/off option (as F2 reads booleans, plus on/off). */
export const FLAG_WORDS = { true: ["true", "yes", "1", "on", "t"], false: ["false", "no", "0", "off", "f"] } as const;

/**
 * `--flag=WORD` of an on/off option becomes `--flag` (true, yes, 1, on) or nothing (false, no, 0, off);
 * another word is a usage error. Arguments after `--` are left alone.
 */
function flagValues(command: string, args: readonly string[], config: NonNullable<ParseArgsConfig["options"]>) {
  const result: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === "--") {
      result.push(...args.slice(index));
      break;
    }
    const match = /^--([^=]+)=([\s\S]*)$/.exec(arg);
    if (match === null || config[match[1]!]?.type !== "boolean") {
      result.push(arg);
      continue;
    }
    const word = match[2]!.trim().toLowerCase();
    if ((FLAG_WORDS.true as readonly string[]).includes(word)) result.push(`--${match[1]}`);
    else if (!(FLAG_WORDS.false as readonly string[]).includes(word)) {
      throw new UsageError(
        "invalid_option",
        `virta ${command}: option --${match[1]} is on or off: write --${match[1]}, or --${match[1]}=yes|no (also ` +
          `true/false, 1/0, on/off), not ${JSON.stringify(match[2])}`,
        { option: `--${match[1]}`, value: match[2] },
      );
    }
  }
  return result;
}

/** A single-valued value option given twice, or given an empty value, is a usage error (flags may repeat). */
function checkTokens(
  command: string,
  tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>,
  config: NonNullable<ParseArgsConfig["options"]>,
): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === "help") continue;
    const option = config[token.name];
    if (option?.type === "string" && token.value !== undefined && token.value.trim() === "") {
      throw new UsageError(
        "invalid_option",
        `virta ${command}: option --${token.name} needs a value, not an empty one`,
        {
          option: `--${token.name}`,
        },
      );
    }
    // An on/off flag given twice says the same thing twice; a value option given twice is ambiguous.
    if (option?.multiple === true || option?.type !== "string") continue;
    if (seen.has(token.name)) {
      throw new UsageError(
        "repeated_option",
        `virta ${command}: option --${token.name} is given more than once; give it once (see virta ${command} --help)`,
        { option: `--${token.name}` },
      );
    }
    seen.add(token.name);
  }
}

function parseFailure(command: string, error: unknown, options: NonNullable<ParseArgsConfig["options"]>): UsageError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const known = Object.keys(options)
      .map((name) => `--${name}`)
      .join(", ");
    return new UsageError(
      "unknown_option",
      `virta ${command}: unknown option ${oneLineText(option)}; it accepts ${known || "no options"} (see virta ` +
        `${command} --help)`,
      { option },
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new UsageError(
      "invalid_option",
      `virta ${command}: option ${option} needs a value (see virta ${command} --help)`,
      { option },
    );
  }
  return new UsageError("invalid_arguments", `virta ${command}: ${message} (see virta ${command} --help)`);
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
 * positionals("validate", ["health_care_visit", "visits.csv"], ["CONCEPT", "FILE"]);
 * // ["health_care_visit", "visits.csv"]
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
      `virta ${command}: unexpected argument ${JSON.stringify(extra)}; ` +
        `usage: virta ${command} ${names.join(" ")}`.trimEnd(),
      { extra },
    );
  }
  return [...given];
}

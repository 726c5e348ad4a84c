/**
 * The `virta` dispatcher: picks the command, shows help, and turns errors into the exit codes and
 * one- or two-line stderr messages of interfaces.md ("Exit codes"): `VirtaError`s carry their code
 * (`UsageError` 2, `DataError` 1); anything else is a bug and exits 70 with its stack.
 */
import { VirtaError } from "@virta/core";
import { maskIdentityCodes } from "@virta/concepts";
import { auditCommand } from "../commands/audit";
import { compareCommand } from "../commands/compare";
import { computeCommand } from "../commands/compute";
import { demoCommand } from "../commands/demo";
import { describeCommand } from "../commands/describe";
import { runDiff } from "../commands/diff";
import { fetchCommand } from "../commands/fetch";
import { listCommand } from "../commands/list";
import { publishCommand } from "../commands/publish";
import { sqlCommand } from "../commands/sql";
import { validateCommand } from "../commands/validate";
import { COMMAND_HELP, MAIN_HELP } from "./help";
import type { CliIo } from "./io";

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** The commands of interfaces.md. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  list: listCommand,
  describe: describeCommand,
  validate: validateCommand,
  compute: computeCommand,
  demo: demoCommand,
  sql: sqlCommand,
  diff: runDiff,
  compare: compareCommand,
  fetch: fetchCommand,
  publish: publishCommand,
  audit: auditCommand,
};

/** The exit code of an unexpected internal error (sysexits EX_SOFTWARE). */
export const INTERNAL_ERROR = 70;

/**
 * Runs `virta` with the arguments after the program name; returns the exit code.
 *
 * @example
 * ```ts
 * const io = memoryIo();
 * await run(["list", "--area", "availability"], io); // 0
 * await run(["compute", "no.such.id", "--period", "2024"], io); // 2, io.stderr names the closest ids
 * ```
 */
export async function run(argv: readonly string[], given: CliIo, version = "0.0.0"): Promise<number> {
  // F36: nothing shaped like a personal identity code leaves the process unmasked, whatever wrote it.
  const io: CliIo = {
    out: (text) => given.out(maskIdentityCodes(text)),
    err: (text) => given.err(maskIdentityCodes(text)),
    errIsTerminal: given.errIsTerminal,
  };
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(MAIN_HELP);
    return 0;
  }
  if (name === undefined) {
    io.err(
      `virta: missing command; commands: ${Object.keys(COMMANDS).join(", ")} (virta --help shows their options)\n`,
    );
    return 2;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.err(`virta: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (virta --help)\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(COMMAND_HELP[name]!);
    return 0;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof VirtaError) {
      // Messages that already name the command (`virta diff: …`, parse errors) are printed as they are.
      const prefix = `virta ${name}: `;
      io.err(`${error.message.startsWith(prefix) ? "" : prefix}${error.message}\n`);
      return error.exitCode;
    }
    io.err(`virta ${name}: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
    return INTERNAL_ERROR;
  }
}

/**
 * The `virta` dispatcher: picks the command, shows help, and turns errors into the exit codes and
 * one- or two-line stderr messages of interfaces.md ("Exit codes"): `VirtaError`s carry their code
 * (`UsageError` 2, `DataError` 1); anything else is a bug and exits 70 with its stack. Each command's
 * module (and the libraries it needs: DuckDB, pg, the open-data clients) is imported only when that
 * command runs, so `virta --version` loads nothing and `virta list` only the catalogue (issue 14).
 */
import { COMMAND_HELP, MAIN_HELP } from "./help";
import { type CliIo, oneLineText } from "./io";

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** The commands of interfaces.md, each loading its module on first use. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  list: async (args, io) => (await import("../commands/list")).listCommand(args, io),
  describe: async (args, io) => (await import("../commands/describe")).describeCommand(args, io),
  validate: async (args, io) => (await import("../commands/validate")).validateCommand(args, io),
  compute: async (args, io) => (await import("../commands/compute")).computeCommand(args, io),
  demo: async (args, io) => (await import("../commands/demo")).demoCommand(args, io),
  sql: async (args, io) => (await import("../commands/sql")).sqlCommand(args, io),
  diff: async (args, io) => (await import("../commands/diff")).runDiff(args, io),
  compare: async (args, io) => (await import("../commands/compare")).compareCommand(args, io),
  fetch: async (args, io) => (await import("../commands/fetch")).fetchCommand(args, io),
  kit: async (args, io) => (await import("../commands/kit")).kitCommand(args, io),
  certify: async (args, io) => (await import("../commands/certify")).certifyCommand(args, io),
  publish: async (args, io) => (await import("../commands/publish")).publishCommand(args, io),
  audit: async (args, io) => (await import("../commands/audit")).auditCommand(args, io),
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
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    given.out(MAIN_HELP);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    given.out(`${version}\n`);
    return 0;
  }
  // F36: nothing shaped like a personal identity code leaves the process unmasked, whatever wrote it.
  // `virta list` prints the catalogue: its text goes out as it is unless it holds a candidate (the
  // masker's own pattern), which is held back until the masker is loaded, so a plain list loads no library.
  if (name === "list") return runMasked(name, args, given);
  const { maskIdentityCodes } = await import("@virta/concepts");
  const io: CliIo = {
    out: (text) => given.out(maskIdentityCodes(text)),
    err: (text) => given.err(maskIdentityCodes(text)),
    errIsTerminal: given.errIsTerminal,
    ...(given.csvWorkers ? { csvWorkers: given.csvWorkers } : {}),
  };
  return dispatch(name, args, io);
}

/** The masker's candidate pattern (`@virta/concepts`, F11): text without a match holds no identity code. */
const CANDIDATE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i;

/** Runs a command whose output is masked lazily (see `run`); held-back text is masked and written at the end. */
async function runMasked(name: string, args: readonly string[], given: CliIo): Promise<number> {
  const held: Array<{ err: boolean; text: string }> = [];
  let masker: Promise<(text: string) => string> | null = null;
  const write = (err: boolean, text: string) => {
    if (held.length === 0 && !CANDIDATE.test(text)) {
      (err ? given.err : given.out)(text);
      return;
    }
    held.push({ err, text });
    masker ??= import("@virta/concepts").then((concepts) => concepts.maskIdentityCodes);
  };
  const io: CliIo = {
    out: (text) => write(false, text),
    err: (text) => write(true, text),
    errIsTerminal: given.errIsTerminal,
  };
  try {
    return await dispatch(name, args, io);
  } finally {
    const loading = masker as Promise<(text: string) => string> | null; // assigned in write()
    if (loading !== null) {
      const mask = await loading;
      for (const { err, text } of held) (err ? given.err : given.out)(mask(text));
    }
  }
}

/** Runs one command with masked output channels; returns its exit code. */
async function dispatch(name: string | undefined, args: readonly string[], io: CliIo): Promise<number> {
  if (name === undefined) {
    io.err(
      `virta: missing command; commands: ${Object.keys(COMMANDS).join(", ")} (virta --help shows their options)\n`,
    );
    return 2;
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
    const { VirtaError } = await import("@virta/core");
    if (error instanceof VirtaError) {
      // Messages that already name the command (`virta diff: …`, parse errors) are printed as they are.
      // Control characters (a newline in a file name, a NUL in a value) are escaped: one line each (issue 20).
      const prefix = `virta ${name}: `;
      const message = oneLineText(error.message);
      io.err(`${message.startsWith(prefix) ? "" : prefix}${message}\n`);
      return error.exitCode;
    }
    io.err(`virta ${name}: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
    return INTERNAL_ERROR;
  }
}

/**
 * Where the command line writes: the result to stdout, messages and progress to stderr (interfaces.md:
 * "Progress … goes to stderr, never stdout, and only when stderr is a terminal"). Commands receive this
 * interface instead of touching `process`, so tests can run them in-process with captured output.
 */

/** The output channels of one run of `virta`. */
export interface CliIo {
  /** Writes result text to stdout. */
  out(text: string): void;
  /** Writes a message to stderr. */
  err(text: string): void;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly errIsTerminal: boolean;
}

/**
 * The real process streams.
 *
 * @example
 * ```ts
 * const io = processIo();
 * io.err("reading visits.csv\n");
 * ```
 */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
  };
}

/**
 * An in-memory io for tests: everything written is collected in `stdout` and `stderr`.
 *
 * @example
 * ```ts
 * const io = memoryIo();
 * io.out("x");
 * io.stdout; // "x"
 * ```
 */
export function memoryIo(errIsTerminal = false): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    errIsTerminal,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

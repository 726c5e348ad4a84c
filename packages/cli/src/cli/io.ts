/**
 * Where the command line writes: the result to stdout, messages and progress to stderr (interfaces.md:
 * "Progress … goes to stderr, never stdout, and only when stderr is a terminal"). Commands receive this
 * interface instead of touching `process`, so tests can run them in-process with captured output.
 */
import type { CsvWorkerStarts } from "@virta/adapters/worker-start";

/** The output channels of one run of `virta`. */
export interface CliIo {
  /** Writes result text to stdout. */
  out(text: string): void;
  /** Writes a message to stderr. */
  err(text: string): void;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly errIsTerminal: boolean;
  /**
   * The CSV reader's worker threads that `bin.ts` started at launch for the files the command line
   * names (`inputs/launch-files.ts`), for the readers to take (`ReadTableOptions.csvWorkers`).
   */
  readonly csvWorkers?: CsvWorkerStarts;
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

/**
 * Text for a one-line message: line breaks and other control characters (C0, DEL, C1, U+2028/9) are
 * written as escapes (`\n`, `\u0000`), so an odd file name or value never splits or garbles a message.
 *
 * @example
 * ```ts
 * oneLineText("visits\n2024.csv"); // "visits\\n2024.csv"
 * ```
 */
export function oneLineText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => {
    if (character === "\n") return "\\n";
    if (character === "\r") return "\\r";
    if (character === "\t") return "\\t";
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

#!/usr/bin/env node
/**
 * The `virta` executable (interfaces.md "The command line"): runs the dispatcher on the process
 * arguments and exits with its code once stdout has been flushed. A reader that closes stdout early
 * (`virta list | head -1`) ends the run quietly with exit 0, as Unix filters do (issue 17).
 * SIGINT and SIGTERM end the run with 130 and 143 (128 + the signal number, as shells report it) after
 * every open warehouse session has been ended on the server, which drops its temporary tables (issue 15);
 * the run prints one line and nothing after it. A second signal exits at once.
 */
import { createRequire } from "node:module";
import { CsvWorkerStarts } from "@virta/adapters/worker-start";
import { type CliIo, processIo } from "./cli/io";
import { run } from "./cli/run";
import { launchFiles } from "./inputs/launch-files";

// First of all, the CSV reader's worker threads for the files the arguments name (issue 14): each
// starts while the libraries load, and waits for its reader.
const csvWorkers = CsvWorkerStarts.forFiles(launchFiles(process.argv.slice(2)));

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

let interrupted = false;
const io = processIo();
const quietAfterInterrupt: CliIo = {
  out: (text) => void (interrupted || io.out(text)),
  err: (text) => void (interrupted || io.err(text)),
  errIsTerminal: io.errIsTerminal,
  csvWorkers,
};

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)
  process.on(signal, () => {
    if (interrupted) process.exit(code);
    interrupted = true;
    // On a terminal a progress line may be drawn: the message replaces it rather than running on after it.
    process.stderr.write(`${io.errIsTerminal ? "\r\u001b[K" : ""}virta: interrupted (${signal})\n`);
    import("@virta/adapters")
      .then(({ interruptCleanups }) => interruptCleanups())
      .catch(() => {})
      .finally(() => process.exit(code));
  });

run(process.argv.slice(2), quietAfterInterrupt, version).then(
  (code) => {
    csvWorkers.close(); // the threads no reader took
    process.exitCode = code;
  },
  (error: unknown) => {
    csvWorkers.close();
    if (interrupted) return;
    // F36: mask identity-code-shaped text (the pattern of F11) without loading the libraries here.
    process.stderr.write(
      "virta: internal error: " +
        `${String(error).replace(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/gi, (code) => `${code.slice(0, 2)}*********`)}\n`,
    );
    process.exitCode = 70;
  },
);

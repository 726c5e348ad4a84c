#!/usr/bin/env node
/**
 * The `virta` executable (interfaces.md "The command line"): runs the dispatcher on the process
 * arguments and exits with its code once stdout has been flushed. A reader that closes stdout early
 * (`virta list | head -1`) ends the run quietly with exit 0, as Unix filters do (issue 17).
 */
import { createRequire } from "node:module";
import { processIo } from "./cli/io";
import { run } from "./cli/run";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

run(process.argv.slice(2), processIo(), version).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // F36: mask identity-code-shaped text (the pattern of F11) without loading the libraries here.
    process.stderr.write(
      "virta: internal error: " +
        `${String(error).replace(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/gi, (code) => `${code.slice(0, 2)}*********`)}\n`,
    );
    process.exitCode = 70;
  },
);

#!/usr/bin/env node
/**
 * The `virta` executable (interfaces.md "The command line"): runs the dispatcher on the process
 * arguments and exits with its code once stdout has been flushed.
 */
import { createRequire } from "node:module";
import { maskIdentityCodes } from "@virta/concepts";
import { processIo } from "./cli/io";
import { run } from "./cli/run";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

run(process.argv.slice(2), processIo(), version).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`virta: internal error: ${maskIdentityCodes(String(error))}\n`);
    process.exitCode = 70;
  },
);

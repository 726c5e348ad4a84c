/**
 * `virta kit --out DIR` writes the conformance kit (issue 19; docs/certification.md);
 * `virta kit run --kit DIR --out DIR [--engine memory|duckdb|postgres]` computes every case of a kit with
 * this SDK in one process and writes the results folder that `virta certify` reads.
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "@virta/core";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { ENGINE_NAMES } from "../engines/select-engine";
import { FORMATS } from "../output/format-result";
import { buildKit } from "../kit/build-kit";
import { runKit } from "../kit/run-kit";
import { loadDeckFiles, loadRulesMarkdown } from "../kit/source";

/**
 * Writes the kit's files into `folder` (created when missing; an earlier kit there is replaced).
 *
 * @example
 * ```ts
 * await writeKit("kit"); // { files: 1032, checksum: "sha256:…" }
 * ```
 */
export async function writeKit(folder: string): Promise<{ files: number; cases: number; checksum: string }> {
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    if (!existsSync(join(folder, "manifest.json")))
      throw new UsageError(
        "invalid_option",
        `--out ${folder}: the folder is not empty and holds no kit; give a new or empty folder`,
        { option: "out" },
      );
    await rm(join(folder, "cases"), { recursive: true, force: true });
  }
  const files = await buildKit(loadDeckFiles(), loadRulesMarkdown());
  for (const [path, text] of files) {
    const target = join(folder, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, "utf8");
  }
  const manifest = JSON.parse(files.get("manifest.json")!) as { checksum: string; cases: unknown[] };
  return { files: files.size, cases: manifest.cases.length, checksum: manifest.checksum };
}

/** Runs `virta kit` and `virta kit run`. */
export async function kitCommand(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === "run") {
    const { values, positionals: given } = parseCommandArgs("kit run", args.slice(1), {
      kit: { type: "string" },
      out: { type: "string" },
      engine: { type: "string" },
      format: { type: "string" },
    });
    positionals("kit run", given, []);
    if (typeof values.kit !== "string" || typeof values.out !== "string")
      throw new UsageError("missing_option", "virta kit run needs --kit DIR and --out DIR (see virta kit --help)", {
        option: typeof values.kit !== "string" ? "kit" : "out",
      });
    const engine = oneOf("engine", typeof values.engine === "string" ? values.engine : "memory", ENGINE_NAMES);
    const { run } = await import("../cli/run");
    const format = oneOf("format", typeof values.format === "string" ? values.format : "json", FORMATS);
    const { cases } = await runKit({ kit: values.kit, out: values.out, engine, format }, run);
    io.err(`virta kit run: ${cases} cases computed with --engine ${engine}; results in ${values.out}\n`);
    return 0;
  }
  const { values, positionals: given } = parseCommandArgs("kit", args, { out: { type: "string" } });
  positionals("kit", given, []);
  if (typeof values.out !== "string")
    throw new UsageError("missing_option", "virta kit needs --out DIR (see virta kit --help)", { option: "out" });
  const { files, cases, checksum } = await writeKit(values.out);
  io.out(`kit written to ${values.out}: ${cases} cases, ${files} files, ${checksum}\n`);
  return 0;
}

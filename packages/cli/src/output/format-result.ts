/**
 * Turns a result object into the text of the chosen `--format` (interfaces.md "Output formats";
 * fine-print F30, F31) with the writers of `@virta/adapters`, and writes it to stdout or `--out`.
 */
import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError, type IndicatorResult } from "@virta/core";
import { formatResultCsv, formatResultJson, formatResultJsonStat } from "@virta/adapters";
import { maskIdentityCodes } from "@virta/concepts";
import { catalogue } from "@virta/indicators";
import type { CliIo } from "../cli/io";

/** The output formats of `virta compute`. */
export const FORMATS = ["json", "csv", "jsonstat"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The label languages (F31). */
export const LANGS = ["fi", "sv", "en"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The result as text in `format` (JSON-stat labels in `lang`, `updated` as given or today in Helsinki).
 *
 * @example
 * ```ts
 * formatResult(result, "csv", "fi");
 * // "organizer,age_group,numerator,denominator,value,suppressed\n14,25-64,40,50,80.0,false\n"
 * formatResult(result, "jsonstat", "sv", "2026-03-31"); // dataset with Swedish labels, updated 2026-03-31
 * ```
 */
export function formatResult(result: IndicatorResult, format: OutputFormat, lang: Lang, updated?: string): string {
  switch (format) {
    case "json":
      return formatResultJson(result);
    case "csv":
      return formatResultCsv(result);
    case "jsonstat":
      return formatResultJsonStat(result, {
        lang,
        ...(updated === undefined ? {} : { updated }),
        label: catalogue.has(result.indicator.id)
          ? catalogue.get(result.indicator.id).title[lang]
          : result.indicator.id,
      });
  }
}

/**
 * Writes the text to `--out` (when given) or to stdout.
 *
 * @example
 * ```ts
 * await emit("{…}\n", "result.json", io); // writes result.json, nothing on stdout
 * ```
 */
export async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    await writeFile(out, maskIdentityCodes(text), "utf8"); // F36
  } catch (error) {
    throw new UsageError(
      "unwritable_file",
      `--out ${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that ` +
        "its folder exists and is writable",
      {
        option: "out",
        file: out,
      },
    );
  }
}

/** The same file: the same resolved path, or (when both exist) the same device and inode (links). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const left = statSync(a);
    const right = statSync(b);
    return left.dev === right.dev && left.ino === right.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses `--out` naming one of the input files (issue 20: it would overwrite the data it is computed
 * from); a usage error (exit 2) before anything is read.
 *
 * @example
 * ```ts
 * refuseOutOverInput("visits.csv", ["visits.csv"]); // throws: --out visits.csv is also an input file …
 * refuseOutOverInput("result.json", ["visits.csv"]); // nothing
 * ```
 */
export function refuseOutOverInput(out: string | undefined, inputs: readonly string[]): void {
  if (out === undefined) return;
  const input = inputs.find((file) => sameFile(out, file));
  if (input !== undefined) {
    throw new UsageError(
      "out_is_input",
      `--out ${out} is also an input file (--data ${input}); writing there would overwrite the data: choose another ` +
        "file",
      { option: "out", file: out },
    );
  }
}

/**
 * Turns a result object into the text of the chosen `--format` (interfaces.md "Output formats";
 * fine-print F30, F31) with the writers of `@virta/adapters`, and writes it to stdout or `--out`.
 */
import { writeFile } from "node:fs/promises";
import { UsageError, type IndicatorResult } from "@virta/core";
import { labelOf } from "@virta/concepts";
import * as adapters from "@virta/adapters";
import type { CliIo } from "../cli/io";

/** The output formats of `virta compute`. */
export const FORMATS = ["json", "csv", "jsonstat"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The label languages (F31). */
export const LANGS = ["fi", "sv", "en"] as const;
export type Lang = (typeof LANGS)[number];

type Writer = (result: IndicatorResult, options?: unknown) => string;

function writer(name: string, format: OutputFormat): Writer {
  const found = (adapters as Record<string, unknown>)[name];
  if (typeof found !== "function") {
    throw new UsageError("format_not_available", `--format ${format}: the ${format} writer is not available in this build of @virta/adapters; use --format json`, {
      option: "format",
      value: format,
    });
  }
  return found as Writer;
}

/**
 * The result as text in `format` (JSON-stat labels in `lang`).
 *
 * @example
 * ```ts
 * formatResult(result, "csv", "fi"); // "organizer,age_group,numerator,denominator,value,suppressed\n14,25-64,40,50,80.0,false\n"
 * ```
 */
export function formatResult(result: IndicatorResult, format: OutputFormat, lang: Lang): string {
  switch (format) {
    case "json": {
      const json = (adapters as Record<string, unknown>).formatResultJson;
      return typeof json === "function" ? (json as Writer)(result) : `${JSON.stringify(result, null, 2)}\n`;
    }
    case "csv":
      return writer("formatResultCsv", format)(result);
    case "jsonstat":
      return writer("formatResultJsonStat", format)(result, { lang, labelOf });
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
    await writeFile(out, text, "utf8");
  } catch (error) {
    throw new UsageError("unwritable_file", `--out ${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that its folder exists and is writable`, {
      option: "out",
      file: out,
    });
  }
}

/**
 * `virta certify --kit DIR --results DIR [--indicators ID|AREA,…] [--report-dir DIR]` (issue 19;
 * docs/certification.md): compares an implementation's results with the conformance kit, prints the
 * summary, writes report.json and report.html, and exits 0 only when every claimed case passes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { UsageError } from "@virta/core";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";
import { certify } from "../kit/certify";
import { reportHtml, summaryText } from "../kit/report";

/** Runs `virta certify`. */
export async function certifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("certify", args, {
    kit: { type: "string" },
    results: { type: "string" },
    indicators: { type: "string" },
    "report-dir": { type: "string" },
  });
  positionals("certify", given, []);
  const kit = typeof values.kit === "string" ? values.kit : undefined;
  const results = typeof values.results === "string" ? values.results : undefined;
  if (kit === undefined || results === undefined)
    throw new UsageError(
      "missing_option",
      "virta certify needs --kit DIR and --results DIR (see virta certify --help)",
      {
        option: kit === undefined ? "kit" : "results",
      },
    );
  const report = await certify({
    kit,
    results,
    ...(typeof values.indicators === "string" ? { indicators: values.indicators } : {}),
  });
  io.out(summaryText(report));
  const reportDir = typeof values["report-dir"] === "string" ? values["report-dir"] : undefined;
  if (reportDir !== undefined) {
    await mkdir(reportDir, { recursive: true });
    await writeFile(join(reportDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    const rulesHref = relative(reportDir, join(kit, "rules.md")).split("\\").join("/");
    await writeFile(join(reportDir, "report.html"), reportHtml(report, rulesHref));
  }
  return report.certified ? 0 : 1;
}

/**
 * `virta compare ID --data … --period YEAR --sotkanet N` (issue 10 with the adapters' comparison,
 * sources.md "Sotkanet"; fine-print F33): computes the indicator exactly as `virta compute` does, fetches
 * the values THL publishes for the same year from Sotkanet, and prints them side by side per organizer
 * (and sex). Exits 1 when a cell differs by more than `--tolerance`, so a region can script the check.
 */
import { UsageError } from "@virta/core";
import {
  compareWithSotkanet,
  fetchSotkanetIndicatorData,
  formatComparisonJson,
  formatComparisonTable,
  sotkanetDefaultBaseUrl,
} from "@virta/adapters";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";
import { COMPUTE_OPTIONS } from "../cli/command-options";
import { computeFromOptions } from "./compute";

const { format: _format, out: _out, lang: _lang, ...SHARED } = COMPUTE_OPTIONS;

/**
 * A whole number ≥ 1 (a Sotkanet indicator id) or a number ≥ 0 (a tolerance).
 *
 * @example
 * ```ts
 * parseNumberOption("sotkanet", "127", true); // 127
 * parseNumberOption("tolerance", "-1", false); // throws: --tolerance "-1": expected a number ≥ 0
 * ```
 */
export function parseNumberOption(option: string, value: string, wholeNumber: boolean): number {
  const number = (wholeNumber ? /^[1-9]\d*$/ : /^\d+(\.\d+)?$/).test(value.trim()) ? Number(value) : Number.NaN;
  if (Number.isNaN(number)) {
    throw new UsageError(
      "invalid_option",
      `--${option} ${JSON.stringify(value)}: expected ` +
        `${wholeNumber ? "a Sotkanet indicator id such as 127" : "a number ≥ 0 such as 0.1"}`,
      { option, value },
    );
  }
  return number;
}

/**
 * Runs `virta compare`.
 *
 * @example
 * ```ts
 * await compareCommand(
 *   ["population_health.population.count", "--data", "population.csv", "--period", "2023", "--by", "organizer",
 *    "--sotkanet", "127"],
 *   processIo(),
 * );
 * ```
 */
export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("compare", args, {
    ...SHARED,
    sotkanet: { type: "string" },
    tolerance: { type: "string" },
    "sotkanet-url": { type: "string" },
    json: { type: "boolean" },
  });
  const [id] = positionals("compare", given, ["ID"]);
  let indicator = 0;
  let tolerance = 0;
  const result = await computeFromOptions(id!, values, io, () => {
    if (typeof values.sotkanet !== "string") {
      throw new UsageError(
        "missing_option",
        "--sotkanet is required: the Sotkanet indicator id to compare with, such as 127 (population)",
        { option: "sotkanet" },
      );
    }
    indicator = parseNumberOption("sotkanet", values.sotkanet, true);
    tolerance = typeof values.tolerance === "string" ? parseNumberOption("tolerance", values.tolerance, false) : 0;
    if (!/^\d{4}$/.test(String(values.period))) {
      throw new UsageError(
        "invalid_period",
        `--period ${String(values.period)}: Sotkanet publishes yearly values; compare a year such as 2023`,
        { option: "period", value: values.period },
      );
    }
  });
  const bySex = result.breakdown.includes("sex");
  const published = await fetchSotkanetIndicatorData(
    { indicator, years: [Number(result.period.id)], genders: bySex ? ["male", "female"] : ["total"] },
    { baseUrl: typeof values["sotkanet-url"] === "string" ? values["sotkanet-url"] : sotkanetDefaultBaseUrl },
  );
  const comparison = compareWithSotkanet(result, published.rows, {
    regions: published.regions,
    sotkanetIndicator: indicator,
    tolerance,
  });
  io.out(values.json === true ? formatComparisonJson(comparison) : formatComparisonTable(comparison));
  return comparison.summary.mismatches > 0 ? 1 : 0;
}

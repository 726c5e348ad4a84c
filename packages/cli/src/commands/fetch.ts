/**
 * `virta fetch population --year YEAR [--municipalities 091,167] [--out FILE]` (sources.md "Statistics
 * Finland"; fine-print F33): downloads one year's population by municipality, single year of age and
 * sex from StatFin (PxWeb) with the adapters' client and writes it as a `population` table (CSV with the
 * concept's columns), ready for `virta compute … --data population=FILE`.
 */
import { UsageError } from "@virta/core";
import { fetchPopulation, pxWebDefaultBaseUrl, type PopulationRow } from "@virta/adapters";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { emit, LANGS } from "../output/format-result";

/** The datasets `virta fetch` knows. */
export const FETCHABLE = ["population"] as const;

/** The column order of the written table (concepts.md `population`). */
export const POPULATION_COLUMNS = ["year", "municipality_code", "age", "sex", "count"] as const;

/**
 * `population` rows as CSV text (header, LF line ends).
 *
 * @example
 * ```ts
 * populationCsv([{ year: 2023, municipality_code: "091", age: 0, sex: "male", count: 3010 }]);
 * // "year,municipality_code,age,sex,count\n2023,091,0,male,3010\n"
 * ```
 */
export function populationCsv(rows: readonly PopulationRow[]): string {
  const lines = rows.map((row) => POPULATION_COLUMNS.map((column) => String(row[column])).join(","));
  return `${[POPULATION_COLUMNS.join(","), ...lines].join("\n")}\n`;
}

/**
 * Runs `virta fetch`.
 *
 * @example
 * ```ts
 * const args = ["population", "--year", "2023", "--municipalities", "091", "--out", "population.csv"];
 * await fetchCommand(args, processIo());
 * // 0
 * ```
 */
export async function fetchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("fetch", args, {
    year: { type: "string" },
    municipalities: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
    "pxweb-url": { type: "string" },
  });
  const [dataset] = positionals("fetch", given, ["DATASET"]);
  if (!(FETCHABLE as readonly string[]).includes(dataset!)) {
    throw new UsageError("unknown_dataset", `unknown dataset "${dataset}"; virta fetch knows ${FETCHABLE.join(", ")}`, {
      value: dataset,
      allowed: FETCHABLE,
    });
  }
  const year = typeof values.year === "string" && /^\d{4}$/.test(values.year) ? Number(values.year) : Number.NaN;
  if (Number.isNaN(year)) {
    throw new UsageError(
      "invalid_option",
      `--year ${JSON.stringify(values.year ?? "")}: expected a statistical year such as 2023 (population on 31 ` +
        "December)",
      { option: "year", value: values.year },
    );
  }
  const municipalities =
    typeof values.municipalities === "string"
      ? values.municipalities.split(",").map((code) => code.trim().padStart(3, "0"))
      : undefined;
  if (municipalities?.some((code) => !/^\d{3}$/.test(code))) {
    throw new UsageError(
      "invalid_option",
      `--municipalities ${JSON.stringify(values.municipalities)}: expected municipality codes separated by commas, ` +
        "such as 091,167",
      { option: "municipalities" },
    );
  }
  const rows = await fetchPopulation({
    year,
    lang: oneOf("lang", typeof values.lang === "string" ? values.lang : "fi", LANGS),
    baseUrl: typeof values["pxweb-url"] === "string" ? values["pxweb-url"] : pxWebDefaultBaseUrl,
    ...(municipalities ? { municipalities } : {}),
  });
  await emit(populationCsv(rows), typeof values.out === "string" ? values.out : undefined, io);
  return 0;
}

/**
 * The population of one year by municipality, single-year age and sex from StatFin, as `population`
 * rows: metadata first (variable codes are read from it, sources.md), then one `json-stat2` query, then
 * {@link populationFromJsonStat} (fine-print F33).
 *
 * The default table is `vaerak/statfin_vaerak_pxt_11re.px` ("Population according to age (1-year) and
 * sex by area", 31 December, 1972–), the StatFin table that has municipalities (`KU…`), single years of
 * age `000`…`100-` and sex `1`/`2`, each with its `SSS` total. Another table of that shape can be passed
 * as `table`.
 */
import { UsageError } from "@virta/core";
import { identifyPopulationVariables, markTimeVariable } from "./population-variables";
import { populationFromJsonStat, type PopulationRow } from "./population-jsonstat";
import {
  fetchPxWebMetadata,
  pxWebTableUrl,
  queryPxWeb,
  type PxWebMetadata,
  type PxWebOptions,
  type PxWebQuery,
} from "./pxweb";

/** The default StatFin population table (subject `vaerak`). */
export const statFinPopulationTable = "vaerak/statfin_vaerak_pxt_11re.px";

/** Options of {@link fetchPopulation}. */
export interface FetchPopulationOptions extends PxWebOptions {
  /** The statistical year (population on 31 December). */
  year: number;
  /** Only these municipalities (codes such as `"091"`); default every municipality of the table. */
  municipalities?: readonly string[];
  /** Default {@link statFinPopulationTable}. */
  table?: string;
}

/**
 * Fetches one year's population by municipality, age and sex as `population` rows (totals dropped, F33).
 * A year the table does not have, or a municipality it does not list, is a `UsageError`.
 *
 * @example
 * ```ts
 * const rows = await fetchPopulation({ year: 2023, lang: "fi", municipalities: ["091"] });
 * rows[0]; // { year: 2023, municipality_code: "091", age: 0, sex: "male", count: … }
 * ```
 */
export async function fetchPopulation(options: FetchPopulationOptions): Promise<PopulationRow[]> {
  const table = options.table ?? statFinPopulationTable;
  const metadata = await fetchPxWebMetadata(table, options);
  const query = populationQuery(metadata, options, table);
  const dataset = await queryPxWeb(table, query, options);
  return populationFromJsonStat(dataset, { source: pxWebTableUrl(table, options) });
}

/**
 * The query {@link fetchPopulation} sends: the municipalities (`KU…`, never `MK…` or `SSS`), every age,
 * sex `1` and `2`, the year, and the single value of any other variable (the measure).
 *
 * @example
 * ```ts
 * populationQuery(metadata, { year: 2023, municipalities: ["091"] }, "vaerak/statfin_vaerak_pxt_11re.px").query[0];
 * // { code: "Alue", selection: { filter: "item", values: ["KU091"] } }
 * ```
 */
export function populationQuery(
  metadata: PxWebMetadata,
  options: Pick<FetchPopulationOptions, "year" | "municipalities">,
  table: string,
): PxWebQuery {
  const variables = identifyPopulationVariables(markTimeVariable(metadata.variables, undefined), table);
  const values = (code: string) => metadata.variables.find((variable) => variable.code === code)!.values;
  const years = values(variables.year!);
  if (!years.includes(String(options.year))) {
    throw new UsageError(
      "unavailable_year",
      `year ${options.year} is not in the PxWeb table ${table} (it has ${years[0] ?? "?"}` +
        `–${years[years.length - 1] ?? "?"}); choose a year in that range`,
      { table, year: options.year },
    );
  }
  const municipalities = values(variables.region).filter((code) => /^KU\d{3}$/.test(code));
  let selected = municipalities;
  if (options.municipalities) {
    selected = options.municipalities.map((code) => `KU${code.trim().padStart(3, "0")}`);
    const unknown = selected.filter((code) => !municipalities.includes(code));
    if (unknown.length > 0) {
      throw new UsageError(
        "unknown_code",
        `municipalities ${unknown.map((code) => code.slice(2)).join(", ")} are not in the PxWeb ` +
          `table ${table}; give three-digit municipality codes such as 091`,
        { table, municipalities: unknown },
      );
    }
  }
  const query: PxWebQuery["query"] = [];
  for (const variable of metadata.variables) {
    if (variable.code === variables.region) query.push(item(variable.code, selected));
    else if (variable.code === variables.year) query.push(item(variable.code, [String(options.year)]));
    else if (variable.code === variables.sex) query.push(item(variable.code, ["1", "2"]));
    else if (variable.code === variables.age)
      query.push({ code: variable.code, selection: { filter: "all", values: ["*"] } });
    else if (variable.values.length === 1) query.push(item(variable.code, variable.values));
    else {
      throw new UsageError(
        "unexpected_table",
        `the PxWeb table ${table} has a variable "${variable.code}" with ${variable.values.length} ` +
          `values (${variable.values.slice(0, 5).join(", ")}…); use a population table whose other ` +
          `variables have one value`,
        { table, variable: variable.code },
      );
    }
  }
  return { query, response: { format: "json-stat2" } };
}

function item(code: string, values: string[]) {
  return { code, selection: { filter: "item" as const, values } };
}

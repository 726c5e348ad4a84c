/**
 * Which variable of a Statistics Finland population table is the region, the year, the sex and the age,
 * found from the value codes rather than from the variable names (sources.md: "Read variable codes from
 * the metadata rather than hard-coding them"). The same rules read a table's metadata (variables with
 * `values`) and a JSON-stat answer (dimensions with category codes), so the two always agree:
 *
 * - region: the variable with a value `KU` + three digits (municipality; `MK…` are regions, `SSS` the
 *   whole country);
 * - sex: values only `1`, `2` and `SSS` (classifications.md, "Sex");
 * - year: flagged `time` (metadata) or in `role.time` (JSON-stat), else all values four digits;
 * - age: values single years (`000`…`099`, `100-`) and `SSS`.
 *
 * Any other variable ("Tiedot", the measure) is listed in `others`.
 */
import { DataError } from "@virta/core";

/** A variable seen by its code, value codes and time flag. */
export interface CodedVariable {
  code: string;
  values: readonly string[];
  time?: boolean;
}

/** The codes of the four variables a population table must have, and the others. */
export interface PopulationVariables {
  region: string;
  /** `null` only when the caller allowed a table without a year variable. */
  year: string | null;
  sex: string;
  age: string;
  others: string[];
}

const municipalityValue = /^KU\d{3}$/;
/** Any area code of a StatFin region variable: `SSS`, `KU091`, `MK12`, and the like. */
const regionValue = /^(SSS|[A-Z]{2}\d{2,3})$/;
const yearValue = /^\d{4}$/;
const ageValue = /^(\d{1,3}|100-|SSS)$/;

/**
 * Finds the region, year, sex and age variables (call {@link markTimeVariable} first); throws `DataError`
 * `unexpected_table` naming the table
 * and the variable that could not be found.
 *
 * @example
 * ```ts
 * identifyPopulationVariables([
 *   { code: "Alue", values: ["SSS", "KU091"] }, { code: "Vuosi", values: ["2023"], time: true },
 *   { code: "Sukupuoli", values: ["SSS", "1", "2"] }, { code: "Ikä", values: ["SSS", "000", "100-"] },
 *   { code: "Tiedot", values: ["vaesto"] },
 * ], "vaerak/statfin_vaerak_pxt_11re.px");
 * // { region: "Alue", year: "Vuosi", sex: "Sukupuoli", age: "Ikä", others: ["Tiedot"] }
 * ```
 */
export function identifyPopulationVariables(
  variables: readonly CodedVariable[],
  source: string,
  options: { yearOptional?: boolean } = {},
): PopulationVariables {
  const taken = new Set<string>();
  const find = (what: string, expected: string, test: (variable: CodedVariable) => boolean): string => {
    const found = variables.find((variable) => !taken.has(variable.code) && test(variable));
    if (!found) {
      throw new DataError(
        "unexpected_table",
        `${source}: no ${what} variable (${expected}) among ` +
          `${variables.map((variable) => variable.code).join(", ")}; use a population table by ` +
          `municipality, single-year age and sex such as vaerak/statfin_vaerak_pxt_11re.px`,
        { source, missing: what },
      );
    }
    taken.add(found.code);
    return found.code;
  };
  const region = find(
    "region",
    "values KU + municipality code",
    (variable) =>
      variable.values.some((value) => municipalityValue.test(value)) ||
      (variable.values.every((value) => regionValue.test(value)) && variable.values.some((value) => value !== "SSS")),
  );
  const year =
    options.yearOptional && !variables.some((variable) => variable.time === true)
      ? null
      : find("year", "time variable or four-digit values", (variable) => variable.time === true);
  const sex = find(
    "sex",
    "values 1, 2, SSS",
    (variable) =>
      variable.values.length > 0 &&
      variable.values.every((value) => value === "1" || value === "2" || value === "SSS") &&
      variable.values.some((value) => value === "1" || value === "2"),
  );
  const age = find(
    "age",
    "single-year values 000…100- and SSS",
    (variable) =>
      variable.values.length > 0 &&
      variable.values.every((value) => ageValue.test(value)) &&
      variable.values.some((value) => value !== "SSS"),
  );
  return {
    region,
    year,
    sex,
    age,
    others: variables.map((variable) => variable.code).filter((code) => !taken.has(code)),
  };
}

/**
 * Marks the time variable of a JSON-stat dataset (`role.time`, else the dimension whose codes are all
 * four-digit years) so that {@link identifyPopulationVariables} can read datasets and metadata alike.
 *
 * @example
 * ```ts
 * markTimeVariable([{ code: "Vuosi", values: ["2023"] }], undefined);
 * // [{ code: "Vuosi", values: ["2023"], time: true }]
 * ```
 */
export function markTimeVariable(
  variables: readonly CodedVariable[],
  timeRole: readonly string[] | undefined,
): CodedVariable[] {
  const declared = variables.find((variable) => variable.time === true || timeRole?.includes(variable.code));
  const time =
    declared ??
    variables.find((variable) => variable.values.length > 0 && variable.values.every((value) => yearValue.test(value)));
  return variables.map((variable) => ({ ...variable, time: variable === time }));
}

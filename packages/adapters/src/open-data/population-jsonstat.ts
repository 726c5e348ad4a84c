/**
 * Turns a Statistics Finland JSON-stat 2.0 population answer into rows of the `population` concept
 * (concepts.md: `year`, `municipality_code`, `age`, `sex`, `count`), by fine-print F33:
 *
 * - every total category is dropped: `SSS` of the region, of the sex and of the age;
 * - only municipalities become rows: `KU091` → `091`; `MK…` (regions) and other aggregate areas are
 *   skipped, since their persons are already in their municipalities;
 * - the age `100-` (100 or over) → 100, `000`…`099` → 0…99 (concepts.md: 100 means 100 or over);
 * - the sex `1` → `male`, `2` → `female` (classifications.md, "Sex").
 *
 * Any other category (an age band such as `0-14`, a sex `3`, a second measure) is a `DataError`, never
 * silently dropped, and so is a missing or non-integer value.
 */
import { DataError } from "@virta/core";
import { identifyPopulationVariables, markTimeVariable } from "./population-variables";
import { jsonStatCategoryCodes, type JsonStatDataset } from "./pxweb";

/** One row of the `population` concept. */
export interface PopulationRow {
  year: number;
  municipality_code: string;
  age: number;
  sex: "male" | "female";
  count: number;
}

/** Options of {@link populationFromJsonStat}. */
export interface PopulationFromJsonStatOptions {
  /** Named in error messages (the URL or file); default `"JSON-stat dataset"`. */
  source?: string;
  /** The year, when the answer has no year dimension (it was eliminated from the query). */
  year?: number;
}

/**
 * Reads a `json-stat2` population answer into `population` rows, in the dataset's row-major order.
 *
 * @example
 * ```ts
 * const rows = populationFromJsonStat({
 *   id: ["Alue", "Vuosi", "Sukupuoli", "Ikä"], size: [2, 1, 1, 2],
 *   dimension: {
 *     Alue: { category: { index: ["SSS", "KU167"] } }, Vuosi: { category: { index: ["2023"] } },
 *     Sukupuoli: { category: { index: ["2"] } }, Ikä: { category: { index: ["SSS", "100-"] } },
 *   },
 *   role: { time: ["Vuosi"] },
 *   value: [2900000, 1100, 38000, 14],
 * });
 * // [{ year: 2023, municipality_code: "167", age: 100, sex: "female", count: 14 }]
 * ```
 */
export function populationFromJsonStat(
  dataset: JsonStatDataset,
  options: PopulationFromJsonStatOptions = {},
): PopulationRow[] {
  const source = options.source ?? "JSON-stat dataset";
  const codes = dataset.id.map((code) => jsonStatCategoryCodes(dataset.dimension[code]!));
  const variables = identifyPopulationVariables(
    markTimeVariable(
      dataset.id.map((code, at) => ({ code, values: codes[at]! })),
      dataset.role?.time,
    ),
    source,
    { yearOptional: options.year !== undefined },
  );
  for (const other of variables.others) {
    const size = codes[dataset.id.indexOf(other)]!.length;
    if (size !== 1) {
      throw new DataError(
        "unexpected_table",
        `${source}: dimension "${other}" has ${size} categories ` +
          `(${codes[dataset.id.indexOf(other)]!.join(", ")}); select exactly one value of it in the ` +
          `query`,
        { source, dimension: other },
      );
    }
  }
  const position = (code: string) => dataset.id.indexOf(code);
  const regionAt = position(variables.region);
  const yearAt = variables.year === null ? -1 : position(variables.year);
  const sexAt = position(variables.sex);
  const ageAt = position(variables.age);
  const decoded = {
    region: codes[regionAt]!.map((code) => municipalityFromRegion(code, source, variables.region)),
    year: yearAt < 0 ? [options.year!] : codes[yearAt]!.map((code) => yearFromCode(code, source, variables.year!)),
    sex: codes[sexAt]!.map((code) => sexFromCode(code, source, variables.sex)),
    age: codes[ageAt]!.map((code) => ageFromCode(code, source, variables.age)),
  };
  const rows: PopulationRow[] = [];
  const sizes = codes.map((list) => list.length);
  const total = sizes.reduce((product, size) => product * size, 1);
  const index = sizes.map(() => 0);
  for (let cell = 0; cell < total; cell += 1) {
    const municipality = decoded.region[index[regionAt]!];
    const sex = decoded.sex[index[sexAt]!];
    const age = decoded.age[index[ageAt]!];
    if (
      municipality !== null &&
      municipality !== undefined &&
      sex !== null &&
      sex !== undefined &&
      age !== null &&
      age !== undefined
    ) {
      const year = yearAt < 0 ? decoded.year[0]! : decoded.year[index[yearAt]!]!;
      const count = countAt(
        dataset,
        cell,
        () => dataset.id.map((code, at) => `${code}=${codes[at]![index[at]!]!}`).join(", "),
        source,
      );
      rows.push({ year, municipality_code: municipality, age, sex, count });
    }
    advance(index, sizes);
  }
  return rows;
}

/** `KU091` → `091`; `SSS`, `MK…` and other aggregate areas (two letters and digits) → null (F33). */
function municipalityFromRegion(code: string, source: string, dimension: string): string | null {
  const match = /^KU(\d{3})$/.exec(code);
  if (match) return match[1]!;
  if (code === "SSS" || /^[A-Z]{2}\d{2,3}$/.test(code)) return null;
  throw unexpected(source, dimension, code, "KU + a municipality code, MK + a region code or SSS");
}

function yearFromCode(code: string, source: string, dimension: string): number {
  if (!/^\d{4}$/.test(code)) throw unexpected(source, dimension, code, "a four-digit year");
  return Number(code);
}

/** `1` → male, `2` → female, `SSS` (total) → null (F33). */
function sexFromCode(code: string, source: string, dimension: string): "male" | "female" | null {
  if (code === "1") return "male";
  if (code === "2") return "female";
  if (code === "SSS") return null;
  throw unexpected(source, dimension, code, "1, 2 or SSS");
}

/** `000`…`099` → 0…99, `100-` → 100, `SSS` (total) → null (F33). */
function ageFromCode(code: string, source: string, dimension: string): number | null {
  if (code === "SSS") return null;
  if (code === "100-") return 100;
  if (/^\d{1,3}$/.test(code) && Number(code) <= 100) return Number(code);
  throw unexpected(source, dimension, code, "a single year 000…099, 100- or SSS");
}

function countAt(dataset: JsonStatDataset, cell: number, describe: () => string, source: string): number {
  const value = Array.isArray(dataset.value) ? dataset.value[cell] : dataset.value[String(cell)];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new DataError(
      "open_data_malformed",
      `${source}: the value at ${describe()} is ${JSON.stringify(value ?? null)}; expected a ` +
        `count of persons (an integer ≥ 0)`,
      { source },
    );
  }
  return value;
}

function advance(index: number[], sizes: number[]): void {
  for (let at = index.length - 1; at >= 0; at -= 1) {
    index[at]! += 1;
    if (index[at]! < sizes[at]!) return;
    index[at] = 0;
  }
}

function unexpected(source: string, dimension: string, code: string, expected: string): DataError {
  return new DataError(
    "unexpected_category",
    `${source}: dimension "${dimension}" has the category ${JSON.stringify(code)}; expected ${expected}`,
    { source, dimension, code },
  );
}

/**
 * The JSON-stat 2.0 output of a `compute` result (interfaces.md "Output formats", fine-print F31,
 * https://json-stat.org/full/): one dataset whose dimensions (`id`) are the breakdown dimensions only,
 * each listing only the categories that occur, in row order — the order of F19 ("Order of rows"):
 * classification order within each dimension (`compareInDimension` of @virta/concepts, with the result's
 * age-group set). For the first dimension that is the order of first occurrence in the sorted rows; for
 * a later dimension first occurrence can differ (rows 08/75+, 14/25-64 would list 75+ first), so each
 * dimension's categories are sorted by F19 rather than taken as they first appear;
 * `value` in row-major order (the last dimension varies fastest); a combination without a row is
 * `null` with status `"-"`, a suppressed cell is `null` with status `".."` (this specification's
 * choice). A non-suppressed row whose value is `null` (an empty population, F23) is `null` without a
 * status. Dimension and category labels are in `options.lang` (`fi` by default, F31), from the
 * classifications of @virta/concepts unless the caller passes its own.
 *
 * `role.geo` names `organizer` or `municipality` when the breakdown has them (F31); `source` names the
 * SDK, the indicator id, version and definition hash, and `updated` is the given date or else the run's
 * date in Helsinki (F35; jsonstat-common.ts). A result without a breakdown has `id: []`, `size: []` and
 * one value (the product of no sizes is 1). The unit, decimals, period, as-of date, age-group set and
 * disclosure policy are kept in the dataset's `extension` (a `compute` dataset has no metric dimension
 * to carry `unit`; publication sets add one, F35).
 */
import { DataError, resolveAgeGroupSet, type AgeGroupSet, type IndicatorResult, type ResultRow } from "@virta/core";
import { compareInDimension, dimensionLabelOf, labelOf as classificationLabelOf, type Language } from "@virta/concepts";
import { helsinkiDate, jsonStatRole, jsonStatSource, type JsonStatRole } from "./jsonstat-common";

/** Options of {@link formatResultJsonStat}. */
export interface ResultJsonStatOptions {
  /** Language of the labels (`fi`, `sv` or `en`); default `fi` (F31). */
  lang?: string;
  /** Label of a category; default: the classification's name (`labelOf` of @virta/concepts), else the code. */
  labelOf?: (dimension: string, code: string, lang: string) => string;
  /** Label of a dimension; default: `dimensionLabelOf` of @virta/concepts (`Hyvinvointialue`, …). */
  dimensionLabelOf?: (dimension: string, lang: string) => string;
  /** Label of the dataset; default: the indicator id. The CLI passes the indicator's title in `lang`. */
  label?: string;
  /** The `updated` date (`--updated DATE`, F35); default: today's date in Helsinki. */
  updated?: string;
}

/** One JSON-stat dimension. */
export interface ResultJsonStatDimension {
  label: string;
  category: { index: Record<string, number>; label: Record<string, string> };
}

/** The JSON-stat 2.0 dataset this writer produces. */
export interface ResultJsonStat {
  version: "2.0";
  class: "dataset";
  label: string;
  source: string;
  updated: string;
  id: string[];
  size: number[];
  dimension: Record<string, ResultJsonStatDimension>;
  /** Numbers, or exact decimal text where no double holds the value (F5, F21; JSON-stat allows strings). */
  value: (number | string | null)[];
  /** Sparse status by value index: `".."` suppressed, `"-"` no such cell (F31). */
  status: Record<string, ".." | "-">;
  /** `geo` names `organizer`/`municipality` when present; absent when no dimension has a role (F31). */
  role?: JsonStatRole;
  extension: {
    indicator: IndicatorResult["indicator"];
    period: IndicatorResult["period"];
    unit: IndicatorResult["unit"];
    decimals: number;
    as_of: string | null;
    age_groups: string | null;
    disclosure: IndicatorResult["disclosure"];
    lang: string;
  };
}

/**
 * The dimension that earlier versions gave a result without breakdown.
 *
 * @deprecated A result without breakdown now has no dimension at all (`id: []`, F31: "`id` is the
 * breakdown dimensions only"); see docs/formats.md.
 */
export const SINGLE_CELL_DIMENSION = "indicator";

function categoryCode(row: ResultRow, dimension: string, rowNumber: number): string {
  const value = row[dimension];
  if (value === null || value === undefined) {
    throw new DataError(
      "missing_dimension_value",
      `result row ${rowNumber} has no value for dimension "${dimension}"; every row needs a code`,
      {
        row: rowNumber,
        dimension,
      },
    );
  }
  return String(value);
}

/** The result's age-group set (built-in id or custom `0-17,18-64,65+`), or undefined without one. */
function resultAgeGroupSet(result: IndicatorResult): AgeGroupSet | undefined {
  if (result.age_groups === null) return undefined;
  try {
    return resolveAgeGroupSet(result.age_groups);
  } catch {
    return undefined; // an unknown set id: its labels then sort by code point
  }
}

/**
 * Builds the JSON-stat 2.0 dataset of a result (F31).
 *
 * @example
 * ```ts
 * const dataset = toJsonStat(result, { lang: "sv", labelOf: (dimension, code, lang) => code });
 * dataset.size; // e.g. [2, 3] for two organizers and three age groups
 * ```
 */
export function toJsonStat(result: IndicatorResult, options: ResultJsonStatOptions = {}): ResultJsonStat {
  const lang = options.lang ?? "fi";
  const labelOf =
    options.labelOf ??
    ((dimension: string, code: string, language: string) =>
      classificationLabelOf(dimension, code, language as Language));
  const dimensionLabel =
    options.dimensionLabelOf ??
    ((dimension: string, language: string) => dimensionLabelOf(dimension, language as Language));
  const ids = [...result.breakdown];
  if (ids.length === 0 && result.rows.length > 1) {
    throw new DataError("duplicate_cell", "result row 2 repeats the only cell of a result without breakdown (F18)", {
      row: 2,
    });
  }

  // Categories that occur, each dimension in F19 order (F31 "in row order").
  const ageGroups = resultAgeGroupSet(result);
  const positions = ids.map((dimension) => {
    const codes = new Set<string>();
    result.rows.forEach((row, index) => codes.add(categoryCode(row, dimension, index + 1)));
    const sorted = [...codes].sort(compareInDimension(dimension, ageGroups ? { ageGroups } : {}));
    return new Map(sorted.map((code, position) => [code, position] as const));
  });
  const size = positions.map((categories) => categories.size);
  const cells = size.reduce((product, n) => product * n, 1);

  const value: (number | string | null)[] = new Array<number | string | null>(cells).fill(null);
  const status: Record<string, ".." | "-"> = {};
  const filled = new Uint8Array(cells);
  result.rows.forEach((row, index) => {
    let cell = 0;
    ids.forEach((dimension, d) => {
      cell = cell * size[d]! + positions[d]!.get(categoryCode(row, dimension, index + 1))!;
    });
    if (filled[cell] === 1) {
      const where = ids.map((dimension) => `${dimension}=${categoryCode(row, dimension, index + 1)}`).join(", ");
      throw new DataError(
        "duplicate_cell",
        `result row ${index + 1} repeats the cell ${where}; a result has one row per cell (F18)`,
        {
          row: index + 1,
        },
      );
    }
    filled[cell] = 1;
    if (row.suppressed) status[String(cell)] = "..";
    else value[cell] = row.value;
  });
  for (let cell = 0; cell < cells; cell++) if (filled[cell] === 0) status[String(cell)] = "-";

  const dimension: Record<string, ResultJsonStatDimension> = {};
  ids.forEach((id, d) => {
    const index: Record<string, number> = {};
    const label: Record<string, string> = {};
    for (const [code, position] of positions[d]!) {
      index[code] = position;
      label[code] = labelOf(id, code, lang);
    }
    dimension[id] = { label: dimensionLabel(id, lang), category: { index, label } };
  });

  const role = jsonStatRole(ids);
  return {
    version: "2.0",
    class: "dataset",
    label: options.label ?? result.indicator.id,
    source: jsonStatSource(result),
    updated: options.updated ?? helsinkiDate(),
    id: ids,
    size,
    dimension,
    value,
    status,
    ...(role === undefined ? {} : { role }),
    extension: {
      indicator: result.indicator,
      period: result.period,
      unit: result.unit,
      decimals: result.decimals,
      as_of: result.as_of,
      age_groups: result.age_groups,
      disclosure: result.disclosure,
      lang,
    },
  };
}

/**
 * Writes the JSON-stat 2.0 dataset of a result as JSON text (2-space indented, ending with a line feed).
 *
 * @example
 * ```ts
 * const labelOf = (d, code, lang) => labels[d]?.[code]?.[lang] ?? code;
 * const text = formatResultJsonStat(result, { lang: "en", labelOf });
 * ```
 */
export function formatResultJsonStat(result: IndicatorResult, options: ResultJsonStatOptions = {}): string {
  return JSON.stringify(toJsonStat(result, options), null, 2) + "\n";
}

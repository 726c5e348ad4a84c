/**
 * Puts a computed `IndicatorResult` beside the values THL publishes in Sotkanet for the same organizers,
 * sex and year (issue 7): one cell per organizer (and sex, when the result is broken down by sex;
 * `total` otherwise), with both values, their exact difference and whether it is within the tolerance,
 * plus the cells found on one side only and summary counts. Sotkanet rows that are not about this
 * comparison (another year, a region that is not an organizer, another sex) are counted by reason, not
 * dropped silently (spec README, "Nothing lost silently").
 *
 * Which Sotkanet figure is compared is fine-print F33: `absValue` for a count result, `value` for a
 * share or rate. A result is a count when its non-suppressed rows have a numerator and no denominator
 * (indicators.md, "Rows of a result"); when no row says, unit `persons` means a count.
 */
import { DataError, UsageError, type IndicatorResult } from "@virta/core";
import { resolveSotkanetRegion, type SotkanetRegionMap } from "../open-data/sotkanet-regions";
import type { SotkanetDataRow } from "../open-data/sotkanet";
import { exactDifference, withinTolerance } from "./exact-decimal";

/** The sex of a comparison cell: the result's sex code, or `total` without a sex breakdown. */
export type ComparisonSex = "male" | "female" | "unknown" | "total";

/** How a cell came out. */
export type ComparisonStatus = "match" | "mismatch" | "only_ours" | "only_theirs" | "not_comparable";

/** One organizer (and sex) side by side. `difference` = ours − theirs, exact (F5). */
export interface ComparisonCell {
  organizer: string;
  sex: ComparisonSex;
  ours: number | null;
  theirs: number | null;
  difference: number | null;
  within_tolerance: boolean | null;
  status: ComparisonStatus;
}

/** Why Sotkanet rows took no part. Zero counts are omitted (as in fine-print F15). */
export type IgnoredReason = "other_year" | "other_indicator" | "not_an_organizer" | "other_sex";

/** The whole comparison; plain JSON. */
export interface SotkanetComparison {
  indicator: string;
  sotkanet_indicator: number | null;
  period: string;
  year: number;
  value_field: "absValue" | "value";
  tolerance: number;
  by_sex: boolean;
  cells: ComparisonCell[];
  summary: {
    cells: number;
    matches: number;
    mismatches: number;
    only_ours: number;
    only_theirs: number;
    not_comparable: number;
    sotkanet_rows: number;
    sotkanet_rows_ignored: Partial<Record<IgnoredReason, number>>;
  };
  warnings: string[];
}

/** Options of {@link compareWithSotkanet}. */
export interface CompareWithSotkanetOptions {
  /** The Sotkanet id ↔ code map (`buildSotkanetRegionMap` of the `/regions` answer). */
  regions: SotkanetRegionMap;
  /** Largest |ours − theirs| that still matches; default 0. */
  tolerance?: number;
  /** The Sotkanet indicator id the rows should have; rows of another id are ignored. */
  sotkanetIndicator?: number;
  /** The year to compare; default the result's period when it is a year. */
  year?: number;
  /** Overrides F33's choice of `absValue` (counts) or `value` (shares, rates). */
  valueField?: "absValue" | "value";
}

const sexOrder: readonly ComparisonSex[] = ["male", "female", "unknown", "total"];
const ignoredReasons: readonly IgnoredReason[] = ["other_indicator", "other_year", "not_an_organizer", "other_sex"];

/**
 * Compares a result with Sotkanet rows.
 *
 * @example
 * ```ts
 * const comparison = compareWithSotkanet(result, rows, { regions: buildSotkanetRegionMap(regionList),
 *   sotkanetIndicator: 127 });
 * comparison.summary; // { cells: 4, matches: 2, mismatches: 1, only_ours: 0, only_theirs: 1, … }
 * ```
 */
export function compareWithSotkanet(
  result: IndicatorResult,
  sotkanetRows: readonly SotkanetDataRow[],
  options: CompareWithSotkanetOptions,
): SotkanetComparison {
  const bySex = checkBreakdown(result);
  const year = comparisonYear(result, options.year);
  const tolerance = options.tolerance ?? 0;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new UsageError("invalid_tolerance", `tolerance ${String(tolerance)}: expected a number ≥ 0 such as 0 or 0.1`);
  }
  const sotkanetIndicator = options.sotkanetIndicator ?? singleIndicator(sotkanetRows);
  const valueField = options.valueField ?? (isCountResult(result) ? "absValue" : "value");
  const warnings: string[] = [];

  const ours = new Map<string, { organizer: string; sex: ComparisonSex; value: number | null }>();
  result.rows.forEach((row, index) => {
    const organizer = String(row.organizer);
    const sex = bySex ? (String(row.sex) as ComparisonSex) : "total";
    const key = cellKey(organizer, sex);
    if (ours.has(key))
      throw new DataError(
        "duplicate_cell",
        `result row ${index + 1}: organizer ${organizer}, sex ${sex} occurs twice; a result has one row per cell`,
      );
    ours.set(key, { organizer, sex, value: row.suppressed || row.value === null ? null : Number(row.value) });
  });

  const ignored: Partial<Record<IgnoredReason, number>> = {};
  const ignore = (reason: IgnoredReason) => {
    ignored[reason] = (ignored[reason] ?? 0) + 1;
  };
  const theirs = new Map<string, { organizer: string; sex: ComparisonSex; value: number | null }>();
  let missingValues = 0;
  for (const row of sotkanetRows) {
    if (sotkanetIndicator !== null && row.indicator !== sotkanetIndicator) {
      ignore("other_indicator");
      continue;
    }
    if (row.year !== year) {
      ignore("other_year");
      continue;
    }
    const region = resolveSotkanetRegion(options.regions, row.region);
    if (region.kind !== "organizer") {
      ignore("not_an_organizer");
      continue;
    }
    if (bySex ? row.gender === "total" : row.gender !== "total") {
      ignore("other_sex");
      continue;
    }
    const key = cellKey(region.code, row.gender);
    if (theirs.has(key)) {
      throw new DataError(
        "duplicate_sotkanet_row",
        `Sotkanet rows: region ${row.region} (organizer ${region.code}), ${row.gender}, ${row.year}` +
          ` occurs twice; expected one row per region, sex and year`,
      );
    }
    const value = row[valueField];
    if (value === null) missingValues += 1;
    theirs.set(key, { organizer: region.code, sex: row.gender, value });
  }

  if (sotkanetRows.length === 0)
    warnings.push(
      `Sotkanet returned no ` +
        `rows${sotkanetIndicator === null ? "" : ` for indicator ${sotkanetIndicator}`}; nothing ` +
        `was compared`,
    );
  if (missingValues > 0)
    warnings.push(
      `${missingValues} Sotkanet row(s) have no ${valueField} (fine-print F33 compares ` +
        `${valueField} for this result); those cells are not comparable`,
    );

  const keys = [...new Set([...ours.keys(), ...theirs.keys()])].sort(compareKeys);
  const cells = keys.map((key): ComparisonCell => {
    const mine = ours.get(key);
    const published = theirs.get(key);
    const [organizer, sex] = splitKey(key);
    const cell: ComparisonCell = {
      organizer,
      sex,
      ours: mine?.value ?? null,
      theirs: published?.value ?? null,
      difference: null,
      within_tolerance: null,
      status: "not_comparable",
    };
    if (!mine) cell.status = "only_theirs";
    else if (!published) cell.status = "only_ours";
    else if (cell.ours !== null && cell.theirs !== null) {
      cell.difference = exactDifference(cell.ours, cell.theirs);
      cell.within_tolerance = withinTolerance(cell.difference, tolerance);
      cell.status = cell.within_tolerance ? "match" : "mismatch";
    }
    return cell;
  });
  const count = (status: ComparisonStatus) => cells.filter((cell) => cell.status === status).length;
  return {
    indicator: result.indicator.id,
    sotkanet_indicator: sotkanetIndicator,
    period: result.period.id,
    year,
    value_field: valueField,
    tolerance,
    by_sex: bySex,
    cells,
    summary: {
      cells: cells.length,
      matches: count("match"),
      mismatches: count("mismatch"),
      only_ours: count("only_ours"),
      only_theirs: count("only_theirs"),
      not_comparable: count("not_comparable"),
      sotkanet_rows: sotkanetRows.length,
      sotkanet_rows_ignored: Object.fromEntries(
        ignoredReasons.filter((reason) => ignored[reason]).map((reason) => [reason, ignored[reason]]),
      ),
    },
    warnings,
  };
}

/**
 * Whether a result is a count (F33: compared with `absValue`): non-suppressed rows have a numerator and
 * a null denominator; with no such row to tell, unit `persons`.
 *
 * @example
 * ```ts
 * isCountResult({ ...result, rows: [{ organizer: "14", numerator: 5, denominator: null, value: 5,
 *   suppressed: false }] }); // true
 * ```
 */
export function isCountResult(result: IndicatorResult): boolean {
  const shown = result.rows.filter((row) => !row.suppressed);
  if (shown.length === 0) return result.unit === "persons";
  return shown.every((row) => row.numerator !== null && row.denominator === null);
}

function checkBreakdown(result: IndicatorResult): boolean {
  if (!result.breakdown.includes("organizer")) {
    throw new UsageError(
      "invalid_breakdown",
      `result of ${result.indicator.id} is broken down by [${result.breakdown.join(", ")}]; ` +
        `Sotkanet publishes by organizer: compute with --by organizer (or organizer,sex)`,
    );
  }
  const other = result.breakdown.filter((dimension) => dimension !== "organizer" && dimension !== "sex");
  if (other.length > 0) {
    throw new UsageError(
      "invalid_breakdown",
      `result of ${result.indicator.id} is also broken down by ${other.join(", ")}; Sotkanet ` +
        `rows carry only region, sex and year: compute with --by organizer (or organizer,sex)`,
    );
  }
  return result.breakdown.includes("sex");
}

function comparisonYear(result: IndicatorResult, year: number | undefined): number {
  if (year !== undefined) {
    if (!Number.isInteger(year))
      throw new UsageError("invalid_year", `year ${String(year)}: expected a four-digit year such as 2023`);
    return year;
  }
  if (/^\d{4}$/.test(result.period.id)) return Number(result.period.id);
  throw new UsageError(
    "invalid_period",
    `result period "${result.period.id}" is not a year; Sotkanet publishes yearly values: ` +
      `compute a year period such as 2023, or pass the year to compare`,
  );
}

function singleIndicator(rows: readonly SotkanetDataRow[]): number | null {
  const ids = [...new Set(rows.map((row) => row.indicator))];
  if (ids.length > 1) {
    throw new UsageError(
      "mixed_sotkanet_indicators",
      `the Sotkanet rows hold indicators ${ids.join(", ")}; pass sotkanetIndicator to say which one to compare`,
    );
  }
  return ids[0] ?? null;
}

function cellKey(organizer: string, sex: string): string {
  return `${organizer}\u0000${sex}`;
}

function splitKey(key: string): [string, ComparisonSex] {
  const [organizer, sex] = key.split("\u0000");
  return [organizer!, sex as ComparisonSex];
}

/** Organizer codes by code point (01…21, 90, 91 is classification order), then male, female, unknown, total. */
function compareKeys(a: string, b: string): number {
  const [organizerA, sexA] = splitKey(a);
  const [organizerB, sexB] = splitKey(b);
  if (organizerA !== organizerB) return organizerA < organizerB ? -1 : 1;
  return sexOrder.indexOf(sexA) - sexOrder.indexOf(sexB);
}

/**
 * The management dashboard's published files and what the pages read from them (issue 18). The rows of
 * the national generator (packages/cli/src/demo/national.ts: 23 organizers, two years) are computed with
 * `compute()` exactly as `virta compute --format jsonstat` does, and written as JSON-stat 2.0 files
 * (fine-print F31) under dashboard/data/; the pages are then built from those files alone, never from
 * rows. Interval indicators are published per year by organizer × tertial and by tertial (the national
 * value); census indicators on the last day of each tertial, by organizer and without breakdown.
 */
import { dayNumber, formatDate, type Definition, type IndicatorResult } from "@virta/core";
import { catalogue, compute, memoryEngine } from "@virta/indicators";
import type { DemoData } from "../../packages/cli/src/demo/generate";
import { formatResultJsonStat, type ResultJsonStat } from "../../packages/adapters/src/writers/index";

/** The years of the dashboard's data. */
export const DASHBOARD_YEARS = [2023, 2024] as const;

/** Indicators left out: a share per waiting band needs the band as a breakdown (one value per band). */
const LEFT_OUT = new Set(["availability.primary_care.wait_band_share"]);

/** One cell as published: a value, or suppressed (`..`), or absent (`-`). */
export interface Cell {
  value: number | null;
  status: ".." | "-" | null;
}

/** What the dashboard knows of one indicator, read back from its JSON-stat files. */
export interface IndicatorSeries {
  id: string;
  unit: string;
  decimals: number;
  /** Tertials (`2024-T1`) or census dates (`2024-04-30`), oldest first. */
  periods: string[];
  national: Map<string, Cell>;
  /** organizer code → period → cell. */
  byOrganizer: Map<string, Map<string, Cell>>;
  /** The published files this series was read from (site-relative). */
  files: string[];
}

/** The indicators the dashboard shows: every availability indicator with data in the generated tables. */
export function dashboardIds(): string[] {
  return catalogue
    .list({ area: "availability" })
    .map((entry) => entry.id)
    .filter((id) => !LEFT_OUT.has(id));
}

/** The census dates of a census indicator: the last day of each tertial. */
export function censusDates(): string[] {
  return DASHBOARD_YEARS.flatMap((year) =>
    [
      [4, 30],
      [8, 31],
      [12, 31],
    ].map(([month, day]) => formatDate(dayNumber(year, month!, day!))),
  );
}

/** The file name of a published dataset. */
export function dataFile(id: string, period: string, breakdown: readonly string[]): string {
  return `dashboard/data/${id}.${period}${breakdown.length > 0 ? `.${breakdown.join("-")}` : ""}.json`;
}

/** The `compute` runs of one indicator: period and breakdown, as the CLI would be called. */
export function dashboardRuns(definition: Definition): Array<{ period: string; by: string[] }> {
  if (definition.periods === "census") {
    return censusDates().flatMap((period) => [
      { period, by: ["organizer"] },
      { period, by: [] },
    ]);
  }
  return DASHBOARD_YEARS.flatMap((year) => [
    { period: String(year), by: ["organizer", "tertial"] },
    { period: String(year), by: ["tertial"] },
  ]);
}

/**
 * Computes every dashboard indicator on the generated tables and returns the JSON-stat files
 * (path → text), labels in Finnish as `virta compute --format jsonstat` writes them by default.
 *
 * @example
 * ```ts
 * const files = await dashboardFiles(generateNationalData(), "2026-12-04");
 * files.has("dashboard/data/availability.primary_care.within_14_days.2024.organizer-tertial.json"); // true
 * ```
 */
export async function dashboardFiles(data: DemoData, updated: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const id of dashboardIds()) {
    const entry = catalogue.entry(id);
    const definition = entry.definition;
    const tables = Object.fromEntries(definition.concepts.map((concept) => [concept, data[concept as keyof DemoData]]));
    for (const run of dashboardRuns(definition)) {
      const result: IndicatorResult = await compute(definition, {
        data: tables,
        period: run.period,
        by: run.by,
        engine: memoryEngine,
        definitionHash: entry.definition_hash,
      });
      files.set(
        dataFile(id, run.period, run.by),
        formatResultJsonStat(result, { lang: "fi", updated, label: entry.title.fi }),
      );
    }
  }
  return files;
}

/** The cell of a JSON-stat dataset at the given category codes (one per dimension, in `id` order). */
function cellAt(dataset: ResultJsonStat, codes: readonly string[]): Cell {
  let index = 0;
  dataset.id.forEach((dimension, d) => {
    const position = dataset.dimension[dimension]!.category.index[codes[d]!];
    index = index * dataset.size[d]! + (position ?? Number.NaN);
  });
  if (Number.isNaN(index)) return { value: null, status: "-" };
  const status = dataset.status[String(index)] ?? null;
  return { value: dataset.value[index] ?? null, status };
}

/** The category codes of a dimension, in index order. */
function codes(dataset: ResultJsonStat, dimension: string): string[] {
  const index = dataset.dimension[dimension]?.category.index ?? {};
  return Object.keys(index).sort((a, b) => index[a]! - index[b]!);
}

/**
 * Reads one indicator's series back from its published JSON-stat files.
 *
 * @example
 * ```ts
 * readSeries("availability.primary_care.within_14_days", files).national.get("2024-T3");
 * // { value: 74.1, status: null }
 * ```
 */
export function readSeries(id: string, files: ReadonlyMap<string, string>): IndicatorSeries {
  const definition = catalogue.get(id);
  const national = new Map<string, Cell>();
  const byOrganizer = new Map<string, Map<string, Cell>>();
  const periods: string[] = [];
  const used: string[] = [];
  const put = (organizer: string, period: string, cell: Cell) => {
    const map = byOrganizer.get(organizer) ?? new Map<string, Cell>();
    map.set(period, cell);
    byOrganizer.set(organizer, map);
  };
  for (const run of dashboardRuns(definition)) {
    const path = dataFile(id, run.period, run.by);
    const dataset = JSON.parse(files.get(path)!) as ResultJsonStat;
    used.push(path);
    if (definition.periods === "census") {
      if (run.by.length === 0) {
        periods.push(run.period);
        national.set(run.period, cellAt(dataset, []));
      } else
        for (const organizer of codes(dataset, "organizer")) put(organizer, run.period, cellAt(dataset, [organizer]));
    } else if (run.by.length === 1) {
      for (const tertial of codes(dataset, "tertial")) {
        periods.push(tertial);
        national.set(tertial, cellAt(dataset, [tertial]));
      }
    } else {
      for (const organizer of codes(dataset, "organizer"))
        for (const tertial of codes(dataset, "tertial")) put(organizer, tertial, cellAt(dataset, [organizer, tertial]));
    }
  }
  return { id, unit: definition.unit, decimals: definition.decimals, periods, national, byOrganizer, files: used };
}

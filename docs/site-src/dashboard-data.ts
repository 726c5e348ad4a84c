/**
 * The management dashboard's published files and what the pages read from them (issue 18). The rows of
 * the national generator (packages/cli/src/demo/national.ts: 23 organizers, two years) are published as
 * `virta publish` does (F35: a publication set per population family and period, complementary
 * suppression, JSON-stat 2.0 datasets and a collection per set, F31) under dashboard/data/PERIOD/; the
 * pages are then built from those files alone, never from rows. Interval indicators are published per
 * tertial, census indicators on the last day of each tertial.
 */
import { dayNumber, formatDate } from "@virta/core";
import { catalogue } from "@virta/indicators";
import type { PublicationJsonStat as Written } from "@virta/adapters";
import type { DemoData } from "../../packages/cli/src/demo/generate";
import { dashboardFamilies, periodFolder, publishedFiles, type PublishRun } from "./dashboard-publish";

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

/** The tertials of the dashboard's years (`2023-T1` … `2024-T3`). */
export const tertials = (): string[] => DASHBOARD_YEARS.flatMap((year) => [1, 2, 3].map((t) => `${year}-T${t}`));

/** The periods an indicator is published for: tertials, or census dates for census indicators. */
export function dashboardPeriods(id: string): string[] {
  return catalogue.get(id).periods === "census" ? censusDates() : tertials();
}

/** The publication runs of the dashboard: each population family for each of its periods (F35). */
export function dashboardRuns(): PublishRun[] {
  return dashboardFamilies(dashboardIds()).flatMap((ids) =>
    dashboardPeriods(ids[0]!).map((period) => ({ ids, period })),
  );
}

/**
 * Publishes every dashboard family for every period as `virta publish` does (cached by input hash).
 *
 * @example
 * ```ts
 * const files = await dashboardFiles(generateNationalData(), "2026-12-04");
 * files.has("dashboard/data/2024-T3/availability.primary_care.within_14_days.organizer.json"); // true
 * ```
 */
export function dashboardFiles(data: DemoData, updated: string, cache = true): Promise<Map<string, string>> {
  return publishedFiles(data, dashboardRuns(), updated, cache);
}

/** A publication dataset as read back: its dimensions' category indexes. */
type PublicationJsonStat = Omit<Written, "dimension"> & {
  dimension: Record<string, { category: { index: Record<string, number> } }>;
};

/** The cell of a publication dataset (period, breakdown…, measure) at the breakdown codes, measure `value`. */
function cellAt(dataset: PublicationJsonStat, codes: readonly string[]): Cell {
  let index = 0;
  const keys = [...categories(dataset, "period"), ...codes, "value"];
  dataset.id.forEach((dimension, d) => {
    const position = dataset.dimension[dimension]!.category.index[keys[d]!];
    index = index * dataset.size[d]! + (position ?? Number.NaN);
  });
  if (Number.isNaN(index)) return { value: null, status: "-" };
  const status = dataset.status[String(index)] ?? null;
  return { value: status === null ? (dataset.value[index] ?? null) : null, status };
}

/** The category codes of a dimension, in index order. */
function categories(dataset: PublicationJsonStat, dimension: string): string[] {
  const index = dataset.dimension[dimension]?.category.index ?? {};
  return Object.keys(index).sort((a, b) => index[a]! - index[b]!);
}

/** A dataset of an indicator, found through the period's collection that links it (path → dataset). */
function linked(id: string, table: string, folder: string, files: ReadonlyMap<string, string>) {
  for (const [path, text] of files) {
    if (!path.startsWith(`${folder}/collection.`)) continue;
    const collection = JSON.parse(text) as { link: { item: Array<{ href: string }> } };
    const item = collection.link.item.find((one) => one.href === `${id}.${table}.json`);
    if (item) {
      const dataset = JSON.parse(files.get(`${folder}/${item.href}`)!) as PublicationJsonStat;
      return { collection: path, dataset };
    }
  }
  throw new Error(`${folder}: no collection links ${id}.${table}.json`);
}

/**
 * Reads one indicator's series back from its publication sets: per period, the collection of its
 * family, and from it the `national` and `organizer` datasets (measure `value`; `..` when suppressed).
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
  const periods = dashboardPeriods(id);
  const used: string[] = [];
  for (const period of periods) {
    const folder = periodFolder(period);
    const whole = linked(id, "national", folder, files);
    used.push(whole.collection);
    national.set(period, cellAt(whole.dataset, []));
    const { dataset } = linked(id, "organizer", folder, files);
    for (const organizer of categories(dataset, "organizer")) {
      const map = byOrganizer.get(organizer) ?? new Map<string, Cell>();
      map.set(period, cellAt(dataset, [organizer]));
      byOrganizer.set(organizer, map);
    }
  }
  return { id, unit: definition.unit, decimals: definition.decimals, periods, national, byOrganizer, files: used };
}

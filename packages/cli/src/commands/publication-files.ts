/**
 * The files of publication sets (fine-print F35, F31), as `virta publish` writes them: per indicator
 * and table one CSV and one JSON-stat 2.0 dataset (`ID.TABLE.csv`, `ID.TABLE.json`), and per set a
 * JSON-stat collection (`collection.FAMILY.json`) linking its datasets. The site's dashboard writes the
 * same files with this function, so its published data equal the CLI's byte for byte.
 */
import {
  formatPublicationCollection,
  formatPublicationCsv,
  toPublicationJsonStat,
  type PublicationTableInput,
} from "@virta/adapters";
import { LIBRARY, type PublicationSet } from "@virta/indicators";
import type { Lang } from "../output/format-result";

/** The table inputs of the writers for one indicator of a set. */
function tableInputs(set: PublicationSet, m: number): PublicationTableInput[] {
  const indicator = set.indicators[m]!;
  const categories = Object.fromEntries(set.linked.dimensions.map((d) => [d.name, d.categories]));
  const definition = indicator.definition;
  if (definition.forced && !definition.forced.inDenominator) {
    const spec = definition.breakdowns[definition.forced.dimension];
    if (spec?.kind === "band") categories[definition.forced.dimension] = spec.bands.map((band) => band.label);
  }
  return indicator.tables.map((table) => ({
    indicator: indicator.report.indicator,
    library: LIBRARY,
    kind: definition.kind,
    unit: definition.unit,
    decimals: definition.decimals,
    period: set.period,
    as_of: indicator.report.as_of,
    age_groups: set.ageGroups,
    family: set.family,
    table: table.name,
    breakdown: table.breakdown,
    categories,
    rows: table.rows,
  }));
}

/** The collection file name of a set: `collection.` and the family key with unsafe characters as `-`. */
export const collectionFile = (family: string): string => `collection.${family.replace(/[^A-Za-z0-9_-]/g, "-")}.json`;

/**
 * Every file of the given publication sets: file name → text, in writing order.
 *
 * @example
 * ```ts
 * const files = publicationFiles([set], { lang: "fi", updated: "2025-02-01" });
 * [...files.keys()].at(-1); // "collection.health_care_visit-8ab6ea9a6914.json"
 * ```
 */
export function publicationFiles(
  sets: readonly PublicationSet[],
  options: { lang: Lang; updated: string; csv?: boolean },
): Map<string, string> {
  const files = new Map<string, string>();
  for (const set of sets) {
    const items: Array<{ href: string; label: string }> = [];
    for (const [m, indicator] of set.indicators.entries()) {
      const title = indicator.definition.title[options.lang];
      for (const table of tableInputs(set, m)) {
        const base = `${indicator.definition.id}.${table.table}`;
        if (options.csv !== false) files.set(`${base}.csv`, formatPublicationCsv(table));
        const dataset = toPublicationJsonStat(table, { lang: options.lang, title, updated: options.updated });
        files.set(`${base}.json`, JSON.stringify(dataset, null, 2) + "\n");
        items.push({ href: `${base}.json`, label: dataset.label });
      }
    }
    const label = `${set.indicators.map((i) => i.definition.id).join(", ")} ${set.period.id}`;
    files.set(collectionFile(set.family), formatPublicationCollection(label, options.updated, items));
  }
  return files;
}

/**
 * The files of a publication set (fine-print F35): per table, a CSV in the interfaces.md format
 * (breakdown columns, `numerator`, `denominator`, `value`, `suppressed`; F30, with formula
 * neutralisation) and a JSON-stat 2.0 dataset (F31 + F35: a `period` dimension with role time first,
 * the fixed-shape breakdown dimensions, a `measure` dimension with role metric last — `value`,
 * `numerator`, `denominator`, each with its `unit` —, `role.geo`, `source`, `updated`), and a JSON-stat
 * collection linking the datasets of the set. No input accounting is written here.
 */
import type { IndicatorResult, ResultRow, Unit } from "@virta/core";
import { dimensionLabelOf, labelOf, maskIdentityCodes, type Language } from "@virta/concepts";
import { jsonStatRole, jsonStatSource } from "../writers/jsonstat-common";
import { breakdownCsvCell, csvCell } from "../writers/result-csv";
import { fixedDecimalText, plainNumberText } from "../writers/number-text";

/** What the writers need to know of one published table. */
export interface PublicationTableInput {
  indicator: IndicatorResult["indicator"];
  library: IndicatorResult["library"];
  kind: string;
  unit: Unit;
  decimals: number;
  period: IndicatorResult["period"];
  as_of: string | null;
  age_groups: string | null;
  family: string;
  /** `national`, `organizer`, … */
  table: string;
  /** Breakdown dimensions, forced ones last. */
  breakdown: string[];
  /** Every category of each dimension, in classification order (the fixed shape). */
  categories: Record<string, string[]>;
  rows: ResultRow[];
}

/** Labels for the JSON-stat files. */
export interface PublicationLabels {
  lang: string;
  title: string;
  categoryLabel?: (dimension: string, code: string, lang: string) => string;
  dimensionLabel?: (dimension: string, lang: string) => string;
  /** The date of `updated` (F35: `--updated` or the run's date in Helsinki). */
  updated: string;
}

/**
 * The CSV of one published table (interfaces.md columns; F30 numbers; breakdown cells that a
 * spreadsheet would run are written with a leading `'`; identity-code-shaped text masked, F36).
 *
 * @example
 * ```ts
 * formatPublicationCsv(table);
 * // "organizer,numerator,denominator,value,suppressed\n01,0,0,,false\n…"
 * ```
 */
export function formatPublicationCsv(table: PublicationTableInput): string {
  const lines = [[...table.breakdown, "numerator", "denominator", "value", "suppressed"].map(csvCell).join(",")];
  for (const row of table.rows) {
    const cells = table.breakdown.map((dim) => breakdownCsvCell(maskIdentityCodes(String(row[dim] ?? ""))));
    cells.push(
      row.numerator === null ? "" : plainNumberText(row.numerator),
      row.denominator === null ? "" : plainNumberText(row.denominator),
      row.suppressed || row.value === null ? "" : fixedDecimalText(row.value, table.decimals),
      row.suppressed ? "true" : "false",
    );
    lines.push(cells.join(","));
  }
  return lines.join("\n") + "\n";
}

const MEASURES = ["value", "numerator", "denominator"] as const;
const MEASURE_LABELS: Record<string, Record<(typeof MEASURES)[number] | "measure" | "period" | "count", string>> = {
  fi: {
    value: "arvo",
    numerator: "osoittaja",
    denominator: "nimittäjä",
    measure: "suure",
    period: "ajanjakso",
    count: "lukumäärä",
  },
  sv: {
    value: "värde",
    numerator: "täljare",
    denominator: "nämnare",
    measure: "mått",
    period: "period",
    count: "antal",
  },
  en: {
    value: "value",
    numerator: "numerator",
    denominator: "denominator",
    measure: "measure",
    period: "period",
    count: "count",
  },
};

/** The JSON-stat 2.0 dataset of one published table (F31 + F35). */
export interface PublicationJsonStat {
  version: "2.0";
  class: "dataset";
  label: string;
  source: string;
  updated: string;
  id: string[];
  size: number[];
  role: { time?: string[]; metric?: string[]; geo?: string[] };
  dimension: Record<string, unknown>;
  value: Array<number | null>;
  status: Record<string, ".." | "-">;
  extension: Record<string, unknown>;
}

/**
 * Builds the JSON-stat 2.0 dataset of one published table.
 *
 * @example
 * ```ts
 * const dataset = toPublicationJsonStat(table, { lang: "fi", title: "…", updated: "2025-02-01" });
 * dataset.id; // ["period", "organizer", "measure"]
 * ```
 */
export function toPublicationJsonStat(table: PublicationTableInput, labels: PublicationLabels): PublicationJsonStat {
  const lang = labels.lang;
  const words = MEASURE_LABELS[lang] ?? MEASURE_LABELS.en!;
  const categoryLabel = labels.categoryLabel ?? ((d: string, code: string) => labelOf(d, code, lang as Language));
  const dimensionLabel = labels.dimensionLabel ?? ((d: string) => dimensionLabelOf(d, lang as Language));
  const ids = ["period", ...table.breakdown, "measure"];
  const categoryLists = [
    [table.period.id],
    ...table.breakdown.map((dim) => table.categories[dim] ?? []),
    [...MEASURES],
  ];
  const size = categoryLists.map((list) => list.length);
  const positions = categoryLists.map((list) => new Map(list.map((code, index) => [code, index] as const)));
  const total = size.reduce((product, n) => product * n, 1);
  const value: Array<number | null> = new Array(total).fill(null);
  const status: Record<string, ".." | "-"> = {};
  const filled = new Uint8Array(total / MEASURES.length);
  for (const row of table.rows) {
    let cell = 0;
    table.breakdown.forEach((dim, d) => {
      const position = positions[d + 1]!.get(String(row[dim]));
      if (position === undefined) throw new Error(`${table.table}: ${dim}=${String(row[dim])} is not a category`);
      cell = cell * size[d + 1]! + position;
    });
    filled[cell] = 1;
    MEASURES.forEach((measure, m) => {
      const index = cell * MEASURES.length + m;
      if (row.suppressed) status[String(index)] = "..";
      else value[index] = row[measure] as number | null;
    });
  }
  filled.forEach((done, cell) => {
    if (done === 0) for (let m = 0; m < MEASURES.length; m++) status[String(cell * MEASURES.length + m)] = "-";
  });
  const countUnit = { label: words.count, decimals: 0 };
  const dimension: Record<string, unknown> = {
    period: {
      label: dimensionLabel("period", lang),
      category: { index: { [table.period.id]: 0 }, label: { [table.period.id]: table.period.id } },
    },
  };
  table.breakdown.forEach((dim, d) => {
    const list = categoryLists[d + 1]!;
    dimension[dim] = {
      label: dimensionLabel(dim, lang),
      category: {
        index: Object.fromEntries(list.map((code, index) => [maskIdentityCodes(code), index])),
        label: Object.fromEntries(
          list.map((code) => [maskIdentityCodes(code), maskIdentityCodes(categoryLabel(dim, code, lang))]),
        ),
      },
    };
  });
  dimension.measure = {
    label: words.measure,
    category: {
      index: { value: 0, numerator: 1, denominator: 2 },
      label: { value: words.value, numerator: words.numerator, denominator: words.denominator },
      unit: {
        value: { label: table.unit, decimals: table.decimals },
        numerator: countUnit,
        denominator: table.kind === "rate" ? { label: words.denominator } : countUnit,
      },
    },
  };
  return {
    version: "2.0",
    class: "dataset",
    label: `${labels.title} (${table.table})`,
    source: jsonStatSource(table),
    updated: labels.updated,
    id: ids,
    size,
    role: jsonStatRole(ids, { time: "period", metric: "measure" })!,
    dimension,
    value,
    status,
    extension: {
      indicator: table.indicator,
      kind: table.kind,
      family: table.family,
      table: table.table,
      period: table.period,
      as_of: table.as_of,
      age_groups: table.age_groups,
      disclosure: "national-1",
      lang,
    },
  };
}

/**
 * The JSON-stat collection of a set: one link item per dataset file (relative `href`).
 *
 * @example
 * ```ts
 * formatPublicationCollection("P-PC 2024", "2025-02-01", [{ href: "a.organizer.json", label: "…" }]);
 * ```
 */
export function formatPublicationCollection(
  label: string,
  updated: string,
  items: Array<{ href: string; label: string }>,
): string {
  const collection = {
    version: "2.0",
    class: "collection",
    label,
    updated,
    link: { item: items.map((item) => ({ class: "dataset", href: item.href, label: item.label })) },
  };
  return JSON.stringify(collection, null, 2) + "\n";
}

/**
 * Refreshes src/classifications/data/municipalities.json from Statistics Finland's classifications API:
 * the correspondence `kunta_1_YYYY0101#hyvinvointialue_1_YYYY0101` of each year (sources.md,
 * "Statistics Finland classifications API"), in Finnish and Swedish for the names. Every target code
 * must be an organizer code of classifications.md; anything else stops the refresh with the code and
 * year named, so that a changed classification is looked at by a person, never shipped silently.
 *
 * Run: node --import tsx packages/concepts/scripts/refresh-municipalities.ts [--base-url URL] [--years
 * 2023,2024,2025,2026]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ORGANIZER_CODES, type MunicipalityData } from "../src/index";

/** The public API (sources.md). */
export const DEFAULT_BASE_URL = "https://data.stat.fi/api/classifications/v2";

/** Where the shipped data lives. */
export const DATA_FILE = fileURLToPath(new URL("../src/classifications/data/municipalities.json", import.meta.url));

interface ItemNames {
  readonly code?: unknown;
  readonly name?: unknown;
  readonly classificationItemNames?: ReadonlyArray<{ readonly lang?: unknown; readonly name?: unknown }>;
}

/** One row of a correspondence: municipality, organizer and the municipality's name. */
export interface CorrespondenceRow {
  readonly municipality: string;
  readonly organizer: string;
  readonly name: string;
}

function nameOf(item: ItemNames, lang: string): string {
  const names = item.classificationItemNames ?? [];
  const match = names.find((entry) => entry.lang === lang) ?? names[0];
  const name = match?.name ?? item.name;
  return typeof name === "string" ? name : "";
}

/** The address of a year's correspondence. */
export function correspondenceUrl(baseUrl: string, year: number, lang: string): string {
  const table = `kunta_1_${year}0101%23hyvinvointialue_1_${year}0101`;
  return `${baseUrl.replace(/\/$/, "")}/correspondenceTables/${table}/maps?content=data&meta=min&lang=${lang}`;
}

/**
 * Reads one year's correspondence in one language.
 *
 * @example
 * ```ts
 * await fetchCorrespondence("http://127.0.0.1:8080", 2025, "fi");
 * // [{ municipality: "005", organizer: "16", name: "Alajärvi" }, …]
 * ```
 */
export async function fetchCorrespondence(
  baseUrl: string,
  year: number,
  lang: "fi" | "sv",
): Promise<CorrespondenceRow[]> {
  const url = correspondenceUrl(baseUrl, year, lang);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `${url}: HTTP ${response.status} ${response.statusText}; expected 200 with the correspondence of ${year}`,
    );
  const items = (await response.json()) as unknown;
  if (!Array.isArray(items) || items.length === 0)
    throw new Error(`${url}: expected a non-empty JSON array of correspondence items`);
  return items.map((item: { sourceItem?: ItemNames; targetItem?: ItemNames }, index) => {
    const source = item.sourceItem?.code;
    const target = item.targetItem?.code;
    if (
      typeof source !== "string" ||
      !/^\d{1,3}$/.test(source) ||
      typeof target !== "string" ||
      !/^\d{1,2}$/.test(target)
    ) {
      throw new Error(
        `${url}: item ${index + 1} has sourceItem.code ${JSON.stringify(source)} and ` +
          `targetItem.code ${JSON.stringify(target)}; expected a municipality code of 1–3 digits and ` +
          `a county code of 1–2 digits`,
      );
    }
    const organizer = target.padStart(2, "0");
    if (!ORGANIZER_CODES.includes(organizer)) {
      throw new Error(
        `${url}: municipality ${source} maps to ${organizer}, which is not an organizer code of ` +
          `classifications.md (${ORGANIZER_CODES.join(", ")})`,
      );
    }
    return { municipality: source.padStart(3, "0"), organizer, name: nameOf(item.sourceItem!, lang) };
  });
}

/**
 * The municipality data with the given years replaced by the published correspondence; other years and
 * the names of municipalities no longer valid are kept.
 *
 * @example
 * ```ts
 * const data = await refreshMunicipalityData(current, { baseUrl: DEFAULT_BASE_URL, years: [2026] });
 * ```
 */
export async function refreshMunicipalityData(
  current: MunicipalityData,
  options: { baseUrl: string; years: readonly number[] },
): Promise<MunicipalityData> {
  const names = new Map(current.names.map(([code, fi, sv]) => [code!, [fi!, sv!] as [string, string]]));
  const organizerByYear: Record<string, Array<[string, string]>> = {};
  for (const [year, pairs] of Object.entries(current.organizerByYear))
    organizerByYear[year] = pairs.map(([code, organizer]) => [code!, organizer!]);
  for (const year of options.years) {
    const finnish = await fetchCorrespondence(options.baseUrl, year, "fi");
    const swedish = new Map(
      (await fetchCorrespondence(options.baseUrl, year, "sv")).map((row) => [row.municipality, row.name]),
    );
    organizerByYear[String(year)] = finnish
      .map((row) => [row.municipality, row.organizer] as [string, string])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const row of finnish) names.set(row.municipality, [row.name, swedish.get(row.municipality) || row.name]);
  }
  const years = Object.keys(organizerByYear).sort();
  return {
    source: current.source,
    names: [...names]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([code, [fi, sv]]) => [code, fi, sv] as [string, string, string]),
    organizerByYear: Object.fromEntries(years.map((year) => [year, organizerByYear[year]!])),
  };
}

/** The file text of the data: one entry per line, so that a refresh shows as a readable diff. */
export function formatMunicipalityData(data: MunicipalityData): string {
  const line = (entry: readonly string[]) => `    ${JSON.stringify(entry)}`;
  const years = Object.keys(data.organizerByYear).sort();
  return [
    "{",
    `  "source": ${JSON.stringify(data.source)},`,
    '  "names": [',
    data.names.map(line).join(",\n"),
    "  ],",
    '  "organizerByYear": {',
    years
      .map(
        (year) =>
          `    ${JSON.stringify(year)}: ` +
          `[\n${data.organizerByYear[year]!.map((entry) => `  ${line(entry)}`).join(",\n")}\n    ]`,
      )
      .join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const baseUrl = argument("--base-url") ?? DEFAULT_BASE_URL;
  const years = (argument("--years") ?? "2023,2024,2025,2026").split(",").map(Number);
  const current = JSON.parse(readFileSync(DATA_FILE, "utf8")) as MunicipalityData;
  const data = await refreshMunicipalityData(current, { baseUrl, years });
  writeFileSync(DATA_FILE, formatMunicipalityData(data));
  for (const year of years) console.log(`${year}: ${data.organizerByYear[String(year)]!.length} municipalities`);
}

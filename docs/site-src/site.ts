/**
 * Builds the catalogue site (issue 9) as a map of relative path → file text, and writes it to a folder.
 * Everything comes from the definitions, the decks, the concept models and the demo data, so text and
 * numbers on the site can never disagree with the code; catalogue.json and its schema are copied in.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AREAS, catalogue, DEFINITIONS, LIBRARY, buildCatalogueJson, catalogueJsonText } from "@virta/indicators";
import { catalogueJsonSchema } from "@virta/indicators/schemas";
import { loadDecks } from "../../packages/indicators/src/test-support/load-decks";
import { generateNationalData } from "../../packages/cli/src/demo/national";
import { helsinkiDate } from "../../packages/adapters/src/writers/index";
import { comparisonPage } from "./comparison-page";
import { dashboardFiles, dashboardIds, readSeries } from "./dashboard-data";
import {
  accessibilityFile,
  accessibilityPage,
  dashboardIndex,
  dashFile,
  indicatorDashboard,
  organizerProfile,
} from "./dashboard-pages";
import { demoResults } from "./demo-results";
import { LANGS, SITE_OPTIONS } from "./html";
import { workbenchBundle, workbenchFile, workbenchPage } from "./workbench-page";
import { indicatorFile, indicatorPage } from "./indicator-page";
import { classificationsPage, conceptsPage, indexFile, indexPage, referenceFile } from "./reference-pages";

/** Options of {@link buildSite}. */
export interface SiteOptions {
  /** Whether ../api/index.html exists (default: looked up next to docs/site); without it the link is hidden. */
  apiReference?: boolean;
  /** The `updated` date of the dashboard's JSON-stat files (default today in Helsinki). */
  updated?: string;
  /** Reuse the dashboard's publication files cached by input hash (default true; dashboard-publish.ts). */
  cache?: boolean;
}

/**
 * The dashboard: its publication sets (`virta publish` of the national generator's rows, F35), then
 * its pages read from those files alone (issue 18).
 */
async function dashboard(updated: string, cache: boolean): Promise<Map<string, string>> {
  const files = await dashboardFiles(generateNationalData(DASHBOARD_DATA), updated, cache);
  const series = dashboardIds().map((id) => readSeries(id, files));
  const organizers = [...new Set(series.flatMap((one) => [...one.byOrganizer.keys()]))].sort();
  for (const lang of LANGS) {
    files.set(dashFile("index", lang), dashboardIndex(series, organizers, lang));
    for (const one of series) files.set(dashFile(one.id, lang), indicatorDashboard(one, organizers, lang));
    for (const code of organizers) files.set(dashFile(`organizer-${code}`, lang), organizerProfile(code, series, lang));
  }
  return files;
}

/** The national generator's options for the dashboard (6 visits per 1 000 residents a year, two years). */
export const DASHBOARD_DATA = { seed: 2024, years: [2023, 2024], visitsPerThousand: 6 } as const;

/**
 * Every file of the site.
 *
 * @example
 * ```ts
 * const files = await buildSite();
 * files.has("indicators/availability.primary_care.within_14_days.sv.html"); // true
 * ```
 */
export async function buildSite(options: SiteOptions = {}): Promise<Map<string, string>> {
  SITE_OPTIONS.apiReference =
    options.apiReference ?? existsSync(fileURLToPath(new URL("../api/index.html", import.meta.url)));
  SITE_OPTIONS.workbench = true;
  const files = new Map<string, string>();
  const entries = catalogue.list();
  const areas = catalogue.areas();
  const decks = loadDecks();
  const demo = await demoResults();
  for (const lang of LANGS) files.set(indexFile(lang), indexPage(areas, entries, lang));
  for (const entry of entries) {
    const areaName = AREAS.find((area) => area.id === entry.area)!.name;
    const own = decks.filter(({ deckCase }) => deckCase.indicator === entry.id);
    for (const lang of LANGS) {
      files.set(
        indicatorFile(entry.id, lang),
        indicatorPage(
          {
            definition: entry.definition,
            hash: entry.definition_hash,
            areaName: areaName[lang],
            decks: own,
            demo: demo.byOrganizer.get(entry.id),
          },
          lang,
        ),
      );
    }
  }
  for (const lang of LANGS) {
    files.set(referenceFile("concepts", lang), conceptsPage(lang));
    files.set(referenceFile("classifications", lang), classificationsPage(lang));
    files.set(
      referenceFile("comparison", lang),
      comparisonPage(demo.byOrganizer, demo.byOrganizerAndAge, demo.counties, lang),
    );
  }
  for (const [path, text] of await dashboard(options.updated ?? helsinkiDate(), options.cache ?? true))
    files.set(path, text);
  for (const lang of LANGS) files.set(accessibilityFile(lang), accessibilityPage(lang));
  for (const lang of LANGS) files.set(workbenchFile(lang), workbenchPage(lang));
  for (const [path, text] of await workbenchBundle()) files.set(path, text);
  files.set("catalogue.json", catalogueJsonText(buildCatalogueJson(DEFINITIONS, LIBRARY)));
  files.set("catalogue.schema.json", `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
  files.set("style.css", readFileSync(fileURLToPath(new URL("./style.css", import.meta.url)), "utf8"));
  return files;
}

/**
 * Builds the site into `folder` (emptied first) and returns the number of files.
 *
 * @example
 * ```ts
 * await writeSite("docs/site"); // 75
 * ```
 */
export async function writeSite(folder: string, options: SiteOptions = {}): Promise<number> {
  const files = await buildSite(options);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return files.size;
}

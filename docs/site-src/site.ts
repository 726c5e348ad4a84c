/**
 * Builds the catalogue site (issue 9) as a map of relative path → file text, and writes it to a folder.
 * Everything comes from the definitions, the decks, the concept models and the demo data, so text and
 * numbers on the site can never disagree with the code; catalogue.json and its schema are copied in.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AREAS,
  catalogue,
  DEFINITIONS,
  LIBRARY,
  buildCatalogueJson,
  catalogueJsonSchema,
  catalogueJsonText,
} from "@virta/indicators";
import { loadDecks } from "../../packages/indicators/src/test-support/load-decks";
import { comparisonPage } from "./comparison-page";
import { demoResults } from "./demo-results";
import { LANGS } from "./html";
import { indicatorFile, indicatorPage } from "./indicator-page";
import { classificationsPage, conceptsPage, indexFile, indexPage } from "./reference-pages";

/**
 * Every file of the site.
 *
 * @example
 * ```ts
 * const files = await buildSite();
 * files.has("indicators/availability.primary_care.within_14_days.sv.html"); // true
 * ```
 */
export async function buildSite(): Promise<Map<string, string>> {
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
  files.set("concepts.html", conceptsPage());
  files.set("classifications.html", classificationsPage());
  files.set("comparison.html", comparisonPage(demo.byOrganizer, demo.byOrganizerAndAge, demo.counties));
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
export async function writeSite(folder: string): Promise<number> {
  const files = await buildSite();
  rmSync(folder, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return files.size;
}

/**
 * The Sotkanet region id ↔ official code map (classifications.md, "Sotkanet region ids"). Sotkanet data
 * rows name regions by Sotkanet's own numeric ids; the `/regions` answer carries the official code in
 * `code`. Category `HYVINVOINTIALUE` gives organizer codes (padded to 2 digits, fine-print F3: "1" →
 * "01"; Helsinki 90, Åland 91), `KUNTA` municipality codes (padded to 3), and id 658 (category `MAA`)
 * is the whole country.
 *
 * Sotkanet once re-issued the county ids with a different numbering (recorded in
 * `test-fixtures/sotkanet/wellbeing-county-ids.csv`: Varsinais-Suomi was code 1, Helsinki 22). A map
 * built from an answer that mixes both would join wrong rows, so two ids claiming one organizer code are
 * an error; a county code outside the organizer classification (such as the old "22") is set aside in
 * `ignored`, never guessed. When the answer lists no county with code 91, the Åland region
 * (`MAAKUNTA` code 21, which is one organizer: classifications.md, region 21 → 91) stands for it — this
 * specification's reading, documented in docs/open-data.md.
 */
import { DataError } from "@virta/core";
import type { SotkanetRegion } from "./sotkanet";

/** Sotkanet's id of the whole country. */
export const sotkanetCountryId = 658;

/** What a Sotkanet region id stands for. */
export type SotkanetRegionTarget =
  | { kind: "organizer"; code: string }
  | { kind: "municipality"; code: string }
  | { kind: "country" }
  | { kind: "other"; category: string | null };

/** The id ↔ code map built from one `/regions` answer. */
export interface SotkanetRegionMap {
  organizerById: ReadonlyMap<number, string>;
  idByOrganizer: ReadonlyMap<string, number>;
  municipalityById: ReadonlyMap<number, string>;
  idByMunicipality: ReadonlyMap<string, number>;
  categoryById: ReadonlyMap<number, string>;
  /** Regions of a mapped category whose code cannot be an official code (id, category, code). */
  ignored: ReadonlyArray<{ id: number; category: string; code: string }>;
}

const organizerCodePattern = /^(0[1-9]|1\d|2[01]|9[01])$/;
const municipalityCodePattern = /^\d{3}$/;

/**
 * Builds the map from a `/regions` answer.
 *
 * @example
 * ```ts
 * const map = buildSotkanetRegionMap([
 *   { id: 972, code: "14", title: { fi: "Pohjois-Karjalan hyvinvointialue" }, category: "HYVINVOINTIALUE" },
 *   { id: 961, code: "1", title: { fi: "Itä-Uudenmaan hyvinvointialue" }, category: "HYVINVOINTIALUE" },
 * ]);
 * map.organizerById.get(961); // "01"
 * map.idByOrganizer.get("14"); // 972
 * ```
 */
export function buildSotkanetRegionMap(regions: readonly SotkanetRegion[]): SotkanetRegionMap {
  const organizerById = new Map<number, string>();
  const idByOrganizer = new Map<string, number>();
  const municipalityById = new Map<number, string>();
  const idByMunicipality = new Map<string, number>();
  const categoryById = new Map<number, string>();
  const ignored: Array<{ id: number; category: string; code: string }> = [];
  const claim = (
    byId: Map<number, string>,
    byCode: Map<string, number>,
    region: SotkanetRegion,
    code: string,
    what: string,
  ) => {
    const other = byCode.get(code);
    if (other !== undefined && other !== region.id) {
      throw new DataError(
        "ambiguous_sotkanet_region",
        `Sotkanet regions ${other} and ${region.id} both give ${what} code ${code}; the /regions ` +
          `answer mixes two numberings — use one answer of the current API`,
        { ids: [other, region.id], code },
      );
    }
    byId.set(region.id, code);
    byCode.set(code, region.id);
  };
  for (const region of regions) {
    categoryById.set(region.id, region.category);
    const category = region.category.toUpperCase();
    const digits = region.code.trim();
    if (category === "HYVINVOINTIALUE") {
      const code = /^\d{1,2}$/.test(digits) ? digits.padStart(2, "0") : digits;
      if (organizerCodePattern.test(code)) claim(organizerById, idByOrganizer, region, code, "organizer");
      else ignored.push({ id: region.id, category: region.category, code: region.code });
    } else if (category === "KUNTA") {
      const code = /^\d{1,3}$/.test(digits) ? digits.padStart(3, "0") : digits;
      if (municipalityCodePattern.test(code)) claim(municipalityById, idByMunicipality, region, code, "municipality");
      else ignored.push({ id: region.id, category: region.category, code: region.code });
    }
  }
  if (!idByOrganizer.has("91")) {
    const aland = regions.find(
      (region) => region.category.toUpperCase() === "MAAKUNTA" && region.code.trim().padStart(2, "0") === "21",
    );
    if (aland && !organizerById.has(aland.id)) claim(organizerById, idByOrganizer, aland, "91", "organizer");
  }
  return { organizerById, idByOrganizer, municipalityById, idByMunicipality, categoryById, ignored };
}

/**
 * What a Sotkanet region id stands for in this map.
 *
 * @example
 * ```ts
 * resolveSotkanetRegion(map, 972); // { kind: "organizer", code: "14" }
 * resolveSotkanetRegion(map, 658); // { kind: "country" }
 * resolveSotkanetRegion(map, 629); // { kind: "other", category: null } (HUS, not an organizer)
 * ```
 */
export function resolveSotkanetRegion(map: SotkanetRegionMap, id: number): SotkanetRegionTarget {
  const organizer = map.organizerById.get(id);
  if (organizer !== undefined) return { kind: "organizer", code: organizer };
  const municipality = map.municipalityById.get(id);
  if (municipality !== undefined) return { kind: "municipality", code: municipality };
  const category = map.categoryById.get(id) ?? null;
  if (id === sotkanetCountryId || category?.toUpperCase() === "MAA") return { kind: "country" };
  return { kind: "other", category };
}

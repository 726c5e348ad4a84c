/**
 * Sotkanet region ids ↔ organizer codes (classifications.md "Sotkanet region ids"). Sotkanet (THL)
 * identifies regions by its own numeric ids: the wellbeing services counties, Helsinki and Åland have
 * 956–978, the whole country is 658. Source: the Sotkanet `/regions` resource (category
 * `HYVINVOINTIALUE`), whose `code` field carries the official code; recorded in
 * fixtures/sotkanet/wellbeing-county-ids.csv (`uusi_id`, `uusi_code`).
 */
import type { OrganizerCode } from "./organizers";

/** Sotkanet's id of the whole country (category `MAA`). */
export const SOTKANET_WHOLE_COUNTRY_ID = 658;

const PAIRS: ReadonlyArray<readonly [number, OrganizerCode]> = [
  [956, "91"],
  [957, "11"],
  [958, "16"],
  [959, "12"],
  [960, "90"],
  [961, "01"],
  [962, "20"],
  [963, "07"],
  [964, "18"],
  [965, "15"],
  [966, "02"],
  [967, "10"],
  [968, "21"],
  [969, "03"],
  [970, "08"],
  [971, "17"],
  [972, "14"],
  [973, "19"],
  [974, "13"],
  [975, "09"],
  [976, "06"],
  [977, "04"],
  [978, "05"],
];

/**
 * Sotkanet region id → organizer code, for the 23 organizers.
 *
 * @example
 * ```ts
 * SOTKANET_REGION_ORGANIZERS.get(972); // "14"  Pohjois-Karjala
 * ```
 */
export const SOTKANET_REGION_ORGANIZERS: ReadonlyMap<number, OrganizerCode> = new Map(PAIRS);

const BY_ORGANIZER: ReadonlyMap<OrganizerCode, number> = new Map(PAIRS.map(([id, code]) => [code, id] as const));

/**
 * The organizer code of a Sotkanet region id, or `undefined` (also for 658, the whole country).
 *
 * @example
 * ```ts
 * organizerOfSotkanetRegion(960); // "90"
 * organizerOfSotkanetRegion(658); // undefined
 * ```
 */
export function organizerOfSotkanetRegion(id: number): OrganizerCode | undefined {
  return SOTKANET_REGION_ORGANIZERS.get(id);
}

/**
 * The Sotkanet region id of an organizer code, or `undefined`.
 *
 * @example
 * ```ts
 * sotkanetRegionOfOrganizer("11"); // 957  Etelä-Karjala
 * ```
 */
export function sotkanetRegionOfOrganizer(code: OrganizerCode): number | undefined {
  return BY_ORGANIZER.get(code);
}

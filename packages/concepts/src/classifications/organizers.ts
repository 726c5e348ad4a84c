/**
 * Organizers: the wellbeing services counties, the City of Helsinki and Åland (Statistics Finland
 * classification `hyvinvointialue`, valid from 2023-01-01; classifications.md "Organizers"). HUS has no
 * code here. The table order is the classification order used to sort result rows (F19).
 */
import type { Names } from "./names";

/** An organizer code: `"01"`…`"21"`, `"90"` (Helsinki), `"91"` (Åland). */
export type OrganizerCode = string;

/** One organizer of the classification. */
export interface Organizer {
  readonly code: OrganizerCode;
  /** First day the code is valid (ISO date); the classification starts on 2023-01-01. */
  readonly validFrom: string;
  readonly names: Names;
}

const VALID_FROM = "2023-01-01";

const TABLE: ReadonlyArray<readonly [string, string, string, string]> = [
  ["01", "Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde", "East Uusimaa wellbeing services county"],
  [
    "02",
    "Keski-Uudenmaan hyvinvointialue",
    "Mellersta Nylands välfärdsområde",
    "Central Uusimaa wellbeing services county",
  ],
  ["03", "Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde", "West Uusimaa wellbeing services county"],
  [
    "04",
    "Vantaan ja Keravan hyvinvointialue",
    "Vanda och Kervo välfärdsområde",
    "Vantaa and Kerava wellbeing services county",
  ],
  [
    "05",
    "Varsinais-Suomen hyvinvointialue",
    "Egentliga Finlands välfärdsområde",
    "Southwest Finland wellbeing services county",
  ],
  ["06", "Satakunnan hyvinvointialue", "Satakunta välfärdsområde", "Satakunta wellbeing services county"],
  [
    "07",
    "Kanta-Hämeen hyvinvointialue",
    "Egentliga Tavastlands välfärdsområde",
    "Kanta-Häme wellbeing services county",
  ],
  ["08", "Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", "Pirkanmaa wellbeing services county"],
  [
    "09",
    "Päijät-Hämeen hyvinvointialue",
    "Päijänne-Tavastlands välfärdsområde",
    "Päijät-Häme wellbeing services county",
  ],
  ["10", "Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde", "Kymenlaakso wellbeing services county"],
  ["11", "Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde", "South Karelia wellbeing services county"],
  ["12", "Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", "South Savo wellbeing services county"],
  ["13", "Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde", "North Savo wellbeing services county"],
  [
    "14",
    "Pohjois-Karjalan hyvinvointialue",
    "Norra Karelens välfärdsområde",
    "North Karelia wellbeing services county",
  ],
  [
    "15",
    "Keski-Suomen hyvinvointialue",
    "Mellersta Finlands välfärdsområde",
    "Central Finland wellbeing services county",
  ],
  [
    "16",
    "Etelä-Pohjanmaan hyvinvointialue",
    "Södra Österbottens välfärdsområde",
    "South Ostrobothnia wellbeing services county",
  ],
  ["17", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", "Ostrobothnia wellbeing services county"],
  [
    "18",
    "Keski-Pohjanmaan hyvinvointialue",
    "Mellersta Österbottens välfärdsområde",
    "Central Ostrobothnia wellbeing services county",
  ],
  [
    "19",
    "Pohjois-Pohjanmaan hyvinvointialue",
    "Norra Österbottens välfärdsområde",
    "North Ostrobothnia wellbeing services county",
  ],
  ["20", "Kainuun hyvinvointialue", "Kajanalands välfärdsområde", "Kainuu wellbeing services county"],
  ["21", "Lapin hyvinvointialue", "Lapplands välfärdsområde", "Lapland wellbeing services county"],
  ["90", "Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"],
  ["91", "Ahvenanmaa", "Åland", "Åland"],
];

/**
 * The 23 organizers in the classification's order.
 *
 * @example
 * ```ts
 * ORGANIZERS.length; // 23
 * ORGANIZERS[21]; // { code: "90", validFrom: "2023-01-01", names: { fi: "Helsingin kaupunki", … } }
 * ```
 */
export const ORGANIZERS: readonly Organizer[] = Object.freeze(
  TABLE.map(([code, fi, sv, en]) =>
    Object.freeze({ code, validFrom: VALID_FROM, names: Object.freeze({ fi, sv, en }) }),
  ),
);

/**
 * The organizer codes in classification order (F19).
 *
 * @example
 * ```ts
 * ORGANIZER_CODES.slice(-3); // ["21", "90", "91"]
 * ```
 */
export const ORGANIZER_CODES: readonly OrganizerCode[] = Object.freeze(ORGANIZERS.map((organizer) => organizer.code));

const BY_CODE: ReadonlyMap<string, Organizer> = new Map(ORGANIZERS.map((organizer) => [organizer.code, organizer]));

/**
 * The organizer with this (already padded) code, or `undefined`.
 *
 * @example
 * ```ts
 * organizerByCode("14")?.names.en; // "North Karelia wellbeing services county"
 * organizerByCode("22"); // undefined
 * ```
 */
export function organizerByCode(code: string): Organizer | undefined {
  return BY_CODE.get(code);
}

/**
 * Whether `code` is an organizer code of the classification (already padded to two digits, F3).
 *
 * @example
 * ```ts
 * isOrganizerCode("90"); // true
 * isOrganizerCode("9"); // false (pad first: "09")
 * ```
 */
export function isOrganizerCode(code: string): boolean {
  return BY_CODE.has(code);
}

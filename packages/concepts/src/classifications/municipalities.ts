/**
 * Municipality → organizer, per classification year (classifications.md "Municipality → organizer").
 *
 * The data is Statistics Finland's correspondence `kunta_1_YYYY0101#hyvinvointialue_1_YYYY0101` for
 * every year from 2023, all municipalities including Åland's 16 (→ 91), shipped in
 * `data/municipalities.json` and refreshed by `scripts/refresh-municipalities.ts`; never fetched at run
 * time. Outside Uusimaa a county has exactly the municipalities of one region (maakunta); Uusimaa is
 * split five ways (01, 02, 03, 04, 90).
 *
 * Years: 2023 and 2024 have 309 municipalities (293 mainland + 16 Åland); on 1 January 2025 Pertunmaa
 * (588) was merged into Mäntyharju (507) (Council of State decision of 6 June 2024), so 2025 and 2026
 * have 308. A code not valid in the row's year is `unknown_code` (classifications.md).
 *
 * F10: a row dated before 2023 uses the 2023 classification. This SDK's choice: a row dated after the
 * last shipped year uses the last shipped year.
 */
import data from "./data/municipalities.json";
import type { Language, Names } from "./names";
import type { OrganizerCode } from "./organizers";

/** A municipality code: three digits, `"091"`. */
export type MunicipalityCode = string;

/** One municipality of one classification year. */
export interface Municipality {
  readonly code: MunicipalityCode;
  readonly organizer: OrganizerCode;
  readonly names: Names;
}

/** The shape of `data/municipalities.json` (written by the refresh script). */
export interface MunicipalityData {
  readonly source: string;
  /** `[code, Finnish name, Swedish name]`, sorted by code; English uses the Finnish name. */
  readonly names: ReadonlyArray<readonly [string, string, string] | string[]>;
  /** Per year (`"2023"`), `[municipality code, organizer code]` sorted by municipality code. */
  readonly organizerByYear: Readonly<Record<string, ReadonlyArray<readonly [string, string] | string[]>>>;
}

const DATA = data as MunicipalityData;

const NAMES: ReadonlyMap<string, Names> = new Map(
  DATA.names.map(([code, fi, sv]) => [code!, Object.freeze({ fi: fi!, sv: sv!, en: fi! })] as const),
);

/**
 * The classification years shipped, ascending.
 *
 * @example
 * ```ts
 * MUNICIPALITY_CLASSIFICATION_YEARS; // [2023, 2024, 2025, 2026]
 * ```
 */
export const MUNICIPALITY_CLASSIFICATION_YEARS: readonly number[] = Object.freeze(
  Object.keys(DATA.organizerByYear)
    .map(Number)
    .sort((a, b) => a - b),
);

const FIRST_YEAR = MUNICIPALITY_CLASSIFICATION_YEARS[0]!;
const LAST_YEAR = MUNICIPALITY_CLASSIFICATION_YEARS[MUNICIPALITY_CLASSIFICATION_YEARS.length - 1]!;

const TABLES: ReadonlyMap<number, ReadonlyMap<MunicipalityCode, OrganizerCode>> = new Map(
  MUNICIPALITY_CLASSIFICATION_YEARS.map((year) => [
    year,
    new Map(DATA.organizerByYear[String(year)]!.map(([code, organizer]) => [code!, organizer!] as const)),
  ]),
);

const ANY_YEAR: ReadonlySet<MunicipalityCode> = new Set(NAMES.keys());

/**
 * The classification year used for a row of calendar year `year` (F10): before 2023 → 2023; after the
 * last shipped year → the last shipped year.
 *
 * @example
 * ```ts
 * classificationYear(2019); // 2023
 * classificationYear(2024); // 2024
 * classificationYear(2031); // 2026
 * ```
 */
export function classificationYear(year: number): number {
  if (year < FIRST_YEAR) return FIRST_YEAR;
  if (year > LAST_YEAR) return LAST_YEAR;
  return year;
}

/**
 * The municipality → organizer table of the classification used for calendar year `year` (F10).
 * The validator looks codes up here once per row.
 *
 * @example
 * ```ts
 * municipalityTable(2024).get("167"); // "14"
 * municipalityTable(2025).has("588"); // false (Pertunmaa merged into Mäntyharju)
 * ```
 */
export function municipalityTable(year: number): ReadonlyMap<MunicipalityCode, OrganizerCode> {
  return TABLES.get(classificationYear(year))!;
}

/**
 * The organizer of a municipality in calendar year `year` (F10), or `undefined` when the code is not a
 * municipality in that year's classification. The code must be three digits (pad first, F3).
 *
 * @example
 * ```ts
 * organizerOfMunicipality("091", 2024); // "90"  Helsinki
 * organizerOfMunicipality("049", 2024); // "03"  Espoo → Länsi-Uusimaa
 * organizerOfMunicipality("905", 2023); // "17"  Vaasa → Pohjanmaa
 * organizerOfMunicipality("588", 2025); // undefined (merged into 507 on 2025-01-01)
 * ```
 */
export function organizerOfMunicipality(code: MunicipalityCode, year: number): OrganizerCode | undefined {
  return municipalityTable(year).get(code);
}

/**
 * Whether `code` is a municipality in any shipped year (used to tell `unknown_code` when the row's
 * own date is unusable).
 *
 * @example
 * ```ts
 * isMunicipalityInAnyYear("588"); // true (valid in 2023 and 2024)
 * isMunicipalityInAnyYear("999"); // false
 * ```
 */
export function isMunicipalityInAnyYear(code: MunicipalityCode): boolean {
  return ANY_YEAR.has(code);
}

/**
 * Display names of a municipality (Finnish, Swedish; English uses the Finnish name), or `undefined`.
 *
 * @example
 * ```ts
 * municipalityNames("091"); // { fi: "Helsinki", sv: "Helsingfors", en: "Helsinki" }
 * ```
 */
export function municipalityNames(code: MunicipalityCode): Names | undefined {
  return NAMES.get(code);
}

/**
 * The municipalities of one classification year with their organizer and names, sorted by code.
 *
 * @example
 * ```ts
 * municipalities(2024).length; // 309
 * municipalities(2025).length; // 308
 * municipalities(2024).filter((m) => m.organizer === "04").map((m) => m.code); // ["092", "245"]
 * ```
 */
export function municipalities(year: number): readonly Municipality[] {
  const result: Municipality[] = [];
  for (const [code, organizer] of municipalityTable(year)) result.push({ code, organizer, names: NAMES.get(code)! });
  return result;
}

/**
 * The name of a municipality in one language, or `undefined`.
 *
 * @example
 * ```ts
 * municipalityName("853", "sv"); // "Åbo"
 * ```
 */
export function municipalityName(code: MunicipalityCode, language: Language): string | undefined {
  return NAMES.get(code)?.[language];
}

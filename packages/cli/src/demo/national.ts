/**
 * Realistic synthetic data for the management dashboard (issue 18): all 23 organizers (21 wellbeing
 * services counties, the City of Helsinki and Åland) over two years, with each organizer's real
 * municipalities (the classification of the year, @virta/concepts), volumes in proportion to its
 * approximate residents, and an own pace of service (waits from 0.7 to 1.5 times the demo's national
 * levels) that drifts between the years. Separate from `virta demo` (two counties, one year), which
 * stays as interfaces.md describes it. Seeded: the same options give the same rows everywhere.
 */
import { municipalities, ORGANIZERS } from "@virta/concepts";
import {
  assessments,
  childWelfareCases,
  createContext,
  type DemoCounty,
  type DemoData,
  referrals,
  visits,
} from "./generate";
import { createRandom } from "./random";

/** Approximate residents of each organizer (thousands, 2024), for the volumes. */
export const ORGANIZER_RESIDENTS: Readonly<Record<string, number>> = Object.freeze({
  "01": 99,
  "02": 201,
  "03": 481,
  "04": 277,
  "05": 484,
  "06": 214,
  "07": 170,
  "08": 530,
  "09": 205,
  "10": 162,
  "11": 127,
  "12": 131,
  "13": 249,
  "14": 164,
  "15": 275,
  "16": 191,
  "17": 176,
  "18": 68,
  "19": 416,
  "20": 70,
  "21": 176,
  "90": 664,
  "91": 30,
});

/** Options of {@link generateNationalData}. */
export interface NationalOptions {
  /** The seed (default 2024). */
  seed?: number;
  /** The years (default 2023 and 2024). */
  years?: readonly number[];
  /** Health-care visits per 1 000 residents and year (default 10); the other tables scale with it. */
  visitsPerThousand?: number;
}

/**
 * The pace of each organizer in each year: a seeded base between 0.7 and 1.5, and a drift of −15 % to
 * +10 % from one year to the next.
 *
 * @example
 * ```ts
 * organizerPaces(2024, [2023, 2024]).get("14")!.length; // 2
 * ```
 */
export function organizerPaces(seed: number, years: readonly number[]): Map<string, number[]> {
  const random = createRandom(seed * 7 + 1);
  const paces = new Map<string, number[]>();
  for (const organizer of ORGANIZERS) {
    let pace = 0.7 + random.next() * 0.8;
    const list: number[] = [];
    for (let index = 0; index < years.length; index++) {
      if (index > 0) pace *= 0.85 + random.next() * 0.25;
      list.push(Math.round(pace * 100) / 100);
    }
    paces.set(organizer.code, list);
  }
  return paces;
}

/**
 * Generates the four availability tables for all 23 organizers and the given years.
 *
 * @example
 * ```ts
 * const data = generateNationalData({ visitsPerThousand: 1 });
 * new Set(data.health_care_visit.map((row) => row.organizer_code)).size; // 23
 * ```
 */
export function generateNationalData(options: NationalOptions = {}): DemoData {
  const seed = options.seed ?? 2024;
  const years = options.years ?? [2023, 2024];
  const perThousand = options.visitsPerThousand ?? 10;
  const paces = organizerPaces(seed, years);
  const data: DemoData = {
    health_care_visit: [],
    specialised_care_referral: [],
    social_care_assessment: [],
    child_welfare_case: [],
  };
  years.forEach((year, yearIndex) => {
    const context = createContext(seed + year, year);
    const byOrganizer = new Map<string, Array<readonly [string, number]>>();
    for (const municipality of municipalities(year)) {
      const list = byOrganizer.get(municipality.organizer) ?? [];
      list.push([municipality.code, 1]);
      byOrganizer.set(municipality.organizer, list);
    }
    for (const organizer of ORGANIZERS) {
      const county: DemoCounty = {
        organizer: organizer.code,
        municipalities: byOrganizer.get(organizer.code) ?? [],
        pace: paces.get(organizer.code)![yearIndex]!,
      };
      if (county.municipalities.length === 0) continue;
      const count = Math.round(ORGANIZER_RESIDENTS[organizer.code]! * perThousand);
      visits(context, county, count, data.health_care_visit);
      referrals(context, county, Math.round(count / 8), data.specialised_care_referral);
      assessments(context, county, Math.round(count / 10), data.social_care_assessment);
      childWelfareCases(context, county, Math.round(count / 20), data.child_welfare_case);
    }
  });
  return data;
}

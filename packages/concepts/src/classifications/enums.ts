/**
 * The enum classifications of the concept models (concepts.md), with their listing order and display
 * names. The order is the classification order used to sort result rows (F19: an enum sorts in the
 * order the concept lists it, `unknown` last). `professional_group` appears in two concepts with
 * different lists; its order here merges both and keeps the relative order of each
 * (health_care_visit: doctor, nurse, dentist, oral_hygienist, other; staff_fte: doctor, nurse,
 * practical_nurse, dentist, social_worker, other).
 */
import type { Names } from "./names";

/** An enum dimension: its values in classification order and their display names. */
export interface EnumClassification {
  readonly values: readonly string[];
  readonly names: Readonly<Record<string, Names>>;
}

function names(fi: string, sv: string, en: string): Names {
  return Object.freeze({ fi, sv, en });
}

function enumOf(entries: ReadonlyArray<readonly [string, Names]>): EnumClassification {
  return Object.freeze({
    values: Object.freeze(entries.map(([value]) => value)),
    names: Object.freeze(Object.fromEntries(entries)),
  });
}

/** `health_care_visit.service_branch`. */
export const SERVICE_BRANCHES = Object.freeze(["primary_care", "oral_care"] as const);
/** `health_care_visit.professional_group`. */
export const VISIT_PROFESSIONAL_GROUPS = Object.freeze([
  "doctor",
  "nurse",
  "dentist",
  "oral_hygienist",
  "other",
] as const);
/** `staff_fte.professional_group`. */
export const STAFF_PROFESSIONAL_GROUPS = Object.freeze([
  "doctor",
  "nurse",
  "practical_nurse",
  "dentist",
  "social_worker",
  "other",
] as const);
/** `health_care_visit.urgency`. */
export const URGENCIES = Object.freeze(["urgent", "non_urgent"] as const);
/** `health_care_visit.contact_mode`. */
export const CONTACT_MODES = Object.freeze(["in_person", "remote"] as const);
/** `social_care_assessment.client_group`. */
export const CLIENT_GROUPS = Object.freeze([
  "older_people",
  "disability",
  "family",
  "adult",
  "child_special_support",
] as const);
/** `customer_feedback_answer.respondent_age_group` (`unknown` is the default). */
export const RESPONDENT_AGE_GROUPS = Object.freeze(["7-12", "13-17", "18-64", "65+", "unknown"] as const);
/** `customer_feedback_answer.question_code`: the recommendation question and the core statements. */
export const QUESTION_CODES = Object.freeze(["nps", "S1", "S2", "S3", "S4", "S5", "S6", "S7"] as const);

/**
 * The enum dimensions by name.
 *
 * @example
 * ```ts
 * ENUM_CLASSIFICATIONS.urgency.names.non_urgent.fi; // "kiireetön"
 * ENUM_CLASSIFICATIONS.professional_group.values;
 * // ["doctor", "nurse", "practical_nurse", "dentist", "oral_hygienist", "social_worker", "other"]
 * ```
 */
export const ENUM_CLASSIFICATIONS = Object.freeze({
  service_branch: enumOf([
    ["primary_care", names("avosairaanhoito", "öppen sjukvård", "primary care")],
    ["oral_care", names("suun terveydenhuolto", "mun- och tandvård", "oral health care")],
  ]),
  professional_group: enumOf([
    ["doctor", names("lääkäri", "läkare", "doctor")],
    ["nurse", names("sairaanhoitaja", "sjukskötare", "nurse")],
    ["practical_nurse", names("lähihoitaja", "närvårdare", "practical nurse")],
    ["dentist", names("hammaslääkäri", "tandläkare", "dentist")],
    ["oral_hygienist", names("suuhygienisti", "munhygienist", "oral hygienist")],
    ["social_worker", names("sosiaalityöntekijä", "socialarbetare", "social worker")],
    ["other", names("muu", "annan", "other")],
  ]),
  urgency: enumOf([
    ["urgent", names("kiireellinen", "brådskande", "urgent")],
    ["non_urgent", names("kiireetön", "icke-brådskande", "non-urgent")],
  ]),
  contact_mode: enumOf([
    ["in_person", names("käynti", "besök", "in-person visit")],
    ["remote", names("etäasiointi", "distanskontakt", "remote contact")],
  ]),
  client_group: enumOf([
    ["older_people", names("ikääntyneet", "äldre", "older people")],
    ["disability", names("vammaiset henkilöt", "personer med funktionsnedsättning", "persons with disabilities")],
    ["family", names("lapsiperheet", "barnfamiljer", "families with children")],
    ["adult", names("aikuiset", "vuxna", "adults")],
    [
      "child_special_support",
      names(
        "erityistä tukea tarvitsevat lapset",
        "barn i behov av särskilt stöd",
        "children in need of special support",
      ),
    ],
  ]),
  respondent_age_group: enumOf([
    ["7-12", names("7–12-vuotiaat", "7–12 år", "aged 7–12")],
    ["13-17", names("13–17-vuotiaat", "13–17 år", "aged 13–17")],
    ["18-64", names("18–64-vuotiaat", "18–64 år", "aged 18–64")],
    ["65+", names("65 vuotta täyttäneet", "65 år och äldre", "aged 65 and over")],
    ["unknown", names("tuntematon", "okänd", "unknown")],
  ]),
  question_code: enumOf([
    ["nps", names("suositteluindeksi (NPS)", "rekommendationsindex (NPS)", "recommendation index (NPS)")],
    ...[1, 2, 3, 4, 5, 6, 7].map(
      (n) => [`S${n}`, names(`väittämä S${n}`, `påstående S${n}`, `statement S${n}`)] as const,
    ),
  ]),
} satisfies Record<string, EnumClassification>);

/** The name of an enum dimension. */
export type EnumDimension = keyof typeof ENUM_CLASSIFICATIONS;

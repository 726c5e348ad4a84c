/**
 * The words that describe a definition in Finnish, Swedish and English (issue 18: every CLI label and
 * page in fi, sv and en): kinds, units, period forms (F26), as-of (F28), disclosure (F20) and the
 * labels of `virta describe`. The CLI and the catalogue site both use these, so a term is worded once.
 */
import type { Definition, IndicatorKind, Unit } from "@virta/core";

/** A display language. */
export type TermLang = "fi" | "sv" | "en";
type Words = Record<TermLang, string>;

/** The kinds of indicator. */
export const KIND_NAMES: Readonly<Record<IndicatorKind, Words>> = {
  proportion: { fi: "osuus", sv: "andel", en: "proportion" },
  count: { fi: "lukumäärä", sv: "antal", en: "count" },
  quantile: { fi: "kvantiili", sv: "kvantil", en: "quantile" },
  rate: { fi: "suhdeluku", sv: "kvot", en: "rate" },
  index: { fi: "indeksi", sv: "index", en: "index" },
};

/** The units (F30 codes). */
export const UNIT_NAMES: Readonly<Record<Unit, Words>> = {
  percent: { fi: "prosenttia", sv: "procent", en: "percent" },
  days: { fi: "vuorokautta", sv: "dygn", en: "days" },
  persons: { fi: "henkilöä", sv: "personer", en: "persons" },
  per_100: { fi: "sataa kohti", sv: "per 100", en: "per 100" },
  per_1000: { fi: "tuhatta asukasta kohti", sv: "per 1 000 invånare", en: "per 1,000 residents" },
  euros: { fi: "euroa", sv: "euro", en: "euros" },
  visits_per_fte: { fi: "käyntiä henkilötyövuotta kohti", sv: "besök per årsverke", en: "visits per FTE" },
  index: { fi: "indeksi", sv: "index", en: "index" },
};

/** The period forms an indicator takes (F26). */
export const PERIOD_FORMS: Readonly<Record<Definition["periods"], Words>> = {
  interval: {
    fi: "vuosi, puolivuotis, tertiaali, vuosineljännes tai kuukausi (2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03)",
    sv: "ett år, halvår, tertial, kvartal eller en månad (2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03)",
    en: "a year, half, tertial, quarter or month (2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03)",
  },
  census: {
    fi: "vain tilannepäivä (2024-12-31)",
    sv: "endast en räknedag (2024-12-31)",
    en: "a census date only (2024-12-31)",
  },
  year: { fi: "vain vuosi (2024)", sv: "endast ett år (2024)", en: "a year only (2024)" },
};

/** The labels and phrases of `virta describe`. */
export const DESCRIBE_TERMS = {
  formula: { fi: "kaava", sv: "formel", en: "formula" },
  kind: { fi: "laji", sv: "typ", en: "kind" },
  reads: { fi: "lukee", sv: "läser", en: "reads" },
  period: { fi: "jakso", sv: "period", en: "period" },
  asOf: { fi: "tilannepäivä", sv: "lägesdag", en: "as-of" },
  breakdowns: { fi: "jaottelut", sv: "indelningar", en: "breakdowns" },
  forced: { fi: "aina jaoteltu", sv: "alltid per", en: "always by" },
  disclosure: { fi: "tietosuoja", sv: "röjandeskydd", en: "disclosure" },
  legalBasis: { fi: "säädösperusta", sv: "rättslig grund", en: "legal basis" },
  hash: { fi: "tiiviste", sv: "hash", en: "hash" },
  changelog: { fi: "muutoshistoria", sv: "ändringshistorik", en: "changelog" },
  unit: { fi: "yksikkö", sv: "enhet", en: "unit" },
  decimals: { fi: "desimaalia", sv: "decimaler", en: "decimals" },
  decimal: { fi: "desimaali", sv: "decimal", en: "decimal" },
  asOfTaken: {
    fi: "--as-of PÄIVÄ, ei ennen jakson loppua (oletus: jakson loppu)",
    sv: "--as-of DATUM, inte före periodens slut (standard: periodens slut)",
    en: "--as-of DATE, not before the period end (default: the period end)",
  },
  asOfNot: { fi: "ei käytetä", sv: "används inte", en: "not taken" },
  disclosureNone: { fi: "ei salausta (koostetaulu)", sv: "ingen (aggregerad tabell)", en: "none (aggregate table)" },
  disclosureDenominator: {
    fi: "national-1 (solut, joiden nimittäjässä on 1–4 riviä, salataan)",
    sv: "national-1 (celler med 1–4 rader bakom nämnaren döljs)",
    en: "national-1 (cells counting 1–4 by the denominator are suppressed)",
  },
  disclosureNumerator: {
    fi: "national-1 (solut, joiden osoittajassa on 1–4 riviä, salataan)",
    sv: "national-1 (celler med 1–4 rader bakom täljaren döljs)",
    en: "national-1 (cells counting 1–4 by the numerator are suppressed)",
  },
} satisfies Record<string, Words>;

/** The changelog text in a language: entries carry Finnish and English; Swedish shows the Finnish text. */
export function changelogText(entry: { fi: string; en: string }, lang: TermLang): string {
  return lang === "en" ? entry.en : entry.fi;
}

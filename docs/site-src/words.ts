/** The site's own words (headings and labels) in the three languages of the catalogue. */
import type { Lang } from "./html";

export const WORDS = {
  indicators: { fi: "Indikaattorit", sv: "Indikatorer", en: "Indicators" },
  catalogueTitle: {
    fi: "Vähimmäistietosisällön indikaattorit",
    sv: "Indikatorerna i minimidatainnehållet",
    en: "Minimum-data indicators",
  },
  noNationalDefinition: {
    fi: "ei vielä kansallista määritelmää",
    sv: "ingen nationell definition ännu",
    en: "no national definition yet",
  },
  description: { fi: "Kuvaus", sv: "Beskrivning", en: "Description" },
  formula: { fi: "Kaava", sv: "Formel", en: "Formula" },
  expressionTree: { fi: "Lausekepuu", sv: "Uttrycksträd", en: "Expression tree" },
  population: {
    fi: "Perusjoukko ja poissulkusäännöt",
    sv: "Population och uteslutningsregler",
    en: "Population and exclusion rules",
  },
  reason: { fi: "Poissulun syy", sv: "Orsak till uteslutning", en: "Exclusion reason" },
  rule: { fi: "Sääntö", sv: "Regel", en: "Rule" },
  condition: { fi: "Ehto", sv: "Villkor", en: "Condition" },
  numerator: { fi: "Osoittaja", sv: "Täljare", en: "Numerator" },
  denominator: { fi: "Nimittäjä", sv: "Nämnare", en: "Denominator" },
  breakdowns: { fi: "Jaottelut", sv: "Indelningar", en: "Breakdowns" },
  unitRounding: { fi: "Yksikkö ja pyöristys", sv: "Enhet och avrundning", en: "Unit and rounding" },
  rounding: {
    fi: (d: number) => `${d} desimaalia, pyöristys kerran lopussa, puolikas poispäin nollasta (F21)`,
    sv: (d: number) => `${d} decimaler, avrundas en gång i slutet, hälften bort från noll (F21)`,
    en: (d: number) => `${d} decimals, rounded once at the end, half away from zero (F21)`,
  },
  disclosure: {
    fi: "Tietosuoja (pienten solujen salaus)",
    sv: "Röjandeskydd (små celler)",
    en: "Disclosure (small cells)",
  },
  disclosureBasis: {
    fi: { denominator: "nimittäjän rivit", numerator: "osoittajan rivit", none: "ei salausta (koostetaulu)" },
    sv: { denominator: "nämnarens rader", numerator: "täljarens rader", none: "ingen (aggregerad tabell)" },
    en: {
      denominator: "the rows behind the denominator",
      numerator: "the rows behind the numerator",
      none: "none (aggregate table)",
    },
  },
  disclosureText: {
    fi: "Solu salataan (..), kun sen taustalla on 1–4 riviä (F20).",
    sv: "En cell döljs (..) när 1–4 rader ligger bakom den (F20).",
    en: "A cell is suppressed (..) when 1 to 4 rows lie behind it (F20).",
  },
  legalBasis: { fi: "Säädösperusta", sv: "Rättslig grund", en: "Legal basis" },
  decks: { fi: "Testitapaukset (deck)", sv: "Testfall (deck)", en: "Test cases (deck)" },
  options: { fi: "Valinnat", sv: "Alternativ", en: "Options" },
  input: { fi: "Syöterivit", sv: "Indata", en: "Input rows" },
  expected: { fi: "Odotetut rivit", sv: "Förväntade rader", en: "Expected rows" },
  expectedError: { fi: "Odotettu virhe", sv: "Förväntat fel", en: "Expected error" },
  accounting: { fi: "Rivien kirjanpito", sv: "Radredovisning", en: "Input accounting" },
  changelog: { fi: "Muutoshistoria", sv: "Ändringshistorik", en: "Changelog" },
  hash: { fi: "Määritelmän tiiviste", sv: "Definitionens hash", en: "Definition hash" },
  chart: {
    fi: "Demoaineiston tulos hyvinvointialueittain",
    sv: "Demodatans resultat per välfärdsområde",
    en: "Demo data result by wellbeing services county",
  },
  chartNote: {
    fi: "Synteettinen demoaineisto (virta demo), ei todellisia lukuja.",
    sv: "Syntetiska demodata (virta demo), inga verkliga siffror.",
    en: "Synthetic demo data (virta demo), not real figures.",
  },
  version: { fi: "Versio", sv: "Version", en: "Version" },
  kind: { fi: "Laji", sv: "Typ", en: "Kind" },
  date: { fi: "Päivä", sv: "Datum", en: "Date" },
  changeClass: { fi: "Luokka", sv: "Klass", en: "Class" },
  whatChanged: { fi: "Muutos", sv: "Ändring", en: "What changed" },
  classNames: {
    fi: { A: "A – selvä virhe", B: "B – sisältömuutos", initial: "ensijulkaisu" },
    sv: { A: "A – uppenbart fel", B: "B – innehållsändring", initial: "första publicering" },
    en: { A: "A – clear error", B: "B – content change", initial: "first publication" },
  },
  derivation: { fi: "Johdetaan", sv: "Härleds", en: "Derived from" },
  areas: { fi: "Osa-alueet", sv: "Områden", en: "Areas" },
} as const;

/**
 * A word in one language.
 *
 * @example
 * ```ts
 * say("formula", "sv"); // "Formel"
 * ```
 */
export function say(
  key: Exclude<keyof typeof WORDS, "rounding" | "disclosureBasis" | "classNames">,
  lang: Lang,
): string {
  return WORDS[key][lang];
}

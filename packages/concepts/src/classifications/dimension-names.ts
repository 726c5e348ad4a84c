/**
 * Display names of the breakdown dimensions themselves in Finnish, Swedish and English (F31: "labels in
 * `--lang` … for categories and for the dimensions themselves"), and which dimensions are geographic
 * (F31: `role.geo` names `organizer` or `municipality`). Writers of JSON-stat, the CLI and the site use
 * these names so that a dimension is called the same everywhere.
 */
import type { Language, Names } from "./names";

/** The name of each breakdown dimension an indicator may allow (F27), in the three languages. */
export const DIMENSION_NAMES: Readonly<Record<string, Names>> = Object.freeze({
  organizer: { fi: "Hyvinvointialue", sv: "Välfärdsområde", en: "Wellbeing services county" },
  municipality: { fi: "Kunta", sv: "Kommun", en: "Municipality" },
  sex: { fi: "Sukupuoli", sv: "Kön", en: "Sex" },
  age_group: { fi: "Ikäryhmä", sv: "Åldersgrupp", en: "Age group" },
  month: { fi: "Kuukausi", sv: "Månad", en: "Month" },
  quarter: { fi: "Vuosineljännes", sv: "Kvartal", en: "Quarter" },
  tertial: { fi: "Tertiaali", sv: "Tertial", en: "Tertial" },
  half: { fi: "Vuosipuolisko", sv: "Halvår", en: "Half-year" },
  professional_group: { fi: "Ammattiryhmä", sv: "Yrkesgrupp", en: "Professional group" },
  contact_mode: { fi: "Yhteystapa", sv: "Kontaktsätt", en: "Contact mode" },
  wait_band: { fi: "Odotusaika", sv: "Väntetid", en: "Waiting time" },
  specialty: { fi: "Erikoisala", sv: "Specialitet", en: "Specialty" },
  client_group: { fi: "Asiakasryhmä", sv: "Klientgrupp", en: "Client group" },
  service_code: { fi: "Palvelu", sv: "Tjänst", en: "Service" },
  respondent_age_group: { fi: "Vastaajan ikäryhmä", sv: "Svarandens åldersgrupp", en: "Respondent's age group" },
  question_code: { fi: "Kysymys", sv: "Fråga", en: "Question" },
  service_class: { fi: "Palveluluokka", sv: "Tjänsteklass", en: "Service class" },
  period: { fi: "Ajanjakso", sv: "Period", en: "Period" },
  measure: { fi: "Tieto", sv: "Uppgift", en: "Measure" },
});

/** The geographic dimensions, in the order `role.geo` lists them (F31). */
export const GEO_DIMENSIONS: readonly string[] = Object.freeze(["organizer", "municipality"]);

/**
 * The display name of a breakdown dimension in one language; an unknown dimension is its own name.
 *
 * @example
 * ```ts
 * dimensionLabelOf("organizer", "fi"); // "Hyvinvointialue"
 * dimensionLabelOf("age_group", "sv"); // "Åldersgrupp"
 * dimensionLabelOf("shoe_size", "en"); // "shoe_size"
 * ```
 */
export function dimensionLabelOf(dimension: string, language: Language = "fi"): string {
  return Object.hasOwn(DIMENSION_NAMES, dimension) ? DIMENSION_NAMES[dimension]![language] : dimension;
}

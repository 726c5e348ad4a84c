/** staff.fte_per_1000_residents — full-time equivalents per 1 000 residents of the organizer (F18 join to population). */
import { defineIndicator } from "@virta/core";
import { organizer } from "../../build/breakdowns";
import { EDITION_1 } from "../../build/changelog";
import { fieldsFor } from "../../build/fields";
import { POPULATION_DENOMINATOR } from "../../build/yearly";

export const ftePer1000Residents = defineIndicator({
  id: "staff.fte_per_1000_residents",
  version: "1.0.0",
  area: "staff",
  kind: "rate",
  unit: "per_1000",
  decimals: 2,
  title: { fi: "Henkilötyövuodet 1 000 asukasta kohden", sv: "Årsverken per 1 000 invånare", en: "Full-time equivalents per 1,000 residents" },
  description: {
    fi: "Henkilöstön henkilötyövuodet tuhatta järjestäjän asukasta kohden.",
    sv: "Personalens årsverken per tusen invånare hos anordnaren.",
    en: "Staff full-time equivalents per thousand residents of the organizer.",
  },
  formula: { fi: "1000 × Σ htv / väestö", sv: "1000 × Σ årsverken / befolkning", en: "1000 × Σ fte / population" },
  concepts: ["staff_fte", "population"],
  fields: fieldsFor("staff_fte", "population"),
  source: { concept: "staff_fte", yearField: "year", organizerField: "organizer_code" },
  periods: "year",
  asOf: false,
  let: {},
  population: [],
  numerator: { field: "fte" },
  denominator: POPULATION_DENOMINATOR,
  scale: 1000,
  breakdowns: {
    organizer,
    professional_group: { kind: "field", field: "professional_group", order: ["doctor", "nurse", "practical_nurse", "dentist", "social_worker", "other"] },
  },
  disclosure: { policy: "national-1", basis: "none" },
  legalBasis: ["Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021"],
  changelog: EDITION_1,
});

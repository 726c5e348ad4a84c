/**
 * staff.fte_per_1000_residents — full-time equivalents per 1 000 residents of the organizer (F18 join to population).
 */
import { defineCheckedIndicator } from "@virta/core";
import { organizer } from "../../build/breakdowns";
import { POPULATION_DENOMINATOR, yearlyIndicator } from "../../build/yearly";

export const ftePer1000Residents = defineCheckedIndicator(
  yearlyIndicator("staff_fte", {
    id: "staff.fte_per_1000_residents",
    area: "staff",
    kind: "rate",
    unit: "per_1000",
    decimals: 2,
    title: {
      fi: "Henkilötyövuodet 1 000 asukasta kohden",
      sv: "Årsverken per 1 000 invånare",
      en: "Full-time equivalents per 1,000 residents",
    },
    description: {
      fi: "Henkilöstön henkilötyövuodet tuhatta järjestäjän asukasta kohden.",
      sv: "Personalens årsverken per tusen invånare hos anordnaren.",
      en: "Staff full-time equivalents per thousand residents of the organizer.",
    },
    formula: { fi: "1000 × Σ htv / väestö", sv: "1000 × Σ årsverken / befolkning", en: "1000 × Σ fte / population" },
    numerator: { field: "fte" },
    denominator: POPULATION_DENOMINATOR,
    scale: 1000,
    breakdowns: {
      organizer,
      professional_group: {
        kind: "field",
        field: "professional_group",
        order: ["doctor", "nurse", "practical_nurse", "dentist", "social_worker", "other"],
      },
    },
    legalBasis: ["Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021"],
  }),
);

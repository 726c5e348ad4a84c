/**
 * productivity.primary_care.doctor_visits_per_fte — primary-care doctor visits per doctor full-time equivalent (two
 * tables, F18).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { organizer } from "../../build/breakdowns";
import { EDITION_1 } from "../../build/changelog";
import { fieldsFor } from "../../build/fields";

export const primaryCareDoctorVisitsPerFte = defineCheckedIndicator({
  id: "productivity.primary_care.doctor_visits_per_fte",
  version: "1.0.0",
  area: "productivity",
  kind: "rate",
  unit: "visits_per_fte",
  decimals: 1,
  title: {
    fi: "Avosairaanhoidon lääkärikäynnit lääkärin henkilötyövuotta kohden",
    sv: "Läkarbesök i öppen sjukvård per läkarårsverke",
    en: "Primary-care doctor visits per doctor full-time equivalent",
  },
  description: {
    fi: "Avosairaanhoidon lääkärikäyntien määrä lääkärien henkilötyövuotta kohden.",
    sv: "Antalet läkarbesök i öppen sjukvård per läkarårsverke.",
    en: "Number of primary-care doctor visits per doctor full-time equivalent.",
  },
  formula: {
    fi: "lääkärikäynnit / Σ lääkärien htv",
    sv: "läkarbesök / Σ läkarårsverken",
    en: "doctor visits / Σ doctor fte",
  },
  concepts: ["health_care_visit", "staff_fte"],
  fields: fieldsFor("health_care_visit", "staff_fte"),
  source: { concept: "health_care_visit", date: $.field("visit_date"), organizerField: "organizer_code" },
  periods: "year",
  asOf: false,
  let: {},
  population: [
    {
      reason: "service_branch",
      keep: $.eq($.field("service_branch"), "primary_care"),
      text: { fi: "avosairaanhoito", sv: "öppen sjukvård", en: "primary care" },
    },
    {
      reason: "professional_group",
      keep: $.eq($.field("professional_group"), "doctor"),
      text: { fi: "lääkäri", sv: "läkare", en: "doctor" },
    },
  ],
  numerator: {},
  denominator: {
    join: {
      concept: "staff_fte",
      yearField: "year",
      population: [
        {
          reason: "professional_group",
          keep: $.eq($.field("professional_group"), "doctor"),
          text: { fi: "lääkäri", sv: "läkare", en: "doctor" },
        },
      ],
      sum: { field: "fte" },
      organizerField: "organizer_code",
    },
  },
  scale: 1,
  breakdowns: { organizer },
  disclosure: { policy: "national-1", basis: "numerator" },
  legalBasis: ["Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021"],
  changelog: EDITION_1,
});

/** population_health.population.count — residents on 31 December of the year (Statistics Finland population table). */
import { $, defineIndicator } from "@virta/core";
import { municipality, organizer, sex } from "../../build/breakdowns";
import { EDITION_1 } from "../../build/changelog";
import { fieldsFor } from "../../build/fields";

export const populationCount = defineIndicator({
  id: "population_health.population.count",
  version: "1.0.0",
  area: "population_health",
  kind: "count",
  unit: "persons",
  decimals: 0,
  title: { fi: "Väestö 31.12.", sv: "Befolkning 31.12", en: "Population on 31 December" },
  description: {
    fi: "Asukkaiden määrä vuoden viimeisenä päivänä.",
    sv: "Antal invånare den sista dagen av året.",
    en: "Number of residents on the last day of the year.",
  },
  formula: { fi: "Σ henkilömäärä", sv: "Σ antal personer", en: "Σ count" },
  concepts: ["population"],
  fields: fieldsFor("population"),
  source: { concept: "population", yearField: "year", organizerField: "organizer_code" },
  periods: "year",
  asOf: false,
  let: {},
  population: [],
  numerator: { field: "count" },
  scale: 1,
  breakdowns: { organizer, municipality, age_group: { kind: "age_group", age: $.field("age") }, sex },
  disclosure: { policy: "national-1", basis: "none" },
  legalBasis: ["Väestötietojärjestelmä; Tilastokeskus, väestörakenne"],
  changelog: EDITION_1,
});

/** population_health.population.count — residents on 31 December of the year (Statistics Finland population table). */
import { $, defineCheckedIndicator } from "@virta/core";
import { yearlyIndicator } from "../../build/yearly";
import { municipality, organizer, sex } from "../../build/breakdowns";

export const populationCount = defineCheckedIndicator(
  yearlyIndicator("population", {
    id: "population_health.population.count",
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
    numerator: { field: "count" },
    scale: 1,
    breakdowns: { organizer, municipality, age_group: { kind: "age_group", age: $.field("age") }, sex },
    legalBasis: ["Väestötietojärjestelmä; Tilastokeskus, väestörakenne"],
  }),
);

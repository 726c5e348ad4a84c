/** costs.net_cost_per_resident — net operating costs in euros per resident of the organizer (F18 join to population). */
import { defineIndicator } from "@virta/core";
import { organizer } from "../../build/breakdowns";
import { EDITION_1 } from "../../build/changelog";
import { fieldsFor } from "../../build/fields";
import { POPULATION_DENOMINATOR } from "../../build/yearly";

export const netCostPerResident = defineIndicator({
  id: "costs.net_cost_per_resident",
  version: "1.0.0",
  area: "costs",
  kind: "rate",
  unit: "euros",
  decimals: 2,
  title: { fi: "Nettokäyttökustannukset asukasta kohden", sv: "Nettodriftskostnader per invånare", en: "Net operating costs per resident" },
  description: {
    fi: "Nettokäyttökustannukset euroina järjestäjän asukasta kohden.",
    sv: "Nettodriftskostnader i euro per invånare hos anordnaren.",
    en: "Net operating costs in euros per resident of the organizer.",
  },
  formula: { fi: "Σ nettokustannus / väestö", sv: "Σ nettokostnad / befolkning", en: "Σ net_cost_eur / population" },
  concepts: ["cost", "population"],
  fields: fieldsFor("cost", "population"),
  source: { concept: "cost", yearField: "year", organizerField: "organizer_code" },
  periods: "year",
  asOf: false,
  let: {},
  population: [],
  numerator: { field: "net_cost_eur" },
  denominator: POPULATION_DENOMINATOR,
  scale: 1,
  breakdowns: { organizer, service_class: { kind: "field", field: "service_class" } },
  disclosure: { policy: "national-1", basis: "none" },
  legalBasis: ["Laki hyvinvointialueesta 611/2021"],
  changelog: EDITION_1,
});

/**
 * costs.net_cost_per_resident — net operating costs in euros per resident of the organizer (F18 join to population).
 */
import { defineCheckedIndicator } from "@virta/core";
import { organizer } from "../../build/breakdowns";
import { POPULATION_DENOMINATOR, yearlyIndicator } from "../../build/yearly";

export const netCostPerResident = defineCheckedIndicator(
  yearlyIndicator("cost", {
    id: "costs.net_cost_per_resident",
    area: "costs",
    kind: "rate",
    unit: "euros",
    decimals: 2,
    title: {
      fi: "Nettokäyttökustannukset asukasta kohden",
      sv: "Nettodriftskostnader per invånare",
      en: "Net operating costs per resident",
    },
    description: {
      fi: "Nettokäyttökustannukset euroina järjestäjän asukasta kohden.",
      sv: "Nettodriftskostnader i euro per invånare hos anordnaren.",
      en: "Net operating costs in euros per resident of the organizer.",
    },
    formula: { fi: "Σ nettokustannus / väestö", sv: "Σ nettokostnad / befolkning", en: "Σ net_cost_eur / population" },
    numerator: { field: "net_cost_eur" },
    denominator: POPULATION_DENOMINATOR,
    scale: 1,
    breakdowns: { organizer, service_class: { kind: "field", field: "service_class" } },
    legalBasis: ["Laki hyvinvointialueesta 611/2021"],
  }),
);

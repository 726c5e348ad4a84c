/**
 * population_health.population.dependency_ratio — residents aged 0–14 and 65+ per 100 residents aged 15–64
 * (demographic dependency ratio).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { yearlyIndicator } from "../../build/yearly";
import { municipality, organizer } from "../../build/breakdowns";

const age = $.field("age");

export const dependencyRatio = defineCheckedIndicator(
  yearlyIndicator("population", {
    id: "population_health.population.dependency_ratio",
    area: "population_health",
    kind: "rate",
    unit: "per_100",
    decimals: 1,
    title: { fi: "Väestöllinen huoltosuhde", sv: "Demografisk försörjningskvot", en: "Demographic dependency ratio" },
    description: {
      fi: "Alle 15-vuotiaiden ja 65 vuotta täyttäneiden määrä sataa 15–64-vuotiasta kohden.",
      sv: "Antalet under 15-åringar och 65 år fyllda per hundra 15–64-åringar.",
      en: "Residents aged 0–14 and 65 or over per 100 residents aged 15–64.",
    },
    formula: {
      fi: "100 × (Σ henkilöt 0–14 + Σ henkilöt ≥ 65) / Σ henkilöt 15–64",
      sv: "100 × (Σ personer 0–14 + Σ personer ≥ 65) / Σ personer 15–64",
      en: "100 × (Σ count age 0–14 + Σ count age ≥ 65) / Σ count age 15–64",
    },
    numerator: { field: "count", where: $.or($.le(age, 14), $.ge(age, 65)) },
    denominator: { field: "count", where: $.and($.ge(age, 15), $.le(age, 64)) },
    scale: 100,
    breakdowns: { organizer, municipality },
    legalBasis: ["Tilastokeskus, väestörakenne"],
  }),
);

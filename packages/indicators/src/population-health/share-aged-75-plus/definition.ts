/** population_health.population.share_aged_75_plus — share of residents aged 75 or over on 31 December. */
import { $, defineCheckedIndicator } from "@virta/core";
import { yearlyIndicator } from "../../build/yearly";
import { municipality, organizer, sex } from "../../build/breakdowns";

export const shareAged75Plus = defineCheckedIndicator(
  yearlyIndicator("population", {
    id: "population_health.population.share_aged_75_plus",
    area: "population_health",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "75 vuotta täyttäneiden osuus väestöstä",
      sv: "Andelen 75 år fyllda av befolkningen",
      en: "Share of residents aged 75 or over",
    },
    description: {
      fi: "75 vuotta täyttäneiden osuus (%) koko väestöstä vuoden lopussa.",
      sv: "Andel (%) 75 år fyllda av hela befolkningen vid årets slut.",
      en: "Share (%) of residents aged 75 or over at the end of the year.",
    },
    formula: {
      fi: "100 × Σ henkilöt, ikä ≥ 75 / Σ henkilöt",
      sv: "100 × Σ personer, ålder ≥ 75 / Σ personer",
      en: "100 × Σ count where age ≥ 75 / Σ count",
    },
    numerator: { field: "count", where: $.ge($.field("age"), 75) },
    denominator: { field: "count" },
    scale: 100,
    breakdowns: { organizer, municipality, sex },
    legalBasis: ["Tilastokeskus, väestörakenne"],
  }),
);

/**
 * availability.primary_care.within_14_days — share of non-urgent primary-care visits within 14 days of the need
 * assessment (indicators.md, P-PC).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, wait } from "../../build/health-care";

export const primaryCareWithin14Days = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.within_14_days",
    branch: "primary_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireetön avosairaanhoidon käynti 14 vuorokauden kuluessa hoidon tarpeen arvioinnista",
      sv: "Icke-brådskande besök i öppen sjukvård inom 14 dygn från bedömningen av vårdbehovet",
      en: "Non-urgent primary-care visits within 14 days of the need assessment",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä lääkärin tai hoitajan avosairaanhoidon käynneistä, jotka " +
        "toteutuivat enintään 14 vuorokautta hoidon tarpeen arvioinnin jälkeen.",
      sv:
        "Andel (%) icke-brådskande läkar- eller skötarbesök i öppen sjukvård som ägde rum högst 14 " +
        "dygn efter bedömningen av vårdbehovet.",
      en:
        "Share (%) of non-urgent doctor or nurse visits in primary care that took place at most 14 " +
        "days after the care need assessment.",
    },
    formula: {
      fi: "100 × käynnit, joissa odotus ≤ 14 vrk / kaikki P-PC-käynnit",
      sv: "100 × besök med väntetid ≤ 14 dygn / alla P-PC-besök",
      en: "100 × visits with wait ≤ 14 days / all P-PC visits",
    },
    numerator: { where: $.le(wait, 14) },
  }),
);

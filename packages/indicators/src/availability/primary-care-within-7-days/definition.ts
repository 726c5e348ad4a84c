/**
 * availability.primary_care.within_7_days — share of non-urgent primary-care visits within 7 days of the need
 * assessment (indicators.md, P-PC).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, wait } from "../../build/health-care";

export const primaryCareWithin7Days = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.within_7_days",
    branch: "primary_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireetön avosairaanhoidon käynti 7 vuorokauden kuluessa hoidon tarpeen arvioinnista",
      sv: "Icke-brådskande besök i öppen sjukvård inom 7 dygn från bedömningen av vårdbehovet",
      en: "Non-urgent primary-care visits within 7 days of the need assessment",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä lääkärin tai hoitajan avosairaanhoidon käynneistä, jotka " +
        "toteutuivat enintään 7 vuorokautta hoidon tarpeen arvioinnin jälkeen.",
      sv:
        "Andel (%) icke-brådskande läkar- eller skötarbesök i öppen sjukvård som ägde rum högst 7 " +
        "dygn efter bedömningen av vårdbehovet.",
      en:
        "Share (%) of non-urgent doctor or nurse visits in primary care that took place at most 7 " +
        "days after the care need assessment.",
    },
    formula: {
      fi:
        "100 × käynnit, joissa odotus ≤ 7 vrk / kaikki P-PC-käynnit; odotus = käyntipäivä − hoidon " +
        "tarpeen arvioinnin päivä",
      sv: "100 × besök med väntetid ≤ 7 dygn / alla P-PC-besök; väntetid = besöksdag − dag för bedömning av vårdbehov",
      en: "100 × visits with wait ≤ 7 days / all P-PC visits; wait = visit_date − need_assessment_date",
    },
    numerator: { where: $.le(wait, 7) },
  }),
);

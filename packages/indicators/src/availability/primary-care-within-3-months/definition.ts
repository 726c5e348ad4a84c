/**
 * availability.primary_care.within_3_months — share of non-urgent primary-care visits within 3 calendar months (law
 * 150/1930 3 §; F25).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, needAssessmentDate, visitDate } from "../../build/health-care";

export const primaryCareWithin3Months = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.within_3_months",
    branch: "primary_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireetön avosairaanhoidon käynti 3 kuukauden kuluessa hoidon tarpeen arvioinnista",
      sv: "Icke-brådskande besök i öppen sjukvård inom 3 månader från bedömningen av vårdbehovet",
      en: "Non-urgent primary-care visits within 3 months of the need assessment",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä avosairaanhoidon käynneistä, jotka toteutuivat viimeistään " +
        "kolmen kalenterikuukauden kuluttua hoidon tarpeen arvioinnista (laki 150/1930, 3 §).",
      sv:
        "Andel (%) icke-brådskande besök i öppen sjukvård som ägde rum senast tre kalendermånader " +
        "efter bedömningen av vårdbehovet (lag 150/1930, 3 §).",
      en:
        "Share (%) of non-urgent primary-care visits that took place no later than three calendar " +
        "months after the need assessment (law 150/1930, 3 §).",
    },
    formula: {
      fi: "100 × käynnit, joissa käyntipäivä ≤ addMonths(arviointipäivä, 3) / kaikki P-PC-käynnit",
      sv: "100 × besök där besöksdag ≤ addMonths(bedömningsdag, 3) / alla P-PC-besök",
      en: "100 × visits with visit_date ≤ addMonths(need_assessment_date, 3) / all P-PC visits",
    },
    numerator: { where: $.le(visitDate, $.addMonths(needAssessmentDate, 3)) },
    legalBasis: ["Terveydenhuoltolaki 1326/2010, 51 §", "Laki säädettyjen määräaikain laskemisesta 150/1930, 3 §"],
  }),
);

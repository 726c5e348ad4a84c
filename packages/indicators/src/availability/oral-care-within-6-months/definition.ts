/**
 * availability.oral_care.within_6_months — share of non-urgent oral-care visits within 6 calendar months (P-OC; law
 * 150/1930 3 §).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, needAssessmentDate, visitDate } from "../../build/health-care";

export const oralCareWithin6Months = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.oral_care.within_6_months",
    branch: "oral_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireetön suun terveydenhuollon käynti 6 kuukauden kuluessa hoidon tarpeen arvioinnista",
      sv: "Icke-brådskande besök i mun- och tandvården inom 6 månader från bedömningen av vårdbehovet",
      en: "Non-urgent oral-care visits within 6 months of the need assessment",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä hammaslääkärin tai suuhygienistin käynneistä, jotka toteutuivat " +
        "viimeistään kuuden kalenterikuukauden kuluttua hoidon tarpeen arvioinnista.",
      sv:
        "Andel (%) icke-brådskande besök hos tandläkare eller munhygienist som ägde rum senast sex " +
        "kalendermånader efter bedömningen av vårdbehovet.",
      en:
        "Share (%) of non-urgent dentist or oral hygienist visits no later than six calendar " +
        "months after the need assessment.",
    },
    formula: {
      fi: "100 × käynnit, joissa käyntipäivä ≤ addMonths(arviointipäivä, 6) / kaikki P-OC-käynnit",
      sv: "100 × besök där besöksdag ≤ addMonths(bedömningsdag, 6) / alla P-OC-besök",
      en: "100 × visits with visit_date ≤ addMonths(need_assessment_date, 6) / all P-OC visits",
    },
    numerator: { where: $.le(visitDate, $.addMonths(needAssessmentDate, 6)) },
    legalBasis: ["Terveydenhuoltolaki 1326/2010, 51 §", "Laki 150/1930, 3 §"],
  }),
);

/**
 * availability.oral_care.within_3_months — share of non-urgent oral-care visits within 3 calendar months (P-OC; law
 * 150/1930 3 §).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, needAssessmentDate, visitDate } from "../../build/health-care";

export const oralCareWithin3Months = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.oral_care.within_3_months",
    branch: "oral_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireetön suun terveydenhuollon käynti 3 kuukauden kuluessa hoidon tarpeen arvioinnista",
      sv: "Icke-brådskande besök i mun- och tandvården inom 3 månader från bedömningen av vårdbehovet",
      en: "Non-urgent oral-care visits within 3 months of the need assessment",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä hammaslääkärin tai suuhygienistin käynneistä, jotka toteutuivat " +
        "viimeistään kolmen kalenterikuukauden kuluttua hoidon tarpeen arvioinnista.",
      sv:
        "Andel (%) icke-brådskande besök hos tandläkare eller munhygienist som ägde rum senast tre " +
        "kalendermånader efter bedömningen av vårdbehovet.",
      en:
        "Share (%) of non-urgent dentist or oral hygienist visits no later than three calendar " +
        "months after the need assessment.",
    },
    formula: {
      fi: "100 × käynnit, joissa käyntipäivä ≤ addMonths(arviointipäivä, 3) / kaikki P-OC-käynnit",
      sv: "100 × besök där besöksdag ≤ addMonths(bedömningsdag, 3) / alla P-OC-besök",
      en: "100 × visits with visit_date ≤ addMonths(need_assessment_date, 3) / all P-OC visits",
    },
    numerator: { where: $.le(visitDate, $.addMonths(needAssessmentDate, 3)) },
    legalBasis: ["Terveydenhuoltolaki 1326/2010, 51 §", "Laki 150/1930, 3 §"],
  }),
);

/**
 * availability.primary_care.care_guarantee_met — the visit was within the care-guarantee limit in force
 * on the need-assessment date (calendar.md "Legal deadlines change over time"): 3 months before
 * 2023-09-01 (THL 51 §), 14 days from 2023-09-01 (HE 74/2022; the planned 7-day step was cancelled by
 * HE 55/2023), and from 2025-01-01 3 months for clients aged 23 or over on the need-assessment date,
 * 14 days for younger ones (HE 134/2024, THL 51 a §).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, needAssessmentDate, visitDate, wait } from "../../build/health-care";

const withinThreeMonths = $.le(visitDate, $.addMonths(needAssessmentDate, 3));
const withinFourteenDays = $.le(wait, 14);
const ageOnAssessment = $.ageOn($.field("birth_date"), needAssessmentDate);

export const primaryCareCareGuaranteeMet = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.care_guarantee_met",
    branch: "primary_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Hoitotakuu toteutui kiireettömässä avosairaanhoidossa",
      sv: "Vårdgarantin uppfylldes i icke-brådskande öppen sjukvård",
      en: "Care guarantee met in non-urgent primary care",
    },
    description: {
      fi:
        "Osuus (%) kiireettömistä avosairaanhoidon käynneistä, jotka toteutuivat hoidon tarpeen " +
        "arvioinnin päivänä voimassa olleessa hoitotakuun määräajassa. Tilastollinen arvio: lain " +
        "määräaika koskee uuden asian ensikäyntiä, ja siitä on poikkeuksia, joita aineisto ei " +
        "erottele.",
      sv:
        "Andel (%) icke-brådskande besök i öppen sjukvård som ägde rum inom den vårdgarantitid som " +
        "gällde på dagen för bedömningen av vårdbehovet. En statistisk uppskattning: lagens " +
        "tidsgräns gäller första besöket i ett nytt ärende och har undantag som data inte anger.",
      en:
        "Share (%) of non-urgent primary-care visits within the care-guarantee limit in force on " +
        "the need-assessment date. A statistical proxy: the law's limit covers first visits for a " +
        "new matter and has exclusions the data does not mark.",
    },
    formula: {
      fi:
        "Arviointi ennen 1.9.2023: 3 kk; 1.9.2023–31.12.2024: 14 vrk; 1.1.2025 alkaen: 3 kk, jos " +
        "asiakas on arviointipäivänä täyttänyt 23 vuotta, muuten 14 vrk",
      sv:
        "Bedömning före 1.9.2023: 3 mån; 1.9.2023–31.12.2024: 14 dygn; från 1.1.2025: 3 mån om " +
        "klienten fyllt 23 år på bedömningsdagen, annars 14 dygn",
      en:
        "Assessment before 2023-09-01: 3 months; 2023-09-01…2024-12-31: 14 days; from 2025-01-01: " +
        "3 months if aged 23 or over on the assessment date, else 14 days",
    },
    numerator: {
      where: $.effective(needAssessmentDate, [
        {
          from: null,
          until: "2023-08-31",
          value: withinThreeMonths,
          source: "Terveydenhuoltolaki 51 § (before 1.9.2023)",
        },
        {
          from: "2023-09-01",
          until: "2024-12-31",
          value: withinFourteenDays,
          source: "Terveydenhuoltolaki 51 a §, HE 74/2022, HE 55/2023",
        },
        {
          from: "2025-01-01",
          until: null,
          when: $.ge(ageOnAssessment, 23),
          value: withinThreeMonths,
          source: "HE 134/2024",
        },
        {
          from: "2025-01-01",
          until: null,
          when: $.lt(ageOnAssessment, 23),
          value: withinFourteenDays,
          source: "HE 134/2024",
        },
      ]),
    },
    legalBasis: [
      "Terveydenhuoltolaki 1326/2010, 51 § and 51 a §",
      "HE 74/2022",
      "HE 55/2023",
      "HE 134/2024",
      "Laki 150/1930, 3 §",
    ],
  }),
);

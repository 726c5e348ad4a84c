/**
 * customer_experience.nps — the recommendation index of the national customer feedback (indicators.md;
 * kind `index`, F24): (promoters 9–10 − detractors 0–6) / answers × 100, 0 decimals, half away from zero.
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { EDITION_1 } from "../../build/changelog";
import { FEEDBACK_BREAKDOWNS } from "../../build/customer-feedback";
import { fieldsFor } from "../../build/fields";

const answer = $.field("answer");

export const nps = defineCheckedIndicator({
  id: "customer_experience.nps",
  version: "1.0.0",
  area: "customer_experience",
  kind: "index",
  unit: "index",
  decimals: 0,
  title: { fi: "Suositteluindeksi (NPS)", sv: "Rekommendationsindex (NPS)", en: "Net promoter score (NPS)" },
  description: {
    fi:
      "Suosittelijoiden (9–10) ja arvostelijoiden (0–6) osuuksien erotus prosenttiyksikköinä " +
      "suositteluun vastanneista.",
    sv:
      "Skillnaden mellan andelen rekommendatörer (9–10) och kritiker (0–6) i procentenheter av " +
      "dem som svarat på rekommendationsfrågan.",
    en: "Promoters (9–10) minus detractors (0–6) as percentage points of the answers to the recommendation question.",
  },
  formula: {
    fi: "100 × (suosittelijat − arvostelijat) / vastaukset",
    sv: "100 × (rekommendatörer − kritiker) / svar",
    en: "100 × (promoters − detractors) / answers",
  },
  concepts: ["customer_feedback_answer"],
  fields: fieldsFor("customer_feedback_answer"),
  source: { concept: "customer_feedback_answer", date: $.field("response_date"), organizerField: "organizer_code" },
  periods: "interval",
  asOf: false,
  let: {},
  population: [
    {
      reason: "question_code",
      keep: $.eq($.field("question_code"), "nps"),
      text: { fi: "suositteluk­ysymys", sv: "rekommendationsfrågan", en: "question_code = nps" },
    },
  ],
  numerator: {
    value: $.case(
      [
        [$.in(answer, ["9", "10"]), 1],
        [$.in(answer, ["0", "1", "2", "3", "4", "5", "6"]), -1],
      ],
      0,
    ),
  },
  denominator: {},
  scale: 100,
  breakdowns: FEEDBACK_BREAKDOWNS,
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: ["Kansallinen asiakaspalaute (STM, THL)"],
  changelog: EDITION_1,
});

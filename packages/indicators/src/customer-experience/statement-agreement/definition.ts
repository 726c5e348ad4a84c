/**
 * customer_experience.statement_agreement — share agreeing (4 or 5) with each national core statement
 * S1…S7, always broken down by `question_code`; `eos` (can't say) answers are outside the population.
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { EDITION_1 } from "../../build/changelog";
import { FEEDBACK_BREAKDOWNS } from "../../build/customer-feedback";
import { fieldsFor } from "../../build/fields";

const STATEMENTS = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"];

export const statementAgreement = defineCheckedIndicator({
  id: "customer_experience.statement_agreement",
  version: "1.0.0",
  area: "customer_experience",
  kind: "proportion",
  unit: "percent",
  decimals: 1,
  title: {
    fi: "Väittämän kanssa samaa mieltä olevien osuus",
    sv: "Andelen som instämmer i påståendet",
    en: "Agreement with the national core statements",
  },
  description: {
    fi:
      "Osuus (%) vastaajista, jotka ovat täysin tai jokseenkin samaa mieltä (4–5) kansallisen " +
      "asiakaspalautteen ydinväittämän kanssa; 'en osaa sanoa' -vastaukset eivät ole mukana.",
    sv:
      "Andel (%) som helt eller delvis instämmer (4–5) i ett kärnpåstående i den nationella " +
      "kundresponsen; svaren 'kan inte säga' ingår inte.",
    en:
      "Share (%) agreeing (4–5) with a national core statement of the customer feedback; 'can't " +
      "say' answers are left out.",
  },
  formula: {
    fi: "100 × vastaukset 4 tai 5 / vastaukset 1–5",
    sv: "100 × svar 4 eller 5 / svar 1–5",
    en: "100 × answers 4 or 5 / answers 1–5",
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
      keep: $.in($.field("question_code"), STATEMENTS),
      text: { fi: "ydinväittämä S1–S7", sv: "kärnpåstående S1–S7", en: "question_code S1…S7" },
    },
    {
      reason: "cannot_say",
      keep: $.ne($.field("answer"), "eos"),
      text: { fi: "ei 'en osaa sanoa'", sv: "inte 'kan inte säga'", en: "answer is not eos" },
    },
  ],
  numerator: { where: $.in($.field("answer"), ["4", "5"]) },
  denominator: {},
  scale: 100,
  breakdowns: { ...FEEDBACK_BREAKDOWNS, question_code: { kind: "field", field: "question_code", order: STATEMENTS } },
  forced: { dimension: "question_code", inDenominator: true },
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: ["Kansallinen asiakaspalaute (STM, THL)"],
  changelog: EDITION_1,
});

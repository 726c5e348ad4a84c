/**
 * availability.child_welfare.assessment_completed_within_3_months — LsL 417/2007 27 §: the service need
 * assessment must be completed within 3 months of the matter being opened (calendar months, law
 * 150/1930 3 §). Pending rule and as-of by indicators.md and F28; `assessment_started` is true when a
 * completion date is given (F13).
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { EDITION_1 } from "../../build/changelog";
import { childWelfareBreakdowns, metBy, notPending } from "../../build/deadlines";
import { fieldsFor } from "../../build/fields";

const opened = $.field("opened_date");
const completed = $.field("assessment_completed_date");
const deadline = $.ref("deadline");

export const childWelfareAssessmentCompletedWithin3Months = defineCheckedIndicator({
  id: "availability.child_welfare.assessment_completed_within_3_months",
  version: "1.0.0",
  area: "availability",
  kind: "proportion",
  unit: "percent",
  decimals: 1,
  title: {
    fi: "Lastensuojelun palvelutarpeen arviointi valmis 3 kuukauden kuluessa",
    sv: "Bedömningen av servicebehovet inom barnskyddet klar inom 3 månader",
    en: "Child welfare: service need assessment completed within 3 months",
  },
  description: {
    fi:
      "Osuus (%) aloitetuista lastensuojelun palvelutarpeen arvioinneista, jotka valmistuivat " +
      "viimeistään kolmen kuukauden kuluttua asian vireilletulosta.",
    sv:
      "Andel (%) inledda bedömningar av servicebehovet inom barnskyddet som blev klara senast " +
      "tre månader efter att ärendet inleddes.",
    en:
      "Share (%) of started child welfare service need assessments completed no later than three " +
      "months after the matter was opened.",
  },
  formula: {
    fi:
      "100 × arvioinnit, joissa valmistumispäivä ≤ addMonths(vireilletulopäivä, 3) / aloitetut " +
      "arvioinnit, pois lukien kesken olevat",
    sv: "100 × bedömningar klara senast addMonths(inledningsdag, 3) / inledda bedömningar utom pågående",
    en:
      "100 × assessments with assessment_completed_date ≤ addMonths(opened_date, 3) / started " +
      "assessments excluding pending ones",
  },
  concepts: ["child_welfare_case"],
  fields: fieldsFor("child_welfare_case"),
  source: { concept: "child_welfare_case", date: opened },
  periods: "interval",
  asOf: true,
  let: { deadline: $.addMonths(opened, 3) },
  population: [
    {
      reason: "assessment_not_started",
      keep: $.eq($.field("assessment_started"), true),
      text: { fi: "arviointi aloitettu", sv: "bedömningen inledd", en: "assessment started" },
    },
    notPending(completed, deadline, {
      fi: "ei kesken: valmis tilannepäivään mennessä tai määräaika päättynyt",
      sv: "inte pågående: klar före lägesdagen eller tidsfristen har gått ut",
      en: "not pending: completed by the as-of date, or the deadline is not after it",
    }),
  ],
  numerator: { where: metBy(completed, deadline) },
  scale: 100,
  breakdowns: childWelfareBreakdowns(opened),
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: ["Lastensuojelulaki 417/2007, 27 §", "Laki 150/1930, 3 §"],
  changelog: EDITION_1,
});

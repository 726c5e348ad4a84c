/**
 * availability.child_welfare.decision_within_7_working_days — LsL 417/2007 26 §: after a child welfare
 * notification it must be decided within 7 working days whether to start the service need assessment.
 * Working days by law 150/1930 (calendar.md); pending rule and as-of by indicators.md and F28.
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { EDITION_1 } from "../../build/changelog";
import { childWelfareBreakdowns, metBy, notPending } from "../../build/deadlines";
import { fieldsFor } from "../../build/fields";

const opened = $.field("opened_date");
const decision = $.field("decision_date");
const deadline = $.ref("deadline");

export const childWelfareDecisionWithin7WorkingDays = defineCheckedIndicator({
  id: "availability.child_welfare.decision_within_7_working_days",
  version: "1.0.0",
  area: "availability",
  kind: "proportion",
  unit: "percent",
  decimals: 1,
  title: {
    fi: "Lastensuojeluasian ratkaisu 7 arkipäivän kuluessa vireilletulosta",
    sv: "Beslut i barnskyddsärende inom 7 vardagar från att ärendet inleddes",
    en: "Child welfare: decision within 7 working days of the matter being opened",
  },
  description: {
    fi:
      "Osuus (%) vireille tulleista lastensuojeluasioista, joissa päätös palvelutarpeen " +
      "arvioinnin aloittamisesta tehtiin viimeistään seitsemäntenä arkipäivänä.",
    sv:
      "Andel (%) inledda barnskyddsärenden där beslutet om att inleda bedömningen av " +
      "servicebehovet fattades senast den sjunde vardagen.",
    en:
      "Share (%) of child welfare matters where it was decided by the 7th working day whether to " +
      "start the service need assessment.",
  },
  formula: {
    fi: "100 × asiat, joissa ratkaisupäivä ≤ 7. arkipäivä vireilletulosta / asiat, pois lukien kesken olevat",
    sv: "100 × ärenden med beslutsdag ≤ 7:e vardagen / ärenden utom pågående",
    en: "100 × matters with decision_date ≤ workingDayDeadline(opened_date, 7) / matters excluding pending ones",
  },
  concepts: ["child_welfare_case"],
  fields: fieldsFor("child_welfare_case"),
  source: { concept: "child_welfare_case", date: opened },
  periods: "interval",
  asOf: true,
  let: { deadline: $.workingDayDeadline(opened, 7) },
  population: [
    notPending(decision, deadline, {
      fi: "ei kesken: ratkaistu tilannepäivään mennessä tai määräaika päättynyt",
      sv: "inte pågående: beslut före lägesdagen eller tidsfristen har gått ut",
      en: "not pending: decided by the as-of date, or the deadline is not after it",
    }),
  ],
  numerator: { where: metBy(decision, deadline) },
  scale: 100,
  breakdowns: childWelfareBreakdowns(opened),
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: ["Lastensuojelulaki 417/2007, 26 §", "Laki 150/1930, 2 § ja 5 §"],
  changelog: EDITION_1,
});

/**
 * availability.social_care.assessment_started_within_7_working_days — SHL 1301/2014 36 §: the service
 * need assessment must start by the 7th working day after the matter was opened for clients aged 75 or
 * over, receiving the highest care allowance, or in need of special support as children. Working days
 * by law 150/1930 (calendar.md); as-of and pending rules by indicators.md and F28.
 */
import { $, defineCheckedIndicator } from "@virta/core";
import { ageGroupOn, municipality, organizer, sex, subPeriods } from "../../build/breakdowns";
import { EDITION_1 } from "../../build/changelog";
import { metBy, notPending } from "../../build/deadlines";
import { fieldsFor } from "../../build/fields";

const initiated = $.field("initiated_date");
const started = $.field("started_date");
const deadline = $.ref("deadline");

export const socialCareAssessmentStartedWithin7WorkingDays = defineCheckedIndicator({
  id: "availability.social_care.assessment_started_within_7_working_days",
  version: "1.0.0",
  area: "availability",
  kind: "proportion",
  unit: "percent",
  decimals: 1,
  title: {
    fi: "Palvelutarpeen arviointi aloitettu 7 arkipäivän kuluessa",
    sv: "Bedömningen av servicebehovet inleddes inom 7 vardagar",
    en: "Social-care service need assessment started within 7 working days",
  },
  description: {
    fi:
      "Osuus (%) kiireettömistä palvelutarpeen arvioinneista, jotka aloitettiin viimeistään " +
      "seitsemäntenä arkipäivänä asian vireilletulosta, kun 7 arkipäivän sääntö koskee asiakasta " +
      "(75 vuotta täyttänyt, ylin hoitotuki tai erityistä tukea tarvitseva lapsi).",
    sv:
      "Andel (%) icke-brådskande bedömningar av servicebehovet som inleddes senast den sjunde " +
      "vardagen efter att ärendet inleddes, när regeln om 7 vardagar gäller klienten (fyllt 75 " +
      "år, högsta vårdbidrag eller barn i behov av särskilt stöd).",
    en:
      "Share (%) of non-urgent service need assessments started by the 7th working day after the " +
      "matter was opened, for clients the 7-working-day rule applies to (aged 75 or over, " +
      "highest care allowance, or a child in need of special support).",
  },
  formula: {
    fi:
      "100 × arvioinnit, joissa aloituspäivä ≤ 7. arkipäivä vireilletulosta (ja ≤ tilannepäivä) " +
      "/ arvioinnit, pois lukien kesken olevat",
    sv: "100 × bedömningar inledda senast den 7:e vardagen (och senast lägesdagen) / bedömningar utom pågående",
    en:
      "100 × assessments with started_date ≤ workingDayDeadline(initiated_date, 7) (and ≤ as-of) " +
      "/ assessments excluding pending ones",
  },
  concepts: ["social_care_assessment"],
  fields: fieldsFor("social_care_assessment"),
  source: { concept: "social_care_assessment", date: initiated },
  periods: "interval",
  asOf: true,
  let: { deadline: $.workingDayDeadline(initiated, 7) },
  population: [
    {
      reason: "urgent",
      keep: $.eq($.field("urgent"), false),
      text: { fi: "ei kiireellinen", sv: "inte brådskande", en: "not urgent" },
    },
    {
      reason: "rule_not_applicable",
      keep: $.or(
        $.ge($.ageOn($.field("birth_date"), initiated), 75),
        $.eq($.field("highest_care_allowance"), true),
        $.eq($.field("client_group"), "child_special_support"),
      ),
      text: {
        fi: "75 vuotta täyttänyt vireilletulopäivänä, ylin hoitotuki tai erityistä tukea tarvitseva lapsi",
        sv: "fyllt 75 år då ärendet inleddes, högsta vårdbidrag eller barn i behov av särskilt stöd",
        en: "aged 75 or over on initiated_date, highest care allowance, or client group child_special_support",
      },
    },
    notPending(started, deadline, {
      fi: "ei kesken: arviointi aloitettu tilannepäivään mennessä tai määräaika päättynyt",
      sv: "inte pågående: bedömningen inledd före lägesdagen eller tidsfristen har gått ut",
      en: "not pending: started by the as-of date, or the deadline is not after it",
    }),
  ],
  numerator: { where: metBy(started, deadline) },
  scale: 100,
  breakdowns: {
    organizer,
    municipality,
    client_group: {
      kind: "field",
      field: "client_group",
      order: ["older_people", "disability", "family", "adult", "child_special_support"],
    },
    sex,
    age_group: ageGroupOn(initiated),
    ...subPeriods("month", "quarter", "tertial"),
  },
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: ["Sosiaalihuoltolaki 1301/2014, 36 §", "Laki 150/1930, 2 § ja 5 §"],
  changelog: EDITION_1,
});

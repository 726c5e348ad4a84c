/**
 * The specialised-care waiting list on a census date C (indicators.md "Specialised care"): a referral is
 * on the list when it arrived on or before C and neither treatment nor removal happened on or before C;
 * `wait = days(referral_received_date, C)`. Census indicators take only a census date (F26), and every
 * row not on the list is excluded `not_on_list` (there is no outside_period for a census: this
 * project's reading of F15, documented in the indicator docs).
 */
import { $, type Definition } from "@virta/core";
import { ageGroupOn, municipality, organizer, sex } from "./breakdowns";
import { EDITION_1 } from "./changelog";
import { fieldsFor } from "./fields";

const census = $.param("census_date");
const notDoneBy = (field: string) => $.or($.isNull($.field(field)), $.gt($.field(field), census));

/** A waiting-list share of referrals waiting more than `days` days on the census date. */
export function waitingOverIndicator(
  days: 90 | 180,
  texts: Pick<Definition, "title" | "description" | "formula">,
): Definition {
  return {
    id: `availability.specialised_care.waiting_over_${days}_days`,
    version: "1.0.0",
    area: "availability",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    ...texts,
    concepts: ["specialised_care_referral"],
    fields: fieldsFor("specialised_care_referral"),
    source: { concept: "specialised_care_referral", date: census },
    periods: "census",
    asOf: false,
    let: { wait: $.days($.field("referral_received_date"), census) },
    population: [
      {
        reason: "not_on_list",
        keep: $.and(
          $.le($.field("referral_received_date"), census),
          notDoneBy("treatment_date"),
          notDoneBy("removed_date"),
        ),
        text: {
          fi:
            "lähete saapunut viimeistään laskentapäivänä, eikä hoito ole alkanut eikä lähetettä " +
            "poistettu laskentapäivään mennessä",
          sv: "remissen mottagen senast på räknedagen, och varken vård eller avförande före eller på räknedagen",
          en: "received on or before the census date, neither treated nor removed on or before it",
        },
      },
    ],
    numerator: { where: $.gt($.ref("wait"), days) },
    scale: 100,
    breakdowns: {
      organizer,
      municipality,
      specialty: { kind: "field", field: "specialty" },
      sex,
      age_group: ageGroupOn(census),
    },
    disclosure: { policy: "national-1", basis: "denominator" },
    legalBasis: ["Terveydenhuoltolaki 1326/2010, 52 §"],
    changelog: EDITION_1,
  };
}

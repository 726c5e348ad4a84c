/**
 * availability.specialised_care.waiting_over_90_days — share of the waiting list on a census date that has waited over
 * 90 days.
 */
import { defineCheckedIndicator } from "@virta/core";
import { waitingOverIndicator } from "../../build/specialised-care";

export const specialisedCareWaitingOver90Days = defineCheckedIndicator(
  waitingOverIndicator(90, {
    title: {
      fi: "Erikoissairaanhoitoa yli 90 vuorokautta odottaneiden osuus",
      sv: "Andel som väntat över 90 dygn på specialiserad sjukvård",
      en: "Specialised-care waiting list: share waiting over 90 days",
    },
    description: {
      fi: "Laskentapäivänä jonossa olevista lähetteistä niiden osuus (%), joiden odotus on yli 90 vuorokautta.",
      sv: "Andel (%) av remisserna i kö på räknedagen som väntat över 90 dygn.",
      en: "Share (%) of the referrals on the waiting list on the census date that have waited more than 90 days.",
    },
    formula: {
      fi: "100 × jonossa olevat, joilla laskentapäivä − lähetteen saapumispäivä > 90 / kaikki jonossa olevat",
      sv: "100 × köande med räknedag − mottagningsdag > 90 / alla köande",
      en: "100 × referrals on the list with days(referral_received_date, C) > 90 / all referrals on the list",
    },
  }),
);

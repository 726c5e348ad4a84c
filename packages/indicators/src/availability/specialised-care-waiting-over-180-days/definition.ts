/**
 * availability.specialised_care.waiting_over_180_days — share of the waiting list on a census date that has waited
 * over 180 days.
 */
import { defineCheckedIndicator } from "@virta/core";
import { waitingOverIndicator } from "../../build/specialised-care";

export const specialisedCareWaitingOver180Days = defineCheckedIndicator(
  waitingOverIndicator(180, {
    title: {
      fi: "Erikoissairaanhoitoa yli 180 vuorokautta odottaneiden osuus",
      sv: "Andel som väntat över 180 dygn på specialiserad sjukvård",
      en: "Specialised-care waiting list: share waiting over 180 days",
    },
    description: {
      fi: "Laskentapäivänä jonossa olevista lähetteistä niiden osuus (%), joiden odotus on yli 180 vuorokautta.",
      sv: "Andel (%) av remisserna i kö på räknedagen som väntat över 180 dygn.",
      en: "Share (%) of the referrals on the waiting list on the census date that have waited more than 180 days.",
    },
    formula: {
      fi: "100 × jonossa olevat, joilla laskentapäivä − lähetteen saapumispäivä > 180 / kaikki jonossa olevat",
      sv: "100 × köande med räknedag − mottagningsdag > 180 / alla köande",
      en: "100 × referrals on the list with days(referral_received_date, C) > 180 / all referrals on the list",
    },
  }),
);

/**
 * availability.primary_care.wait_band_share — the share of P-PC visits in each waiting band
 * (`availability_days`); always broken down by `wait_band` (last), whose share is taken of all rows of
 * the same cell without the band (indicators.md; F18, F19).
 */
import { defineCheckedIndicator } from "@virta/core";
import { AVAILABILITY_DAYS_BANDS } from "../../build/breakdowns";
import { healthCareIndicator, wait } from "../../build/health-care";

export const primaryCareWaitBandShare = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.wait_band_share",
    branch: "primary_care",
    kind: "proportion",
    unit: "percent",
    decimals: 1,
    title: {
      fi: "Kiireettömien avosairaanhoidon käyntien jakauma odotusajan mukaan",
      sv: "Fördelningen av icke-brådskande besök i öppen sjukvård efter väntetid",
      en: "Non-urgent primary-care visits by waiting band",
    },
    description: {
      fi:
        "Kunkin odotusaikaluokan (0, 1–7, 8–14, 15–28, 29–90, 91–180, yli 180 vrk) osuus (%) " +
        "kiireettömistä avosairaanhoidon käynneistä.",
      sv:
        "Andel (%) icke-brådskande besök i öppen sjukvård i varje väntetidsklass (0, 1–7, 8–14, " +
        "15–28, 29–90, 91–180, över 180 dygn).",
      en:
        "Share (%) of non-urgent primary-care visits in each waiting band (0, 1–7, 8–14, 15–28, " +
        "29–90, 91–180, 181+ days).",
    },
    formula: {
      fi: "100 × luokan käynnit / saman solun kaikki käynnit",
      sv: "100 × besök i klassen / alla besök i samma cell",
      en: "100 × visits in the band / all visits of the same cell without the band",
    },
    numerator: {},
    extraBreakdowns: {
      wait_band: { kind: "band", value: wait, set: "availability_days", bands: AVAILABILITY_DAYS_BANDS },
    },
    forced: { dimension: "wait_band", inDenominator: false },
  }),
);

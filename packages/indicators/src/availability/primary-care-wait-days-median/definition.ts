/**
 * availability.primary_care.wait_days_median — the median wait in days over P-PC (type-7 quantile, indicators.md
 * "Quantiles").
 */
import { defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, wait } from "../../build/health-care";

export const primaryCareWaitDaysMedian = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.wait_days_median",
    branch: "primary_care",
    kind: "quantile",
    unit: "days",
    decimals: 1,
    title: {
      fi: "Odotusajan mediaani kiireettömässä avosairaanhoidossa (vrk)",
      sv: "Median för väntetiden i icke-brådskande öppen sjukvård (dygn)",
      en: "Median wait in non-urgent primary care (days)",
    },
    description: {
      fi:
        "Hoidon tarpeen arvioinnista käyntiin kuluneiden vuorokausien mediaani kiireettömissä " +
        "avosairaanhoidon käynneissä.",
      sv: "Median för antalet dygn från bedömningen av vårdbehovet till besöket i icke-brådskande öppen sjukvård.",
      en: "Median number of days from the care need assessment to the visit in non-urgent primary care.",
    },
    formula: {
      fi: "Odotusaikojen kvantiili p = 0,5 lineaarisella interpoloinnilla (tyyppi 7)",
      sv: "Kvantil p = 0,5 av väntetiderna med linjär interpolation (typ 7)",
      en: "Quantile p = 0.5 of the waits by linear interpolation (type 7)",
    },
    quantile: { value: wait, p: "0.5" },
  }),
);

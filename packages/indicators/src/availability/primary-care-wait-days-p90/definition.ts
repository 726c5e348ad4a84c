/** availability.primary_care.wait_days_p90 — the 90th percentile of the wait in days over P-PC (type-7 quantile). */
import { defineCheckedIndicator } from "@virta/core";
import { healthCareIndicator, wait } from "../../build/health-care";

export const primaryCareWaitDaysP90 = defineCheckedIndicator(
  healthCareIndicator({
    id: "availability.primary_care.wait_days_p90",
    branch: "primary_care",
    kind: "quantile",
    unit: "days",
    decimals: 1,
    title: {
      fi: "Odotusajan 90. persentiili kiireettömässä avosairaanhoidossa (vrk)",
      sv: "90:e percentilen för väntetiden i icke-brådskande öppen sjukvård (dygn)",
      en: "90th percentile of the wait in non-urgent primary care (days)",
    },
    description: {
      fi: "Odotusaika, jota 90 % kiireettömistä avosairaanhoidon käynneistä ei ylittänyt.",
      sv: "Den väntetid som 90 % av de icke-brådskande besöken i öppen sjukvård inte överskred.",
      en: "The wait that 90% of non-urgent primary-care visits did not exceed.",
    },
    formula: {
      fi: "Odotusaikojen kvantiili p = 0,9 lineaarisella interpoloinnilla (tyyppi 7)",
      sv: "Kvantil p = 0,9 av väntetiderna med linjär interpolation (typ 7)",
      en: "Quantile p = 0.9 of the waits by linear interpolation (type 7)",
    },
    quantile: { value: wait, p: "0.9" },
  }),
);

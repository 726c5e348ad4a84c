/** Breakdowns of the national customer feedback indicators (indicators.md "Customer experience"). */
import type { BreakdownSpec } from "@virta/core";
import { organizer, subPeriods } from "./breakdowns";

export const FEEDBACK_BREAKDOWNS: Record<string, BreakdownSpec> = {
  organizer,
  service_code: { kind: "field", field: "service_code" },
  respondent_age_group: {
    kind: "field",
    field: "respondent_age_group",
    order: ["7-12", "13-17", "18-64", "65+", "unknown"],
    ageGroupSet: "feedback",
  },
  ...subPeriods("month", "quarter", "tertial", "half"),
};

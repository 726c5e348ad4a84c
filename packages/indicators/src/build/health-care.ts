/**
 * The common populations P-PC (primary care, non-urgent) and P-OC (oral care, non-urgent) of
 * indicators.md "Availability — health care", their breakdowns and the wait
 * `days(need_assessment_date, visit_date)`. Exclusion reasons in the order the text lists the
 * conditions (fine-print F15): service_branch, urgency, professional_group, no_need_assessment.
 */
import { $, type BreakdownSpec, type Definition, type PopulationRule } from "@virta/core";
import { ageGroupOn, municipality, organizer, sex, subPeriods } from "./breakdowns";
import { EDITION_1 } from "./changelog";
import { fieldsFor } from "./fields";

export const visitDate = $.field("visit_date");
export const needAssessmentDate = $.field("need_assessment_date");
/** `wait = days(need_assessment_date, visit_date)`. */
export const wait = $.ref("wait");

/** The population rules of P-PC or P-OC. */
export function healthCarePopulation(branch: "primary_care" | "oral_care"): PopulationRule[] {
  const groups = branch === "primary_care" ? ["doctor", "nurse"] : ["dentist", "oral_hygienist"];
  return [
    {
      reason: "service_branch",
      keep: $.eq($.field("service_branch"), branch),
      text:
        branch === "primary_care"
          ? { fi: "avosairaanhoito", sv: "öppen sjukvård", en: "service branch is primary care" }
          : { fi: "suun terveydenhuolto", sv: "mun- och tandvård", en: "service branch is oral care" },
    },
    {
      reason: "urgency",
      keep: $.eq($.field("urgency"), "non_urgent"),
      text: { fi: "kiireetön", sv: "icke-brådskande", en: "non-urgent" },
    },
    {
      reason: "professional_group",
      keep: $.in($.field("professional_group"), groups),
      text: {
        fi: `ammattiryhmä ${groups.join(" tai ")}`,
        sv: `yrkesgrupp ${groups.join(" eller ")}`,
        en: `professional group ${groups.join(" or ")}`,
      },
    },
    {
      reason: "no_need_assessment",
      keep: $.isPresent(needAssessmentDate),
      text: {
        fi: "hoidon tarpeen arvioinnin päivä on annettu",
        sv: "datum för bedömning av vårdbehov finns",
        en: "need assessment date present",
      },
    },
  ];
}

/** Breakdowns allowed for P-PC and P-OC. */
export const HEALTH_CARE_BREAKDOWNS: Record<string, BreakdownSpec> = {
  organizer,
  municipality,
  professional_group: {
    kind: "field",
    field: "professional_group",
    order: ["doctor", "nurse", "dentist", "oral_hygienist", "other"],
  },
  contact_mode: { kind: "field", field: "contact_mode", order: ["in_person", "remote"] },
  sex,
  age_group: ageGroupOn(visitDate),
  ...subPeriods("month", "quarter", "tertial"),
};

type HealthCareParts = Pick<Definition, "id" | "title" | "description" | "formula" | "kind" | "unit" | "decimals"> &
  Partial<Pick<Definition, "numerator" | "quantile" | "forced" | "legalBasis">> & {
    branch: "primary_care" | "oral_care";
    extraBreakdowns?: Record<string, BreakdownSpec>;
  };

/** A definition over P-PC or P-OC. */
export function healthCareIndicator(parts: HealthCareParts): Definition {
  const { branch, extraBreakdowns, ...rest } = parts;
  return {
    version: "1.0.0",
    area: "availability",
    concepts: ["health_care_visit"],
    fields: fieldsFor("health_care_visit"),
    source: { concept: "health_care_visit", date: visitDate },
    periods: "interval",
    asOf: false,
    let: { wait: $.days(needAssessmentDate, visitDate) },
    population: healthCarePopulation(branch),
    scale: rest.kind === "proportion" ? 100 : 1,
    breakdowns: { ...HEALTH_CARE_BREAKDOWNS, ...extraBreakdowns },
    disclosure: { policy: "national-1", basis: "denominator" },
    legalBasis: ["Terveydenhuoltolaki 1326/2010, 51 §, 51 a §"],
    changelog: EDITION_1,
    ...rest,
  };
}

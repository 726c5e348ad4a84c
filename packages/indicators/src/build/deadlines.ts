/**
 * Shared parts of the deadline indicators with an as-of date (indicators.md "Availability — social
 * care"; F28): a row is pending — excluded — when the event has not happened by the as-of date A (absent
 * or after A) and its deadline is after A; the numerator counts events on or before both the deadline
 * and A ("a date after A counts as not yet happened").
 */
import { $, type BreakdownSpec, type Expression, type PopulationRule } from "@virta/core";
import { ageGroupOn, municipality, organizer, sex, subPeriods } from "./breakdowns";

const asOf = $.param("as_of");

/** The pending rule for an event field and its deadline. */
export function notPending(event: Expression, deadline: Expression, text: PopulationRule["text"]): PopulationRule {
  return {
    reason: "pending",
    keep: $.not($.and($.or($.isNull(event), $.gt(event, asOf)), $.gt(deadline, asOf))),
    ...(text ? { text } : {}),
  };
}

/** Met: the event happened on or before the deadline and on or before the as-of date. */
export function metBy(event: Expression, deadline: Expression): Expression {
  return $.and($.le(event, deadline), $.le(event, asOf));
}

/**
 * Breakdowns of the child welfare indicators: the case's organizer, municipality, sex, age on the opening date,
 * sub-periods.
 */
export function childWelfareBreakdowns(opened: Expression): Record<string, BreakdownSpec> {
  return {
    organizer,
    municipality,
    sex,
    age_group: ageGroupOn(opened),
    ...subPeriods("month", "quarter", "tertial", "half"),
  };
}

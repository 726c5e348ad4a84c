/**
 * The row-level checks of a concept model as a zod refinement: the municipality must exist in the
 * classification of the row's year (classifications.md), organizer and municipality must agree (F10),
 * `population` needs a municipality or an organizer, customer-feedback answers must fit their question,
 * and the row rules (F8, F12, F13). This is the plain interpreter of the model; the validator compiles
 * the same tables into closures, and a test checks that both accept and reject the same rows.
 */
import { compileRuleFailure, dayNumber, type DayNumber, tryParseDate, yearOf } from "@virta/core";
import type { z } from "zod";
import { municipalityTable } from "../classifications/municipalities";
import type { ConceptModel } from "./concept-model";

type Row = Record<string, unknown>;

/** The day that places a row in a period (F10): the event date, or 31 December of `year`. */
export function eventDayOf(model: ConceptModel, row: Row): DayNumber | null {
  const value = row[model.eventDateField];
  if (model.eventDateField === "year") {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 9999
      ? dayNumber(value, 12, 31)
      : null;
  }
  return typeof value === "string" ? tryParseDate(value) : null;
}

function dateOf(row: Row, field: string): DayNumber | null {
  const value = row[field];
  return typeof value === "string" ? tryParseDate(value) : null;
}

/** The values of a canonical row in field order, dates as day numbers (what compiled rules read). */
function ruleValues(model: ConceptModel, row: Row): unknown[] {
  return model.fields.map((field) => (field.type === "date" ? dateOf(row, field.name) : (row[field.name] ?? null)));
}

const RULES = new WeakMap<ConceptModel, Array<(values: readonly unknown[]) => boolean>>();

function ruleTests(model: ConceptModel): Array<(values: readonly unknown[]) => boolean> {
  let tests = RULES.get(model);
  if (tests === undefined) {
    const indexOf = (name: string) => model.fields.findIndex((field) => field.name === name);
    tests = model.rules.map((rule) => compileRuleFailure(rule.holds, indexOf));
    RULES.set(model, tests);
  }
  return tests;
}

/**
 * A `superRefine` callback checking the row-level rules of `model` on a canonical row.
 *
 * @example
 * ```ts
 * const schema = z.object({ … }).superRefine(rowChecks(healthCareVisitModel));
 * ```
 */
export function rowChecks(model: ConceptModel): (row: Row, context: z.RefinementCtx) => void {
  return (row, context) => {
    const issue = (reason: string, field: string, message: string) =>
      context.addIssue({ code: "custom", path: [field], message: `${reason}: ${message}`, params: { reason } });
    const eventDay = eventDayOf(model, row);
    if (eventDay === null) return; // the event field itself is invalid: zod reports it on the field
    const year = yearOf(eventDay);
    const municipality = row.municipality_code;
    const organizer = row.organizer_code;
    if (model.name === "population" && municipality == null && organizer == null) {
      issue("missing", "municipality_code", "municipality_code or organizer_code is required");
      return;
    }
    if (typeof municipality === "string") {
      const owner = municipalityTable(year).get(municipality);
      if (owner === undefined) {
        issue(
          "unknown_code",
          "municipality_code",
          `municipality ${municipality} is not in the classification of ${year}`,
        );
        return;
      }
      if (typeof organizer === "string" && organizer !== owner) {
        issue(
          "organizer_mismatch",
          "organizer_code",
          `municipality ${municipality} belongs to organizer ${owner}, not ${organizer}`,
        );
        return;
      }
    }
    if (model.name === "customer_feedback_answer") {
      const answer = row.answer;
      const ok =
        row.question_code === "nps"
          ? typeof answer === "number" && answer >= 0 && answer <= 10
          : answer === "eos" || (typeof answer === "number" && answer >= 1 && answer <= 5);
      if (!ok) {
        issue("out_of_range", "answer", "nps answers are 0–10; S1…S7 answers are 1–5 or eos");
        return;
      }
    }
    const tests = ruleTests(model);
    const values = tests.length === 0 ? [] : ruleValues(model, row);
    for (let index = 0; index < tests.length; index += 1) {
      if (tests[index]!(values)) {
        const rule = model.rules[index]!;
        issue(rule.reason, rule.field, rule.description);
        return;
      }
    }
  };
}

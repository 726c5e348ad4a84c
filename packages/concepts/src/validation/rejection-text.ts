/**
 * The messages of rejected rows (concepts.md; fine-print F6, F8, F9, F10, F11): built only for the
 * rows a validator rejects, from the row's normalised values (dates as day numbers, absent = null).
 */
import type { FieldSpec, RejectionReason } from "../model/concept-model";
import type { CompiledConcept, CompiledRule } from "./compiled-concept";
import { fieldExpectation, fieldProblem, ruleProblem } from "./messages";
import { shownDate } from "./summary";
import { shownValue } from "./text";

/**
 * The problem of a field that failed its check, with what was expected (F8).
 *
 * @example
 * ```ts
 * fieldMessage(sexField, "not_in_list", "x", 2024); // "sex \"x\" is not … ; expected …"
 * ```
 */
export function fieldMessage(field: FieldSpec, reason: RejectionReason, shown: string, year: number): string {
  return `${fieldProblem(field, reason, shown, year)}; expected ${fieldExpectation(field, reason, year)}`;
}

/** The problem of an organizer that is not the one of the row's municipality in its year (F10). */
export function mismatchMessage(
  compiled: CompiledConcept,
  values: readonly unknown[],
  owner: string,
  year: number,
): string {
  const municipality = values[compiled.municipalityIndex] as string;
  const given = String(values[compiled.organizerIndex]);
  return (
    `municipality ${municipality} belongs to organizer ${owner} in ${year}, not ${given}; ` +
    `expected organizer_code ${owner} or no organizer_code`
  );
}

/** The problem of a failed row rule, naming the values of the fields it reads (F8, F12, F13). */
export function ruleMessage(compiled: CompiledConcept, rule: CompiledRule, values: readonly unknown[]): string {
  const names = compiled.names;
  const shown = rule.shown.map((name) => `${name} ${shownDate(values[names.indexOf(name)])}`).join(", ");
  return ruleProblem(rule.rule, shown);
}

/** The field, shown value and problem of a row whose key repeats the key of record `first` (F9, F11). */
export function duplicateMessage(
  compiled: CompiledConcept,
  values: readonly unknown[],
  first: number,
): { field: string; value: string; problem: string } {
  const key = compiled.model.key;
  const field = key.join(",");
  const value = compiled.keyIndexes
    .map((index) => shownValue(values[index], compiled.fields[index]!.type === "id"))
    .join(",");
  const each = key.length === 1 ? field : `(${field})`;
  const problem =
    `${field} ${JSON.stringify(value)} repeats row ${first}; ` +
    `expected each ${each} once (F9: the first row is kept)`;
  return { field, value, problem };
}

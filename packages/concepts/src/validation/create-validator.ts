/**
 * The entry points of row validation (concepts.md; fine-print F1–F14): `createValidator` for a
 * concept by name, and the reference validator (fast paths off) the differential tests compare with.
 */
import { type ConceptDayRows, type ConceptName, type ConceptRows, getConcept } from "../concepts/registry";
import { RowValidator } from "./validator";
import type { ValidateOptions, Validator } from "./validator-types";

/**
 * Creates an incremental, stateful validator for one table of a concept. `push` each raw row (an object
 * of strings, JSON values, bigints or `Date`s) and get it back normalised — trimmed (F1), words in
 * canonical case (F2), codes padded (F3), dates as ISO strings or day numbers (F4), decimals as
 * canonical text (F5), `organizer_code` derived (F10), defaults filled — or `null` when it is rejected.
 * An unknown concept throws `UsageError("unknown_concept")`.
 *
 * @example
 * ```ts
 * const validator = createValidator("population", { source: "pop.csv" });
 * validator.push({ year: "2024", municipality_code: "91", age: "40", sex: "N", count: "812" });
 * // { year: 2024, municipality_code: "091", organizer_code: "90", age: 40, sex: "female", count: 812 }
 * validator.push({ year: "2024", municipality_code: "091", age: "40", sex: "F", count: "3" }); // null (duplicate_key)
 * validator.finish().rejected_by_reason; // { duplicate_key: 1 }
 * ```
 */
export function createValidator<C extends ConceptName>(
  concept: C,
  options: ValidateOptions & { dates: "day" },
): Validator<ConceptDayRows[C]>;
export function createValidator<C extends ConceptName>(
  concept: C,
  options?: ValidateOptions,
): Validator<ConceptRows[C]>;
export function createValidator(concept: string, options?: ValidateOptions): Validator<Record<string, unknown>>;
export function createValidator(concept: string, options: ValidateOptions = {}): Validator<Record<string, unknown>> {
  return new RowValidator(getConcept(concept), options);
}

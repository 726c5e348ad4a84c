/**
 * The reference validator (issue 13; fine-print F1–F14), for tests only (not exported from the
 * package): row by row, obviously correct, slow. Each row's fields are checked in field order by the
 * same per-field checks (field-parsers.ts), the event date first for the municipality's year (F10);
 * then the organizer is derived or checked (F10), the row rules run in listing order (F8, F12), the
 * implied booleans are set (F13), and the key is checked last (F9). The differential property test
 * holds the columnar validator to it.
 */
import { dayNumber } from "@virta/core";
import type { ConceptModel, RejectionReason } from "../model/concept-model";
import { classificationOfDay, compileConcept, failedField } from "../validation/compiled-concept";
import { FAIL, type ParseState } from "../validation/field-parsers";

/** One rejection of the reference: record, field (index), reason. */
export interface ReferenceRejection {
  readonly row: number;
  readonly field: string;
  readonly reason: RejectionReason;
}

/** What the reference gives: valid rows' values in field order (dates as day numbers) and rejections. */
export interface ReferenceResult {
  readonly valid: Array<{ row: number; values: unknown[] }>;
  readonly rejections: ReferenceRejection[];
}

/**
 * Validates row objects (numbered 1, 2, …) the slow, plain way.
 *
 * @example
 * ```ts
 * const row = { year: "2024", municipality_code: "91", age: "1", sex: "N", count: "3" };
 * referenceValidate(getConcept("population"), [row]).valid.length; // 1
 * ```
 */
export function referenceValidate(model: ConceptModel, rows: ReadonlyArray<Record<string, unknown>>): ReferenceResult {
  const compiled = compileConcept(model, false);
  const { fields, names, parsers, eventIndex } = compiled;
  const seen = new Map<string, number>();
  const result: ReferenceResult = { valid: [], rejections: [] };
  rows.forEach((raw, at) => {
    const row = at + 1;
    const cells = names.map((name) => raw[name]);
    const state: ParseState = {
      reason: "missing",
      dateText: null,
      municipalities: null,
      classificationYear: Number.NaN,
      municipalityOrganizer: null,
      rangeValue: null,
      cells,
    };
    const reject = (field: string, reason: RejectionReason) => result.rejections.push({ row, field, reason });
    // The event date first: the municipality is checked against the classification of its year (F10).
    const event = parsers[eventIndex]!(cells[eventIndex], state);
    if (event !== FAIL && event !== null) {
      const year = event as number;
      const day = compiled.eventIsYear
        ? year >= 0 && year <= 9999
          ? dayNumber(year, 12, 31)
          : year < 0
            ? -Infinity
            : Infinity
        : year;
      const classification = classificationOfDay(day);
      state.municipalities = classification.table;
      state.classificationYear = classification.year;
    }
    const values: unknown[] = [];
    for (let index = 0; index < fields.length; index += 1) {
      // An answer's range is chosen by the value of its declared `rangeBy` field (parsed before it).
      const rangeBy = fields[index]!.rangeBy;
      state.rangeValue = rangeBy === undefined ? null : (values[names.indexOf(rangeBy.field)] ?? null);
      const value = parsers[index]!(cells[index], state);
      if (value === FAIL) return reject(names[index]!, state.reason);
      values.push(value);
    }
    if (compiled.derivesOrganizer) {
      const owner = event === FAIL || event === null ? null : state.municipalityOrganizer;
      const organizer = compiled.organizerIndex;
      if (values[organizer] === null) values[organizer] = owner;
      else if (owner !== null && values[organizer] !== owner) return reject("organizer_code", "organizer_mismatch");
    }
    for (const rule of compiled.rules) {
      const failed = failedField(rule, values);
      if (failed >= 0) return reject(names[failed]!, rule.reason);
    }
    for (const [flag, date] of compiled.impliedTrue) if (values[date] !== null) values[flag] = true;
    if (compiled.keyIndexes.length > 0) {
      const key = JSON.stringify(
        compiled.keyIndexes.map((index) =>
          values[index] === null && index === compiled.municipalityIndex
            ? `organizer ${String(values[compiled.organizerIndex])}`
            : values[index],
        ),
      );
      if (seen.has(key)) return reject(model.key.join(","), model.keyReason);
      seen.set(key, row);
    }
    result.valid.push({ row, values });
  });
  return result;
}

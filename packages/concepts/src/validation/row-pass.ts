/**
 * The row pass of the columnar validator (issue 13; fine-print F8, F9, F10, F12, F13): over the rows
 * that passed every field check, in record order, it derives or checks the organizer (F10), runs the
 * row rules in listing order on the values in field order (dates as day numbers, F8, F12), implies the
 * booleans (F13), and checks uniqueness last, among the rows not otherwise rejected (F9). A failure
 * is recorded beside the field pass's (`failField`, `failReason`) with its kind and detail; messages
 * are built later, only for the rejected rows (validator.ts).
 */
import { fieldsOf } from "@virta/core";
import { NULL_DAY } from "./core-bindings";
import type { RejectionReason } from "../model/concept-model";
import { type FieldPass, REASON_INDEX } from "./field-pass";
import type { CompiledConcept } from "./compiled-concept";
import type { KeyTable } from "./key-table";

/** Failure kinds beyond a field check: organizer mismatch (F10), a row rule, a repeated key (F9). */
export const MISMATCH = 1;
export const RULE = 2;
export const DUPLICATE = 3;

const KEY_SEPARATOR = "\u001f";

/** What the row pass needs of a concept, prepared once per validator. */
export interface RowChecks {
  readonly compiled: CompiledConcept;
  /** The fields the row rules read (only these values are gathered per row for the rules). */
  readonly ruleFields: Int32Array;
  /** The reason (index into REJECTION_REASONS) of each rule, and of a repeated key. */
  readonly ruleReasons: Uint8Array;
  readonly keyReason: number;
  readonly mismatchReason: number;
  /** The first row of each key seen so far (F9). */
  readonly keys: KeyTable;
  /** A batch's keys to look up, with their rows and records (reused from batch to batch). */
  readonly keyScratch: KeyScratch;
}

/** The keys of one batch's row pass, gathered to be looked up together (`KeyTable.firstRowsOrAdd`). */
class KeyScratch {
  rows = new Int32Array(0);
  records = new Float64Array(0);
  texts: string[] = [];
  firsts = new Float64Array(0);

  /** Makes room for `length` keys; returns this. */
  reserve(length: number): this {
    if (this.rows.length < length) {
      this.rows = new Int32Array(length);
      this.records = new Float64Array(length);
      this.texts = new Array<string>(length).fill("");
      this.firsts = new Float64Array(length);
    }
    return this;
  }
}

/**
 * Prepares the row pass of a compiled concept.
 *
 * @example
 * ```ts
 * const checks = rowChecks(compileConcept(getConcept("health_care_visit")), "duplicate_id", new KeyTable());
 * ```
 */
export function rowChecks(compiled: CompiledConcept, keyReason: RejectionReason, keys: KeyTable): RowChecks {
  const read = new Set<string>();
  for (const rule of compiled.rules) for (const name of fieldsOf(rule.rule.holds)) read.add(name);
  return {
    compiled,
    ruleFields: Int32Array.from(compiled.names.flatMap((name, index) => (read.has(name) ? [index] : []))),
    ruleReasons: Uint8Array.from(compiled.rules, (rule) => REASON_INDEX.get(rule.reason)!),
    keyReason: REASON_INDEX.get(keyReason)!,
    mismatchReason: REASON_INDEX.get("organizer_mismatch")!,
    keys,
    keyScratch: new KeyScratch(),
  };
}

/**
 * Runs the row pass over a batch's field pass (see the module comment). `records` are the batch's
 * record numbers; `failKind` (0 for a field failure) and `failDetail` (the rule's index, or the
 * first row of a repeated key) receive each new failure.
 */
export function checkRows(
  checks: RowChecks,
  pass: FieldPass,
  records: ArrayLike<number>,
  failKind: Uint8Array,
  failDetail: Float64Array,
): void {
  const { compiled, ruleFields, ruleReasons, keys } = checks;
  const { columns, failField, failReason } = pass;
  const length = failField.length;
  deriveOrganizers(checks, pass, failKind);
  const values = new Array<unknown>(columns.length).fill(null);
  const rules = compiled.rules;
  const ruleCount = rules.length;
  const firstBroken = compiled.firstBroken;
  const gathered = ruleFields.length;
  // The day numbers of the date fields the rules read (null for another kind: read by `get`).
  const ruleDays: Array<Int32Array | null> = [];
  for (let k = 0; k < gathered; k += 1) {
    const column = columns[ruleFields[k]!]!;
    ruleDays.push(column.kind === "day" ? column.days : null);
  }
  const implied = compiled.impliedTrue;
  const keyIndexes = compiled.keyIndexes;
  // A single text key (an id) is read from its texts directly.
  const keyTexts =
    keyIndexes.length === 1 && columns[keyIndexes[0]!]!.kind === "text" ? columns[keyIndexes[0]!]!.texts : null;
  const { rows: keyRows, records: keyRecords, texts: gatheredKeys, firsts } = checks.keyScratch.reserve(length);
  let keyCount = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    // Row rules in listing order (F8, F12, F13), on the values in field order (dates as day numbers).
    if (ruleCount > 0) {
      for (let k = 0; k < gathered; k += 1) {
        const index = ruleFields[k]!;
        const days = ruleDays[k]!;
        if (days !== null) {
          const day = days[row]!;
          values[index] = day === NULL_DAY ? null : day;
        } else values[index] = columns[index]!.get(row);
      }
      let broken = -1;
      if (firstBroken !== null) broken = firstBroken(values);
      else {
        for (let index = 0; index < ruleCount; index += 1) {
          if (rules[index]!.breaks(values)) {
            broken = index;
            break;
          }
        }
      }
      if (broken >= 0) {
        failField[row] = rules[broken]!.field;
        failReason[row] = ruleReasons[broken]!;
        failKind[row] = RULE;
        failDetail[row] = broken;
        continue;
      }
    }
    for (let index = 0; index < implied.length; index += 1) {
      const [flag, date] = implied[index]!;
      if (!columns[date]!.isAbsent(row)) columns[flag]!.numbers[row] = 1; // F13
    }
    // Uniqueness last, among rows not otherwise rejected, in record order (F9): gathered here, and
    // looked up together below (`firstRowsOrAdd`), in the same order.
    if (keyIndexes.length > 0) {
      keyRows[keyCount] = row;
      keyRecords[keyCount] = records[row]!;
      gatheredKeys[keyCount++] = keyTexts !== null ? String(keyTexts[row] ?? null) : keyOf(compiled, pass, row);
    }
  }
  if (keyCount === 0) return;
  keys.firstRowsOrAdd(gatheredKeys, keyRecords, keyCount, firsts);
  for (let at = 0; at < keyCount; at += 1) {
    const first = firsts[at]!;
    if (first < 0) continue;
    const row = keyRows[at]!;
    failField[row] = keyIndexes[0]!;
    failReason[row] = checks.keyReason;
    failKind[row] = DUPLICATE;
    failDetail[row] = first;
  }
  gatheredKeys.fill("", 0, keyCount); // no key string kept past its batch
}

/** The organizer from the municipality when absent, or `organizer_mismatch` when it differs (F10). */
function deriveOrganizers(checks: RowChecks, pass: FieldPass, failKind: Uint8Array): void {
  const compiled = checks.compiled;
  if (!compiled.derivesOrganizer) return;
  const { failField, failReason, owners } = pass;
  const index = compiled.organizerIndex;
  const organizer = pass.columns[index]!;
  for (let row = 0; row < failField.length; row += 1) {
    if (failField[row]! >= 0) continue;
    const owner = owners[row]!;
    if (organizer.isAbsent(row)) organizer.set(row, owner);
    else if (owner !== null && organizer.get(row) !== owner) {
      failField[row] = index;
      failReason[row] = checks.mismatchReason;
      failKind[row] = MISMATCH;
    }
  }
}

/**
 * The uniqueness key of a row (F9; an absent municipality stands for its organizer).
 *
 * @example
 * ```ts
 * keyOf(compileConcept(getConcept("population")), pass, 0); // "2024\u001f091\u001f…"
 * ```
 */
export function keyOf(compiled: CompiledConcept, pass: FieldPass, row: number): string {
  const keyIndexes = compiled.keyIndexes;
  if (keyIndexes.length === 1) return String(pass.columns[keyIndexes[0]!]!.get(row));
  let key = "";
  for (let k = 0; k < keyIndexes.length; k += 1) {
    const index = keyIndexes[k]!;
    let part = pass.columns[index]!.get(row);
    if (part === null && index === compiled.municipalityIndex)
      part = `organizer ${String(pass.columns[compiled.organizerIndex]!.get(row))}`;
    key = k === 0 ? String(part) : key + KEY_SEPARATOR + String(part);
  }
  return key;
}

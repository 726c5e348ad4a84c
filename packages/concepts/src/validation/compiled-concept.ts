/**
 * A concept model compiled once for the validator: field checks as closures (field-parsers.ts), row
 * rules compiled from their `holds` expressions (issue 13), the key's field indexes, and the
 * municipality classifications by year start (F10). Compiled concepts are cached per concept name
 * (they hold no per-run state).
 */
import {
  ageOn,
  canGenerateCode,
  compileRuleFailure,
  type DayNumber,
  dayNumber,
  fieldsOf,
  ruleFailureSource,
} from "@virta/core";
import { MUNICIPALITY_CLASSIFICATION_YEARS, municipalityTable } from "../classifications/municipalities";
import type { ConceptModel, FieldSpec, RejectionReason, RowRule } from "../model/concept-model";
import { compileField, type FieldParser } from "./field-parsers";
import { compileBuilder, compileReader, type RowBuilder, type RowReader } from "./row-shape";

/**
 * A compiled row rule: its declaration, the index of the field the rejection names, the test that the
 * row breaks it (core's `compileRuleFailure`, compiled once from the rule's `holds`), and the fields its
 * message shows (those of every rule entry with the same reason, in order).
 */
export interface CompiledRule {
  readonly reason: RejectionReason;
  readonly rule: RowRule;
  readonly field: number;
  readonly breaks: (values: readonly unknown[]) => boolean;
  readonly shown: readonly string[];
}

/** A compiled concept. */
export interface CompiledConcept {
  readonly model: ConceptModel;
  readonly fields: readonly FieldSpec[];
  readonly names: readonly string[];
  readonly parsers: readonly FieldParser[];
  readonly isDate: readonly boolean[];
  /** Index of the event field (a date, or `year`). */
  readonly eventIndex: number;
  readonly eventIsYear: boolean;
  readonly municipalityIndex: number;
  readonly organizerIndex: number;
  /** Whether the organizer is derived from the municipality when absent (F10). */
  readonly derivesOrganizer: boolean;
  /** `[bool field index, date field index]` pairs of `trueWhenGiven` (F13). */
  readonly impliedTrue: ReadonlyArray<readonly [number, number]>;
  readonly rules: readonly CompiledRule[];
  /**
   * The index of the first rule the row's values break (listing order, F8), or −1: the rules'
   * tests as one generated function (core's `ruleFailureSource` of the same `holds`); null where
   * code generation is off or refused, or there are no rules (then each rule's `breaks` is used).
   */
  readonly firstBroken: ((values: readonly unknown[]) => number) | null;
  readonly keyIndexes: readonly number[];
  /** The column names the concept knows, for the unknown-column warning. */
  readonly known: ReadonlySet<string>;
  /** Copies a raw row's cells into an array in field order. */
  readonly read: RowReader;
  /** Creates the normalised row object from the values in field order. */
  readonly build: RowBuilder;
}

/**
 * The index of the field to name when `rule` fails on the row's normalised values (in field order, dates
 * as day numbers, absent = null; F8, F12, F13), or −1.
 *
 * @example
 * ```ts
 * const visit = compileConcept(getConcept("health_care_visit"));
 * failedField(visit.rules[0]!, values); // -1, or the index of visit_date when need_assessment_date > visit_date
 * ```
 */
export function failedField(rule: CompiledRule, values: readonly unknown[]): number {
  return rule.breaks(values) ? rule.field : -1;
}

function indexOf(fields: readonly FieldSpec[], name: string): number {
  const index = fields.findIndex((field) => field.name === name);
  if (index < 0) throw new Error(`concept model error: no field ${name}`);
  return index;
}

function compileRules(rules: readonly RowRule[], fields: readonly FieldSpec[]): CompiledRule[] {
  const at = (name: string) => indexOf(fields, name);
  return rules.map((rule) => {
    const shown = new Set<string>();
    for (const other of rules)
      if (other.reason === rule.reason) for (const name of fieldsOf(other.holds)) shown.add(name);
    return {
      reason: rule.reason,
      rule,
      field: at(rule.field),
      breaks: compileRuleFailure(rule.holds, at),
      shown: [...shown],
    };
  });
}

/**
 * The rules' tests as one generated function (see `CompiledConcept.firstBroken`), or null.
 *
 * @example
 * ```ts
 * compileFirstBroken(getConcept("health_care_visit").rules, fields, true)?.(values); // -1 when none is broken
 * ```
 */
export function compileFirstBroken(
  rules: readonly RowRule[],
  fields: readonly FieldSpec[],
  codegen: boolean,
): ((values: readonly unknown[]) => number) | null {
  if (!codegen || rules.length === 0 || !canGenerateCode()) return null;
  const read = new Set<number>();
  const local = (name: string): string => {
    const index = indexOf(fields, name);
    read.add(index);
    return `v${index}`;
  };
  const tests = rules.map((rule, index) => `if(${ruleFailureSource(rule.holds, local)})return ${index};`).join("");
  const locals = [...read].map((index) => `const v${index}=values[${index}]??null;`).join("");
  try {
    const make = new Function("ageOn", `"use strict";return function(values){${locals}${tests}return -1;};`);
    return make(ageOn) as (values: readonly unknown[]) => number;
  } catch {
    return null; // code generation is not allowed here: each rule's closure is used
  }
}

/** A shipped municipality classification (F10), prepared for the validator. */
export interface Classification {
  /** Day number of 1 January of its year. */
  readonly start: DayNumber;
  /** The days it covers, `[since, until)`: from −∞ for the first, to +∞ for the last (F10). */
  readonly since: number;
  readonly until: number;
  readonly year: number;
  /** Municipality code → organizer code. */
  readonly table: ReadonlyMap<string, string>;
  /** The same by the code's number (`"091"` → index 91), for the fast path. */
  readonly organizerByNumber: ReadonlyArray<string | undefined>;
}

function organizersByNumber(table: ReadonlyMap<string, string>): Array<string | undefined> {
  const byNumber = new Array<string | undefined>(1000).fill(undefined);
  for (const [code, organizer] of table) {
    if (!/^[0-9]{3}$/.test(code))
      throw new Error(`classification error: municipality code ${code} is not three digits`);
    byNumber[Number(code)] = organizer;
  }
  return byNumber;
}

/** The shipped classifications, by ascending year. */
const CLASSIFICATIONS: readonly Classification[] = MUNICIPALITY_CLASSIFICATION_YEARS.map((year, index, years) => {
  const table = municipalityTable(year);
  const since = index === 0 ? Number.NEGATIVE_INFINITY : dayNumber(year, 1, 1);
  const until = index === years.length - 1 ? Number.POSITIVE_INFINITY : dayNumber(years[index + 1]!, 1, 1);
  return { start: dayNumber(year, 1, 1), since, until, year, table, organizerByNumber: organizersByNumber(table) };
});

/**
 * The classification of a row dated `day` (F10: before 2023 → 2023; after the last shipped year → the
 * last). Returns a shared object: nothing is allocated per row.
 *
 * @example
 * ```ts
 * classificationOfDay(dayNumber(2019, 6, 1)).year; // 2023
 * ```
 */
export function classificationOfDay(day: DayNumber): Classification {
  let chosen = CLASSIFICATIONS[0]!;
  for (let index = 1; index < CLASSIFICATIONS.length; index += 1) {
    const candidate = CLASSIFICATIONS[index]!;
    if (day >= candidate.start) chosen = candidate;
    else break;
  }
  return chosen;
}

const CACHE = new Map<string, CompiledConcept>();

/**
 * Compiles (once, cached) a concept model for the validator.
 *
 * @example
 * ```ts
 * compileConcept(getConcept("population")).keyIndexes; // [0, 1, 3, 4]
 * ```
 */
export function compileConcept(model: ConceptModel, codegen = true): CompiledConcept {
  // Without code generation (`codegen: false`) the reader and builder are plain loops, cached apart.
  const cacheKey = codegen ? model.name : `${model.name}\u0000plain`;
  const cached = CACHE.get(cacheKey);
  if (cached !== undefined && cached.model === model) return cached;
  const fields = model.fields;
  const names = fields.map((field) => field.name);
  const organizerIndex = names.indexOf("organizer_code");
  const municipalityIndex = names.indexOf("municipality_code");
  const compiled: CompiledConcept = {
    model,
    fields,
    names,
    parsers: fields.map((field) => compileField(field, fields)),
    isDate: fields.map((field) => field.type === "date"),
    eventIndex: indexOf(fields, model.eventDateField),
    eventIsYear: fields[indexOf(fields, model.eventDateField)]!.type === "integer",
    municipalityIndex,
    organizerIndex,
    derivesOrganizer: organizerIndex >= 0 && fields[organizerIndex]!.derivedFrom === "municipality_code",
    impliedTrue: fields.flatMap((field, index) =>
      field.trueWhenGiven === undefined ? [] : [[index, indexOf(fields, field.trueWhenGiven)] as const],
    ),
    rules: compileRules(model.rules, fields),
    firstBroken: compileFirstBroken(model.rules, fields, codegen),
    keyIndexes: model.key.map((name) => indexOf(fields, name)),
    known: new Set(names),
    read: compileReader(names, codegen),
    build: compileBuilder(names, codegen),
  };
  CACHE.set(cacheKey, compiled);
  return compiled;
}

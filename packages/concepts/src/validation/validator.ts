/**
 * The incremental row validator (concepts.md; fine-print F1–F14): push raw rows one at a time, get
 * each row back normalised or `null` (rejected with exactly one reason, F8), and a summary at the end.
 * Memory stays constant apart from the uniqueness keys (F9) and the first `keepRejections` rejections.
 *
 * The hot path is one generated function per concept and `dates` option (row-program.ts) that runs
 * every cell's fast path (fast-cells.ts) inline and the compiled per-field checks (field-parsers.ts)
 * only for other shapes; any row it would reject goes through the general path below, which gives the
 * reason and message (F8). No zod, no per-row allocation beyond the output row; about 0.6–0.8 million
 * `health_care_visit` rows per CPU second on the shared 2-core machine (bench/validate-stream), up
 * from 0.5.
 */
import { type ColumnBatch, DataError, type DayNumber, dayNumber, formatDate, NULL_DAY, UsageError } from "@virta/core";
import type { ConceptModel, RejectionReason } from "../model/concept-model";
import { classificationOfDay, compileConcept, type CompiledConcept, failedField } from "./compiled-concept";
import { DEFER, fastCell } from "./fast-cells";
import { FAIL, type ParseState } from "./field-parsers";
import { KeyTable } from "./key-table";
import { compileRowProgram, type RowProgram } from "./row-program";
import { fieldExpectation, fieldProblem, ruleProblem } from "./messages";
import { shownDate, summarise } from "./summary";
import { maskIdentityCodes } from "../hetu/personal-identity-code";
import { shownValue } from "./text";
import {
  checkOptions,
  type Rejection,
  type ValidateOptions,
  type ValidationSummary,
  type Validator,
} from "./validator-types";

export type { Rejection, ValidateOptions, ValidationSummary, Validator } from "./validator-types";

const KEY_SEPARATOR = "\u001f";

/** The incremental validator behind `createValidator` (see there). */

/** The most unknown-column warnings listed one by one; the rest are counted in one more warning. */
export const UNKNOWN_COLUMN_WARNINGS = 20;
export class RowValidator implements Validator<Record<string, unknown>> {
  readonly model: ConceptModel;
  readonly rejections: Rejection[] = [];
  private readonly compiled: CompiledConcept;
  private readonly isoDates: boolean;
  private readonly strict: boolean;
  private readonly maxShare: number;
  private readonly keep: number;
  private readonly onRejection: ((rejection: Rejection) => void) | undefined;
  private readonly source: string | undefined;
  private readonly cells: unknown[];
  private readonly values: unknown[];
  private readonly dateTexts: Array<string | null>;
  /** The column of each field (−1 when absent) in the names of the last batch (`header`). */
  private columnOfField: Int32Array | null = null;
  private header: readonly string[] | null = null;
  /** The keys of the previous row, in enumeration order, to skip the unknown-column check for rows of the same shape. */
  private lastKeys: string[] = [];
  private readonly state: ParseState;
  private readonly firstRowOfKey = new KeyTable();
  /** The generated whole-row fast path (row-program.ts), or null (reference validator, or no `new Function`). */
  private readonly program: RowProgram | null;
  private readonly rejectedCounts = new Map<RejectionReason, number>();
  private readonly unknownColumns = new Set<string>();
  private readonly warnings: string[] = [];
  private rowsRead = 0;
  private rowsRejected = 0;
  private lastRow = 0;

  constructor(
    model: ConceptModel,
    options: ValidateOptions,
    private readonly fastPaths = true,
  ) {
    checkOptions(options);
    this.model = model;
    const codegen = options.codegen !== false;
    this.compiled = compileConcept(model, codegen);
    this.isoDates = options.dates !== "day";
    this.strict = options.strict === true;
    this.maxShare = options.maxRejectedShare ?? 0.5;
    this.keep = options.keepRejections ?? 100;
    this.onRejection = options.onRejection;
    this.source = options.source;
    this.cells = new Array<unknown>(this.compiled.names.length).fill(null);
    this.values = new Array<unknown>(this.compiled.names.length).fill(null);
    this.dateTexts = new Array<string | null>(this.compiled.names.length).fill(null);
    this.state = {
      reason: "missing",
      dateText: null,
      municipalities: null,
      classificationYear: Number.NaN,
      municipalityOrganizer: null,
      questionCode: null,
      organizerByNumber: null,
      cells: this.cells,
    };
    this.program = fastPaths && codegen ? compileRowProgram(this.compiled, this.isoDates) : null;
  }

  push(raw: unknown, rowNumber?: number): Record<string, unknown> | null {
    const row = rowNumber ?? this.lastRow + 1;
    this.lastRow = row;
    this.rowsRead += 1;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return this.reject(
        row,
        this.compiled.names[0]!,
        raw,
        "invalid_format",
        `the row is not an object with named fields; expected one object per row with the columns of ${this.model.name}`,
      );
    }
    const record = raw as Record<string, unknown>;
    this.checkColumns(record);
    this.compiled.read(record, this.cells);
    return this.validateRow(row);
  }

  pushBatch(batch: ColumnBatch): Record<string, unknown>[] {
    const valid: Record<string, unknown>[] = [];
    const length = batch.length;
    if (length === 0) return valid;
    if (batch.names !== this.header) this.useHeader(batch.names);
    const columnOf = this.columnOfField!;
    const count = columnOf.length;
    const sources: Array<ArrayLike<unknown> | null> = [];
    let days = false;
    for (let index = 0; index < count; index += 1) {
      const column = columnOf[index]!;
      sources.push(column < 0 ? null : batch.columns[column]!);
      if (column >= 0 && batch.kinds?.[column] === "day") days = true;
    }
    const cells = this.cells;
    const records = batch.records;
    for (let row = 0; row < length; row += 1) {
      const record = records[row]!;
      this.lastRow = record;
      this.rowsRead += 1;
      for (let index = 0; index < count; index += 1) {
        const source = sources[index]!;
        cells[index] = source === null ? undefined : source[row];
      }
      if (days) this.dayCells(batch, columnOf);
      const out = this.validateRow(record);
      if (out !== null) valid.push(out);
    }
    return valid;
  }

  /** A `day` column's cell as the ISO text the field checks read (F4); `NULL_DAY` is absent. */
  private dayCells(batch: ColumnBatch, columnOf: Int32Array): void {
    for (let index = 0; index < columnOf.length; index += 1) {
      const column = columnOf[index]!;
      if (column < 0 || batch.kinds?.[column] !== "day") continue;
      const day = this.cells[index];
      this.cells[index] = typeof day === "number" ? (day === NULL_DAY ? null : formatDate(day)) : day;
    }
  }

  /** Maps fields to the columns of a batch's names; warns once per unknown column (F29). */
  private useHeader(header: readonly string[]): void {
    const seen = new Set<string>();
    for (const name of header) {
      if (seen.has(name)) {
        throw new UsageError(
          "invalid_header",
          `${this.source ?? this.model.name}: header column ${JSON.stringify(name)} appears twice; column names must be unique`,
          { source: this.source, column: name },
        );
      }
      seen.add(name);
      if (!this.compiled.known.has(name)) this.unknownColumn(name);
    }
    this.columnOfField = Int32Array.from(this.compiled.names, (name) => header.indexOf(name));
    this.header = header;
  }

  /**
   * Validates the row in `this.cells`: the generated program accepts the row, or the general path
   * decides (every rejection, with its reason and message, comes from the general path, F8).
   */
  private validateRow(row: number): Record<string, unknown> | null {
    const program = this.program;
    if (program !== null) {
      const accepted = program(this.cells, this.state, row, this.firstRowOfKey);
      if (accepted !== null) return accepted;
    }
    return this.validateCells(row);
  }

  /** One field's value: its fast path, or its general check when the fast path defers (fast-cells.ts). */
  private parseCell(index: number, cell: unknown): unknown {
    const value = this.fastPaths ? fastCell(this.compiled.cells, index, cell, this.state) : DEFER;
    return value === DEFER ? this.compiled.parsers[index]!(cell, this.state) : value;
  }

  /** Validates the row in `this.cells` (raw cells in field order). */
  private validateCells(row: number): Record<string, unknown> | null {
    const compiled = this.compiled;
    const { names, isDate, eventIndex } = compiled;
    const state = this.state;
    const cells = this.cells;
    const values = this.values;
    const dateTexts = this.dateTexts;
    state.questionCode = null;
    state.municipalityOrganizer = null;

    // The row's date first (F10): the municipality check needs the classification of its year.
    const eventValue = this.parseCell(eventIndex, cells[eventIndex]);
    const eventText = state.dateText;
    if (eventValue === FAIL || eventValue === null) {
      state.municipalities = null;
      state.organizerByNumber = null;
      state.classificationYear = Number.NaN;
    } else {
      let day = eventValue as DayNumber;
      if (compiled.eventIsYear) {
        const year = eventValue as number;
        day = year >= 0 && year <= 9999 ? dayNumber(year, 12, 31) : year < 0 ? -Infinity : Infinity;
      }
      const classification = classificationOfDay(day);
      state.municipalities = classification.table;
      state.organizerByNumber = classification.organizerByNumber;
      state.classificationYear = classification.year;
    }

    const count = names.length;
    for (let index = 0; index < count; index += 1) {
      let value: unknown;
      if (index === eventIndex) {
        value = eventValue;
        if (value === FAIL) {
          // Re-run to restore the failure's reason (the event field is checked first but reported in order).
          this.parseCell(index, cells[index]);
        }
        state.dateText = eventText;
      } else {
        value = this.parseCell(index, cells[index]);
      }
      if (value === FAIL) {
        const field = compiled.fields[index]!;
        const shown = shownValue(cells[index], field.type === "id");
        const message = `${fieldProblem(field, state.reason, shown, state.classificationYear)}; expected ${fieldExpectation(field, state.reason, state.classificationYear)}`;
        return this.reject(row, field.name, cells[index], state.reason, message);
      }
      values[index] = value;
      if (isDate[index]) dateTexts[index] = value === null ? null : state.dateText;
    }

    // Organizer and municipality (F10).
    if (compiled.derivesOrganizer) {
      const organizerIndex = compiled.organizerIndex;
      const owner = state.municipalityOrganizer;
      if (values[organizerIndex] === null) {
        values[organizerIndex] = owner;
      } else if (owner !== null && values[organizerIndex] !== owner) {
        const municipality = values[compiled.municipalityIndex] as string;
        const message = `municipality ${municipality} belongs to organizer ${owner} in ${state.classificationYear}, not ${String(values[organizerIndex])}; expected organizer_code ${owner} or no organizer_code`;
        return this.reject(row, "organizer_code", cells[organizerIndex], "organizer_mismatch", message);
      }
    }

    // Row rules in listing order (F8, F12, F13).
    const rules = compiled.rules;
    for (let index = 0; index < rules.length; index += 1) {
      const rule = rules[index]!;
      const failed = failedField(rule, values);
      if (failed >= 0) {
        const fieldsShown = rule.shown.map((name) => `${name} ${shownDate(values[names.indexOf(name)])}`).join(", ");
        return this.reject(row, names[failed]!, cells[failed], rule.reason, ruleProblem(rule.rule, fieldsShown));
      }
    }

    const implied = compiled.impliedTrue;
    for (let index = 0; index < implied.length; index += 1) {
      const pair = implied[index]!;
      if (values[pair[1]] !== null) values[pair[0]] = true; // F13
    }

    // Uniqueness last, among rows not otherwise rejected (F9).
    const keyIndexes = compiled.keyIndexes;
    if (keyIndexes.length > 0) {
      let key: string;
      if (keyIndexes.length === 1) key = values[keyIndexes[0]!] as string;
      else {
        key = "";
        for (let k = 0; k < keyIndexes.length; k += 1) {
          const index = keyIndexes[k]!;
          let part = values[index];
          if (part === null && index === compiled.municipalityIndex)
            part = `organizer ${String(values[compiled.organizerIndex])}`;
          key = k === 0 ? String(part) : key + KEY_SEPARATOR + String(part);
        }
      }
      const first = this.firstRowOfKey.firstRowOrAdd(key, row);
      if (first >= 0) {
        const fieldName = this.model.key.join(",");
        const shown = keyIndexes
          .map((index) => shownValue(values[index], compiled.fields[index]!.type === "id"))
          .join(",");
        const message = `${fieldName} ${JSON.stringify(shown)} repeats row ${first}; expected each ${this.model.key.length === 1 ? fieldName : `(${fieldName})`} once (F9: the first row is kept)`;
        return this.reject(row, fieldName, shown, this.model.keyReason, message, true);
      }
    }

    if (this.isoDates) {
      for (let index = 0; index < count; index += 1) {
        if (isDate[index] && values[index] !== null)
          values[index] = dateTexts[index] ?? formatDate(values[index] as DayNumber);
      }
    }
    return compiled.build(values);
  }

  /** Warns once per unknown column; rows with the previous row's keys in the same order are skipped fast. */
  private checkColumns(record: Record<string, unknown>): void {
    const last = this.lastKeys;
    let index = 0;
    let same = true;
    for (const key in record) {
      if (key !== last[index]) {
        same = false;
        break;
      }
      index += 1;
    }
    if (same && index === last.length) return;
    const keys: string[] = [];
    for (const key in record) {
      keys.push(key);
      if (!this.compiled.known.has(key)) this.unknownColumn(key);
    }
    this.lastKeys = keys;
  }

  finish(): ValidationSummary {
    return summarise(this.model, this.source, this.maxShare, {
      rowsRead: this.rowsRead,
      rowsRejected: this.rowsRejected,
      rejectedCounts: this.rejectedCounts,
      warnings:
        this.unknownColumns.size > UNKNOWN_COLUMN_WARNINGS
          ? [
              ...this.warnings,
              `${this.source ?? this.model.name}: ${this.unknownColumns.size - UNKNOWN_COLUMN_WARNINGS} more unknown columns are ignored (${this.unknownColumns.size} in all; not fields of ${this.model.name})`,
            ]
          : this.warnings,
      rejections: this.rejections,
    });
  }

  private unknownColumn(column: string): void {
    if (this.unknownColumns.has(column)) return;
    this.unknownColumns.add(column);
    // Capped with a count (issue 20): 100 000 unknown columns give 20 warnings and one "… more".
    if (this.unknownColumns.size > UNKNOWN_COLUMN_WARNINGS) return;
    this.warnings.push(
      maskIdentityCodes(
        `${this.source ?? this.model.name}: unknown column ${JSON.stringify(column)} is ignored (not a field of ${this.model.name})`,
      ), // F36: a header can hold an identity code
    );
  }

  private reject(
    row: number,
    field: string,
    raw: unknown,
    reason: RejectionReason,
    problem: string,
    alreadyShown = false,
  ): null {
    this.rowsRejected += 1;
    this.rejectedCounts.set(reason, (this.rejectedCounts.get(reason) ?? 0) + 1);
    if (this.strict || this.onRejection !== undefined || this.rejections.length < this.keep) {
      const fieldSpec = this.compiled.fields.find((candidate) => candidate.name === field);
      const value = alreadyShown ? (raw as string) : shownValue(raw, fieldSpec?.type === "id");
      const message = `${this.source ?? this.model.name} row ${row}, field ${field}: ${problem}`;
      const rejection: Rejection = { concept: this.model.name, row, field, value, reason, message };
      if (this.rejections.length < this.keep) this.rejections.push(rejection);
      this.onRejection?.(rejection);
      if (this.strict) {
        throw new DataError(
          "rejected_row",
          `${message} (reason ${reason}; strict mode stops on the first rejected row)`,
          {
            source: this.source,
            ...rejection,
          },
        );
      }
    }
    return null;
  }
}

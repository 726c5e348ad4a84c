/**
 * The validator (concepts.md; fine-print F1–F14, issue 13): one columnar path. A column batch is
 * checked field by field in tight loops (column-pass.ts), then the organizer is derived or checked
 * (F10), the row rules run over the surviving rows (F8, F12), booleans are implied (F13), uniqueness
 * is checked last over the survivors in record order (F9), and messages are built only for the
 * rejected rows (F6, F8, F11). The valid rows come out as the engine's `ColumnarTable` with their
 * record numbers; `push` and `pushBatch` are thin wrappers that build row objects from it. Memory
 * stays constant apart from the uniqueness keys (key-table.ts), the code dictionaries and the first
 * `keepRejections` rejections.
 */
import {
  type ColumnBatch,
  type ColumnDictionary,
  type ColumnarColumn,
  type ColumnarTable,
  DataError,
  formatDate,
  UsageError,
} from "@virta/core";
import type { ConceptModel, RejectionReason } from "../model/concept-model";
import { REJECTION_REASONS } from "../model/concept-model";
import { maskIdentityCodes } from "../hetu/personal-identity-code";
import { compileConcept, type CompiledConcept } from "./compiled-concept";
import { parseFields, type SpellingCaches } from "./column-pass";
import { type FieldPass, PassScratch } from "./field-pass";
import { columnGetter, FieldColumn, kindOf, StringDictionary } from "./field-columns";
import { FieldSources } from "./field-sources";
import type { ParseState } from "./field-parsers";
import { KeyTable } from "./key-table";
import { checkRows, DUPLICATE, MISMATCH, RULE, type RowChecks, rowChecks } from "./row-pass";
import { duplicateMessage, fieldMessage, mismatchMessage, ruleMessage } from "./rejection-text";
import { summarise } from "./summary";
import { shownValue } from "./text";
import {
  checkOptions,
  type Rejection,
  type ValidateOptions,
  type ValidatedBatch,
  type ValidationSummary,
  type Validator,
} from "./validator-types";

export type { Rejection, ValidateOptions, ValidatedBatch, ValidationSummary, Validator } from "./validator-types";

/** The most unknown-column warnings listed one by one; the rest are counted in one more warning. */
export const UNKNOWN_COLUMN_WARNINGS = 20;

/** The validator behind `createValidator` (see there). */
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
  private readonly state: ParseState;
  private readonly dictionaries: Array<StringDictionary | null>;
  private readonly caches: SpellingCaches;
  /** What the row pass needs (row-pass.ts). */
  private readonly rowChecks: RowChecks;
  /** The column of each field (−1 when absent) in the names of the last batch (`header`). */
  private columnOfField: Int32Array | null = null;
  private header: readonly string[] | null = null;
  /** The keys of the previous pushed row object, to skip the unknown-column check for rows of the same shape. */
  private lastKeys: string[] = [];
  private readonly firstRowOfKey = new KeyTable();
  /** Arrays reused from batch to batch (the field pass's, and the kind and detail of each row's failure). */
  private readonly scratch = new PassScratch();
  private failKinds = new Uint8Array(0);
  private failDetails = new Float64Array(0);
  private readonly rejectedCounts = new Map<RejectionReason, number>();
  private readonly unknownColumns = new Set<string>();
  private readonly warnings: string[] = [];
  private rowsRead = 0;
  private rowsRejected = 0;
  private lastRow = 0;

  constructor(model: ConceptModel, options: ValidateOptions) {
    checkOptions(options);
    this.model = model;
    this.compiled = compileConcept(model, options.codegen !== false);
    this.isoDates = options.dates !== "day";
    this.strict = options.strict === true;
    this.maxShare = options.maxRejectedShare ?? 0.5;
    this.keep = options.keepRejections ?? 100;
    this.onRejection = options.onRejection;
    this.source = options.source;
    const count = this.compiled.names.length;
    this.state = {
      reason: "missing",
      dateText: null,
      municipalities: null,
      classificationYear: Number.NaN,
      municipalityOrganizer: null,
      rangeValue: null,
      cells: new Array<unknown>(count).fill(null),
    };
    this.dictionaries = this.compiled.fields.map((field) => (kindOf(field) === "code" ? new StringDictionary() : null));
    this.rowChecks = rowChecks(this.compiled, model.keyReason, this.firstRowOfKey);
    this.caches = this.compiled.fields.map((field) =>
      kindOf(field) === "text" || kindOf(field) === "decimal" ? null : new Map(),
    );
  }

  /**
   * Validates a column batch; returns the valid rows as the engine's columnar table (every field of
   * the concept a column; code dictionaries shared by all batches of this validator) with their
   * record numbers. See `Validator.pushColumns`.
   */
  pushColumns(batch: ColumnBatch): ValidatedBatch {
    const length = batch.length;
    const compiled = this.compiled;
    if (length === 0) {
      // An empty batch is skipped (no warnings), as an empty file has no columns to warn about.
      const empty: Record<string, ColumnarColumn> = {};
      compiled.fields.forEach((field, index) => {
        empty[field.name] = new FieldColumn(field, kindOf(field), this.dictionaries[index]!, 0).output(null, 0);
      });
      return { table: { length: 0, columns: empty }, records: new Int32Array(0) };
    }
    if (batch.names !== this.header) this.useHeader(batch.names);
    if (batch.sourceRows !== undefined) this.firstRowOfKey.expect(batch.sourceRows);
    const columnOf = this.columnOfField!;
    const sources = new FieldSources(batch, columnOf);
    const dayKind: boolean[] = [];
    const coded: Array<ColumnDictionary | null> = [];
    for (let index = 0; index < columnOf.length; index += 1) {
      const column = columnOf[index]!;
      dayKind.push(column >= 0 && batch.kinds?.[column] === "day");
      coded.push(column < 0 ? null : (batch.dictionaries?.[column] ?? null));
    }
    const pass = parseFields(
      compiled,
      batch,
      sources,
      dayKind,
      this.state,
      this.dictionaries,
      this.caches,
      coded,
      this.scratch,
    );
    const failField = pass.failField;
    if (this.failKinds.length < length) {
      this.failKinds = new Uint8Array(length);
      this.failDetails = new Float64Array(length);
    }
    const failKind = this.failKinds.subarray(0, length).fill(0);
    const failDetail = this.failDetails;
    const records = batch.records;
    checkRows(this.rowChecks, pass, records, failKind, failDetail);
    let valid = 0;
    for (let row = 0; row < length; row += 1) if (failField[row]! < 0) valid += 1;
    const keep = valid === length ? null : new Int32Array(valid);
    const kept = new Int32Array(valid);
    let at = 0;
    const rowsBefore = this.rowsRead;
    for (let row = 0; row < length; row += 1) {
      if (failField[row]! < 0) {
        if (keep !== null) keep[at] = row;
        kept[at++] = records[row]!;
      } else {
        // Counted up to this row first: a strict validator stops here (F8).
        this.rowsRead = rowsBefore + row + 1;
        this.lastRow = records[row]!;
        this.rejectRow(batch, pass, sources, dayKind, row, failKind[row]!, failDetail[row]!);
      }
    }
    this.rowsRead = rowsBefore + length;
    this.lastRow = records[length - 1]!;
    const out: Record<string, ColumnarColumn> = {};
    const columns = pass.columns;
    for (let index = 0; index < columns.length; index += 1) {
      out[compiled.names[index]!] = columns[index]!.output(keep, valid);
    }
    return { table: { length: valid, columns: out } satisfies ColumnarTable, records: kept };
  }

  /** Counts and reports one rejected row (only rejected rows get a message). */
  private rejectRow(
    batch: ColumnBatch,
    pass: FieldPass,
    sources: FieldSources,
    dayKind: readonly boolean[],
    row: number,
    kind: number,
    detail: number,
  ): void {
    const reason = REJECTION_REASONS[pass.failReason[row]!]!;
    const record = batch.records[row]!;
    this.rowsRejected += 1;
    this.rejectedCounts.set(reason, (this.rejectedCounts.get(reason) ?? 0) + 1);
    if (!(this.strict || this.onRejection !== undefined || this.rejections.length < this.keep)) return;
    const compiled = this.compiled;
    const index = pass.failField[row]!;
    const raw = (field: number): unknown => {
      const source = sources.at(field);
      if (source === null) return undefined;
      const cell = source[row];
      if (!dayKind[field] || typeof cell !== "number") return cell;
      // A date-time read as its day number is named as given (F4, F6).
      const given = batch.cellText?.(this.columnOfField![field]!, row);
      return given ?? (cell === -2147483648 ? null : formatDate(cell));
    };
    const values = (): unknown[] => pass.columns.map((column) => column.get(row));
    const year = pass.rowClass[row]?.year ?? Number.NaN;
    let field = compiled.names[index]!;
    let value: string;
    let problem: string;
    if (kind === DUPLICATE) {
      ({ field, value, problem } = duplicateMessage(compiled, values(), detail));
    } else {
      value = shownValue(raw(index), compiled.fields[index]!.type === "id");
      if (kind === MISMATCH) problem = mismatchMessage(compiled, values(), pass.owners[row]!, year);
      else if (kind === RULE) problem = ruleMessage(compiled, compiled.rules[detail]!, values());
      else problem = fieldMessage(compiled.fields[index]!, reason, value, year);
    }
    this.report(record, field, value, reason, problem);
  }

  private report(row: number, field: string, value: string, reason: RejectionReason, problem: string): void {
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

  pushBatch(batch: ColumnBatch): Record<string, unknown>[] {
    if (batch.length === 0) return [];
    return this.rowsOf(this.pushColumns(batch));
  }

  push(raw: unknown, rowNumber?: number): Record<string, unknown> | null {
    const row = rowNumber ?? this.lastRow + 1;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      this.rowsRead += 1;
      this.lastRow = row;
      const name = this.compiled.names[0]!;
      const problem =
        "the row is not an object with named fields; " +
        `expected one object per row with the columns of ${this.model.name}`;
      this.rowsRejected += 1;
      this.rejectedCounts.set("invalid_format", (this.rejectedCounts.get("invalid_format") ?? 0) + 1);
      if (this.strict || this.onRejection !== undefined || this.rejections.length < this.keep)
        this.report(row, name, shownValue(raw, this.compiled.fields[0]!.type === "id"), "invalid_format", problem);
      return null;
    }
    const record = raw as Record<string, unknown>;
    const names = this.namesOf(record);
    const columns = names.map((name) => [record[name]]);
    const rows = this.pushBatch({ source: this.source ?? this.model.name, names, columns, length: 1, records: [row] });
    return rows[0] ?? null;
  }

  /** The keys of a row object; the previous row's array when they are the same, in the same order. */
  private namesOf(record: Record<string, unknown>): string[] {
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
    if (same && index === last.length) return last;
    this.lastKeys = Object.keys(record);
    return this.lastKeys;
  }

  /** Row objects of a validated batch (dates as ISO text or day numbers, as the `dates` option says). */
  private rowsOf(validated: ValidatedBatch): Record<string, unknown>[] {
    const compiled = this.compiled;
    const { table } = validated;
    const names = compiled.names;
    const rows: Record<string, unknown>[] = new Array(table.length);
    const values = new Array<unknown>(names.length);
    const getters = names.map((name, index) => columnGetter(table.columns[name]!, compiled.fields[index]!.type));
    for (let row = 0; row < table.length; row += 1) {
      for (let index = 0; index < names.length; index += 1) {
        const value = getters[index]!(row);
        values[index] = this.isoDates && compiled.isDate[index] && value !== null ? formatDate(value as number) : value;
      }
      rows[row] = compiled.build(values);
    }
    return rows;
  }

  /** Maps fields to the columns of a batch's names; warns once per unknown column (F29). */
  private useHeader(header: readonly string[]): void {
    const seen = new Set<string>();
    for (const name of header) {
      if (seen.has(name)) {
        throw new UsageError(
          "invalid_header",
          `${this.label}: header column ${JSON.stringify(name)} appears twice; column names must be unique`,
          { source: this.source, column: name },
        );
      }
      seen.add(name);
      if (!this.compiled.known.has(name)) this.unknownColumn(name);
    }
    this.columnOfField = Int32Array.from(this.compiled.names, (name) => header.indexOf(name));
    this.header = header;
  }

  finish(): ValidationSummary {
    const unknown = this.unknownColumns.size;
    const more =
      `${this.label}: ${unknown - UNKNOWN_COLUMN_WARNINGS} more unknown columns are ignored ` +
      `(${unknown} in all; not fields of ${this.model.name})`;
    return summarise(this.model, this.source, this.maxShare, {
      rowsRead: this.rowsRead,
      rowsRejected: this.rowsRejected,
      rejectedCounts: this.rejectedCounts,
      warnings: unknown > UNKNOWN_COLUMN_WARNINGS ? [...this.warnings, more] : this.warnings,
      rejections: this.rejections,
    });
  }

  /** How messages name the table: its source, or the concept. */
  private get label(): string {
    return this.source ?? this.model.name;
  }

  private unknownColumn(column: string): void {
    if (this.unknownColumns.has(column)) return;
    this.unknownColumns.add(column);
    // Capped with a count (issue 20): 100 000 unknown columns give 20 warnings and one "… more".
    if (this.unknownColumns.size > UNKNOWN_COLUMN_WARNINGS) return;
    this.warnings.push(
      maskIdentityCodes(
        `${this.label}: unknown column ${JSON.stringify(column)} is ignored (not a field of ${this.model.name})`,
      ), // F36: a header can hold an identity code
    );
  }
}

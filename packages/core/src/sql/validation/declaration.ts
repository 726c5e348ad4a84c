/**
 * What the SQL validation compiler is given (issue 15, F34): a concept's declaration and the
 * classifications as plain data. The core knows no concept table: `@virta/adapters` passes the concept
 * model of `@virta/concepts` (structurally this shape) and the shipped classifications, so one meaning
 * is written once — in the concept model — and compiled here for DuckDB, PostgreSQL and Snowflake.
 */

/** Field types of a concept's table (concepts.md "Common types"). */
export type SqlFieldType =
  | "id"
  | "date"
  | "municipality"
  | "organizer"
  | "sex"
  | "bool"
  | "decimal"
  | "integer"
  | "enum"
  | "string"
  | "answer";

/** One field as the SQL validation reads it (a subset of `FieldSpec` of `@virta/concepts`). */
export interface SqlFieldDeclaration {
  readonly name: string;
  readonly type: SqlFieldType;
  readonly required: boolean;
  readonly requiredUnless?: string;
  readonly default: string | boolean | null;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly digits?: { readonly integer: number; readonly fraction: number };
  readonly maxLength?: number;
  readonly derivedFrom?: string;
  readonly trueWhenGiven?: string;
}

/** A row rule (F8, F12, F13), as `RowRule` of `@virta/concepts`. */
export type SqlRowRule =
  | {
      readonly kind: "in_order";
      readonly reason: string;
      readonly pairs: ReadonlyArray<readonly [string, string]>;
      readonly report?: "earlier" | "later";
    }
  | { readonly kind: "not_both"; readonly reason: string; readonly fields: readonly [string, string] }
  | { readonly kind: "requires"; readonly reason: string; readonly field: string; readonly requires: string }
  | {
      readonly kind: "younger_than";
      readonly reason: string;
      readonly birth: string;
      readonly at: string;
      readonly years: number;
    };

/** A concept's declaration: fields in F8 order, rules in listing order, the key (F9), the event date. */
export interface SqlConceptDeclaration {
  readonly name: string;
  readonly fields: readonly SqlFieldDeclaration[];
  readonly rules: readonly SqlRowRule[];
  readonly key: readonly string[];
  readonly keyReason: string;
  readonly eventDateField: string;
}

/** The classifications and word lists the checks use, as data (F2, F3, F10). */
export interface SqlValidationData {
  /** Every organizer code. */
  readonly organizers: readonly string[];
  /** Municipality → organizer per classification year (ascending, contiguous years). */
  readonly municipalities: ReadonlyArray<{
    readonly year: number;
    readonly entries: ReadonlyArray<readonly [string, string]>;
  }>;
  /** Accepted spellings (matched in lower case) → canonical word, for `sex`. */
  readonly sexWords: ReadonlyArray<readonly [string, string]>;
  /** Accepted spellings (matched in lower case) → value, for `bool`. */
  readonly boolWords: ReadonlyArray<readonly [string, boolean]>;
}

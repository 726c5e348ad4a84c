/**
 * What the SQL validation compiler is given besides a concept's declaration (issue 15, F34): the
 * classifications as plain data. The declaration is core's `ConceptDeclaration` (concept/declaration.ts,
 * issue 13): `@virta/adapters` passes the concept model of `@virta/concepts` and the shipped
 * classifications, so one meaning is written once and compiled here for DuckDB, PostgreSQL and Snowflake.
 */

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

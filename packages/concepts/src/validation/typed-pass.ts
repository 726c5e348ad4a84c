/**
 * The typed-input pass of the field pass (issue 14; fine-print F3, F4, F10): before the general loop
 * of `column-pass.ts` reads a field cell by cell, the cells that already come typed are taken in one
 * tight loop of their own, with no string made or parsed:
 *
 * - a date field over a `day` column (a Parquet DATE): a day number within years 0001–9999 is the
 *   date itself (F4, F34);
 * - a cached field (no partner field, no range from another field) over a text column with
 *   dictionary codes (`ColumnBatch.dictionaries`, a Parquet reader's code columns): each code is
 *   looked up once in the field's checked spellings and then stands for them, so a cell costs one
 *   array read; a municipality per the classification of its row's year (F10).
 *
 * - a date field over a text column with dictionary codes (a Parquet file's dates written as text):
 *   each code's text is read as a plain `YYYY-MM-DD` date once (F4, as the text pass reads a cell),
 *   then every row of that code takes its day.
 *
 * Every other row (absent cells, days outside the calendar, spellings not yet checked or failing)
 * is left to the general loop, which gives the same values and reasons as before, so the results
 * are the same with or without this pass.
 */
import type { ColumnDictionary } from "@virta/core";
import { MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY, tryParseDate } from "./core-bindings";
import type { Classification } from "./compiled-concept";

/** A checked spelling as the field pass caches it (see `column-pass.ts`). */
export interface CachedSpelling {
  readonly stored: number;
  readonly owner: string | null;
}

/** The checked spellings of a field, by text (see `column-pass.ts`). */
export interface CheckedSpellings {
  readonly spellings: Map<string, CachedSpelling>;
}

/**
 * Per spelling cache: the dictionary its codes refer to, the checked spelling of each code, and (for a
 * field checked alike on every row, not a municipality) each code's stored value, NaN until looked up.
 */
interface CodeCache {
  values: readonly string[];
  byCode: Array<CachedSpelling | undefined>;
  stored: Float64Array;
}
const codeCaches = new WeakMap<CheckedSpellings, CodeCache>();

/** What the typed pass of one field needs (the field pass's own arrays, written in place). */
export interface TypedField {
  readonly failField: Int32Array;
  readonly rowClass: ReadonlyArray<Classification | null>;
  readonly owners: Array<string | null>;
  /** The typed array the field's values go to (day numbers, numbers or dictionary codes). */
  readonly target: Int32Array | Float64Array;
  readonly source: ArrayLike<unknown> | null;
  /** Whether the field is a date over a `day` column. */
  readonly dayDates: boolean;
  /** The column's dictionary codes, when the field is cached and not a date (else null). */
  readonly coded: ColumnDictionary | null;
  /** The column's dictionary codes, when the field is a date (else null). */
  readonly dateCoded?: ColumnDictionary | null;
  /** The field's caches: by classification for a municipality, else under `null`. */
  readonly caches: Map<unknown, CheckedSpellings> | null;
  readonly isMunicipality: boolean;
  /** Room for the rows left (at least the batch length), reused by every field of a batch. */
  readonly scratch: Int32Array;
}

/**
 * Takes the typed cells of one field (see the module comment) and returns the rows left for the
 * general loop (not yet failed, in order), or `null` when this pass took none (all rows are left).
 *
 * @example
 * ```ts
 * const rest = typedPass({ failField, rowClass, owners, target: column.days, source: days, dayDates: true,
 *   coded: null, caches: null, isMunicipality: false, scratch });
 * ```
 */
export function typedPass(field: TypedField): Int32Array | null {
  const { failField, source } = field;
  if (field.dayDates && source instanceof Int32Array)
    return dayPass(failField, source, field.target as Int32Array, field.scratch);
  if (field.coded !== null && field.caches !== null) return codePass(field, field.coded, field.caches);
  if (field.dateCoded) return dateCodePass(failField, field.dateCoded, field.target as Int32Array, field.scratch);
  return null;
}

/** A code whose text is not yet read, and one whose text is no plain date (the general loop says why). */
const NOT_READ = NULL_DAY + 1;
const NO_DAY = NULL_DAY + 2;

/** The day of each code of a dictionary (its `values`), filled as codes are first met. */
const dayTables = new WeakMap<readonly string[], Int32Array>();

/** The day of a plain `YYYY-MM-DD` text of a data year (as `dateTextPass` reads a cell), else NO_DAY. */
function plainDay(text: string | undefined): number {
  if (typeof text !== "string" || text.length !== 10) return NO_DAY;
  const day = tryParseDate(text);
  return day !== null && day >= MIN_DATA_DAY_NUMBER ? day : NO_DAY;
}

function dateCodePass(failField: Int32Array, coded: ColumnDictionary, days: Int32Array, rest: Int32Array): Int32Array {
  const { codes, values } = coded;
  let table = dayTables.get(values) ?? new Int32Array(0);
  const length = failField.length;
  let left = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const code = codes[row]!;
    if (code < 0) {
      rest[left++] = row;
      continue;
    }
    if (code >= table.length) {
      const grown = new Int32Array(Math.max(code + 1, values.length, table.length * 2)).fill(NOT_READ);
      grown.set(table);
      dayTables.set(values, (table = grown));
    }
    let day = table[code]!;
    if (day === NOT_READ) day = table[code] = plainDay(values[code]);
    if (day === NO_DAY) rest[left++] = row;
    else days[row] = day;
  }
  return rest.subarray(0, left);
}

function dayPass(failField: Int32Array, source: Int32Array, days: Int32Array, rest: Int32Array): Int32Array {
  const length = failField.length;
  let left = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const day = source[row]!;
    if (day !== NULL_DAY && day >= MIN_DATA_DAY_NUMBER && day <= MAX_DAY_NUMBER) days[row] = day;
    else rest[left++] = row;
  }
  return rest.subarray(0, left);
}

/** The code cache of a field's checked spellings for `values`, made anew when the dictionary changed. */
function codeCacheOf(checked: CheckedSpellings, values: readonly string[]): CodeCache {
  let cache = codeCaches.get(checked);
  if (cache === undefined) codeCaches.set(checked, (cache = { values, byCode: [], stored: NO_STORED }));
  else if (cache.values !== values) {
    cache.values = values;
    cache.byCode = [];
    cache.stored = NO_STORED;
  }
  return cache;
}

const NO_STORED = new Float64Array(0);

/**
 * The code pass of a field checked alike on every row (not a municipality, F10): each code's stored
 * value from a typed table filled as codes are first seen (2 M Parquet visits, seven code columns:
 * ≈ 90 ms through the checked spellings' objects).
 */
function plainCodePass(field: TypedField, coded: ColumnDictionary, checked: CheckedSpellings): Int32Array {
  const { failField, target, scratch: rest } = field;
  const { codes, values } = coded;
  const cache = codeCacheOf(checked, values);
  let stored = cache.stored;
  const length = failField.length;
  let left = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const code = codes[row]!;
    let value = code >= 0 && code < stored.length ? stored[code]! : Number.NaN;
    if (value !== value) {
      const hit = code < 0 ? undefined : checked.spellings.get(values[code]!);
      if (hit === undefined) {
        rest[left++] = row;
        continue;
      }
      if (code >= stored.length) stored = cache.stored = grown(stored, Math.max(code + 1, values.length));
      value = stored[code] = hit.stored;
    }
    target[row] = value;
  }
  return rest.subarray(0, left);
}

/** `table` copied into room for `size` values, the new ones NaN. */
function grown(table: Float64Array, size: number): Float64Array {
  const next = new Float64Array(Math.max(size, table.length * 2)).fill(Number.NaN);
  next.set(table);
  return next;
}

function codePass(field: TypedField, coded: ColumnDictionary, caches: Map<unknown, CheckedSpellings>): Int32Array {
  const { failField, rowClass, owners, target, isMunicipality, scratch: rest } = field;
  const { codes, values } = coded;
  if (!isMunicipality) {
    const checked = caches.get(null);
    return checked === undefined ? allRows(failField, rest) : plainCodePass(field, coded, checked);
  }
  const length = failField.length;
  let left = 0;
  let key: unknown = null;
  let checked = caches.get(null);
  let byCode = checked === undefined ? null : codeCacheOf(checked, values).byCode;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const classification = isMunicipality ? rowClass[row]! : null;
    if (classification !== key) {
      key = classification;
      checked = caches.get(classification);
      byCode = checked === undefined ? null : codeCacheOf(checked, values).byCode;
    }
    const code = codes[row]!;
    if (code < 0 || byCode === null) {
      rest[left++] = row;
      continue;
    }
    let hit = byCode[code];
    if (hit === undefined) {
      hit = checked!.spellings.get(values[code]!);
      if (hit === undefined) {
        rest[left++] = row;
        continue;
      }
      byCode[code] = hit;
    }
    target[row] = hit.stored;
    if (isMunicipality) owners[row] = classification === null ? null : hit.owner;
  }
  return rest.subarray(0, left);
}

/** The rows not yet failed, in order (none taken). */
function allRows(failField: Int32Array, rest: Int32Array): Int32Array {
  let left = 0;
  for (let row = 0; row < failField.length; row += 1) if (failField[row]! < 0) rest[left++] = row;
  return rest.subarray(0, left);
}

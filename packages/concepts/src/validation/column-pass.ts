/**
 * The field pass of the columnar validator (issue 13; fine-print F1–F8, F10): each field of a batch is
 * parsed in one tight loop by its compiled check (field-parsers.ts, the one copy of each field rule)
 * into a typed column (field-columns.ts), recording each row's first failure. The event date is
 * parsed first, since a municipality is checked against the classification of the row's year (F10),
 * but its failure is recorded in field order, so the first failure is the first failing field (F8).
 * A row that failed a field is skipped by the later fields. Successful results of text cells are
 * cached per field (for municipalities per classification year), so repeated codes and dates are
 * parsed once; failures always run the check, which gives their reason.
 */
import type { ColumnBatch, ColumnDictionary } from "@virta/core";
import { dayNumber, formatDate, MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY, tryParseDate } from "./core-bindings";
import type { FieldSpec } from "../model/concept-model";
import { type Classification, classificationOfDay, type CompiledConcept } from "./compiled-concept";
import { FieldColumn, kindOf, type StringDictionary } from "./field-columns";
import type { FieldSources } from "./field-sources";
import { FAIL, type ParseState } from "./field-parsers";
import { cachedTextPass, codeNumber, dateTextPass, hotSlotsOf, idTextPass } from "./text-pass";
import { type FieldPass, PassScratch, REASON_INDEX } from "./field-pass";
import { typedPass } from "./typed-pass";

/** The most cached spellings per field (and classification year). */
const CACHE_LIMIT = 4096;
/**
 * A field with at most this many cached spellings is looked up by comparing the spellings in turn: a
 * CSV cell is a fresh string, and a few comparisons are cheaper than hashing it for the map.
 */
const HOT_LIMIT = 8;

/**
 * A checked spelling: the value as its typed column stores it (a day number, a number, or a dictionary
 * code) and, for a municipality, the organizer of its classification year (F10).
 */
interface CachedCell {
  readonly stored: number;
  readonly owner: string | null;
}

/**
 * The checked spellings of a field (for a municipality, of one classification year): by text, and a
 * code field's plain 2- or 3-digit spellings also by their number (no string hashing, F3).
 */
interface SpellingCache {
  readonly spellings: Map<string, CachedCell>;
  readonly byNumber: Array<CachedCell | undefined>;
  /** The few spellings of the field, as last taken from `spellings` (see `hotSpellingsOf`). */
  hot?: HotSpellings;
}

/** A field's few checked spellings, their cells, and their slots for the text pass (`hotSlotsOf`). */
interface HotSpellings {
  readonly spellings: string[];
  readonly cells: CachedCell[];
  readonly slots: Int8Array;
}

const NO_HOT: HotSpellings = { spellings: [], cells: [], slots: hotSlotsOf([]) };

/** Per-field caches of checked spellings: one per field, or per classification for municipalities. */
export type SpellingCaches = Array<Map<unknown, SpellingCache> | null>;

/**
 * Parses every field of `batch` (see the module comment). `sources.at(field)` is the batch column of
 * each field (null when the batch lacks it), `dayKind[field]` whether that column holds day numbers,
 * `coded[field]` its dictionary codes when the batch has them (typed-pass.ts, issue 14).
 */
export function parseFields(
  compiled: CompiledConcept,
  batch: ColumnBatch,
  sources: FieldSources,
  dayKind: readonly boolean[],
  state: ParseState,
  dictionaries: ReadonlyArray<StringDictionary | null>,
  caches: SpellingCaches,
  coded: ReadonlyArray<ColumnDictionary | null> = [],
  scratch: PassScratch = new PassScratch(),
): FieldPass {
  const length = batch.length;
  const count = compiled.fields.length;
  // Pushed, not `map`ped: optimised code makes `map`'s result holey and the builtin packed, and a
  // reader of the array compiled for one kind would be thrown out by the other, batch after batch.
  const columns: FieldColumn[] = [];
  for (let index = 0; index < count; index += 1) {
    const field = compiled.fields[index]!;
    columns.push(new FieldColumn(field, kindOf(field), dictionaries[index]!, length));
  }
  scratch.reserve(length);
  const failField = scratch.failField.subarray(0, length).fill(-1);
  const failReason = scratch.failReason.subarray(0, length).fill(0);
  const rowClass = scratch.rowClass.fill(null, 0, length);
  const owners = scratch.owners.fill(null, 0, length);
  const pass: FieldPass = { columns, failField, failReason, rowClass, owners, rest: scratch.rest };

  // The event date first (F10); its failures wait in `eventFail` until its turn in field order.
  const eventIndex = compiled.eventIndex;
  const eventFail = scratch.eventFail.subarray(0, length).fill(-1);
  parseField(compiled, pass, eventIndex, sources, dayKind, state, caches, null, coded);
  const eventColumn = columns[eventIndex]!;
  let eventFailed = false;
  // The classification of the last row's day and the days it covers (rows of one year share it).
  let classification: Classification | null = null;
  let since = 0;
  let until = -1;
  for (let row = 0; row < length; row += 1) {
    if (failField[row] === eventIndex) {
      eventFail[row] = failReason[row]!;
      failField[row] = -1;
      eventFailed = true;
      continue;
    }
    if (eventColumn.isAbsent(row)) continue;
    let day: number;
    if (compiled.eventIsYear) {
      const year = eventColumn.numbers[row]!;
      day = year >= 0 && year <= 9999 ? dayNumber(year, 12, 31) : year < 0 ? -Infinity : Infinity;
    } else day = eventColumn.days[row]!;
    if (!(day >= since && day < until)) {
      classification = classificationOfDay(day);
      since = classification.since;
      until = classification.until;
    }
    rowClass[row] = classification;
  }
  for (let index = 0; index < count; index += 1) {
    if (index === eventIndex) {
      if (!eventFailed) continue;
      for (let row = 0; row < length; row += 1) {
        if (failField[row]! < 0 && eventFail[row]! >= 0) {
          failField[row] = index;
          failReason[row] = eventFail[row]!;
        }
      }
      continue;
    }
    parseField(compiled, pass, index, sources, dayKind, state, caches, eventFail, coded);
  }
  return pass;
}

/** A raw cell as the field checks read it (a `day` column's day number as ISO text, F4; NULL_DAY absent). */
function rawCell(source: ArrayLike<unknown> | null, day: boolean, row: number): unknown {
  if (source === null) return undefined;
  const cell = source[row];
  if (!day || typeof cell !== "number") return cell;
  return cell === NULL_DAY ? null : formatDate(cell);
}

/**
 * Parses one field over the rows that have not failed yet: the typed and plain text cells first in
 * loops of their own (typed-pass.ts, text-pass.ts), then the rest cell by cell (`checkCells`).
 */
function parseField(
  compiled: CompiledConcept,
  pass: FieldPass,
  index: number,
  sources: FieldSources,
  dayKind: readonly boolean[],
  state: ParseState,
  caches: SpellingCaches,
  eventFail: Int16Array | null,
  coded: ReadonlyArray<ColumnDictionary | null>,
): void {
  const { failField, rowClass, owners } = pass;
  const column = pass.columns[index]!;
  const field = compiled.fields[index]!;
  const isDate = field.type === "date";
  const isMunicipality = index === compiled.municipalityIndex;
  const fieldCaches = cachesOf(compiled, caches, index);
  const target = targetOf(column);
  const fieldCoded = isDate ? null : (coded[index] ?? null);
  const dateCoded = isDate ? (coded[index] ?? null) : null;
  // A field the code pass takes from its codes: its cells are read only for the rows left.
  const source = (fieldCoded !== null && fieldCaches !== null) || dateCoded !== null ? null : sources.at(index);
  let rest = typedPass({
    failField,
    rowClass,
    owners,
    target,
    source,
    dayDates: isDate && dayKind[index]!,
    coded: fieldCoded,
    dateCoded,
    caches: fieldCaches,
    isMunicipality,
    scratch: pass.rest,
  });
  if (rest === null && Array.isArray(source)) {
    if (isDate) rest = dateTextPass(failField, source, column.days, dayKind[index]!, pass.rest);
    else if (field.type === "id" && (field.maxLength ?? 64) > 0)
      rest = idTextPass(failField, source, column.texts, field.maxLength ?? 64, pass.rest);
    else if (fieldCaches !== null) {
      const hot = hotSpellingsOf(isMunicipality, cacheOf(fieldCaches, null));
      rest = cachedTextPass({
        failField,
        rowClass,
        owners,
        target,
        source,
        caches: fieldCaches,
        isMunicipality,
        digits: digitsOf(field),
        hotSpellings: hot.spellings,
        hotCells: hot.cells,
        hotSlots: hot.slots,
        scratch: pass.rest,
      });
    }
  }
  if (rest === null || rest.length > 0)
    checkCells(compiled, pass, index, sources, dayKind, state, caches, eventFail, rest);
}

/** A field's spelling caches (null when it has a partner field or a range from another field: no cache). */
function cachesOf(
  compiled: CompiledConcept,
  caches: SpellingCaches,
  index: number,
): Map<unknown, SpellingCache> | null {
  const field = compiled.fields[index]!;
  return field.requiredUnless === undefined && field.rangeBy === undefined ? caches[index]! : null;
}

/** The typed array a cached spelling's stored value goes to (text and decimal fields are not cached). */
function targetOf(column: FieldColumn): Int32Array | Float64Array {
  return column.kind === "day" ? column.days : column.kind === "number" ? column.numbers : column.codes;
}

/** Municipality and organizer codes written as exactly 3 and 2 digits are looked up by number (F3). */
function digitsOf(field: FieldSpec): number {
  return field.type === "municipality" ? 3 : field.type === "organizer" ? 2 : 0;
}

/** The spellings of a field with few of them (as cached before this batch), compared in turn. */
function hotSpellingsOf(isMunicipality: boolean, cache: SpellingCache): HotSpellings {
  const spellings = cache.spellings;
  if (isMunicipality || spellings.size > HOT_LIMIT) return NO_HOT;
  // Taken anew only when a spelling was added (the cache only grows, and keeps its entries).
  if (cache.hot === undefined || cache.hot.spellings.length !== spellings.size) {
    const hot = [...spellings.keys()];
    cache.hot = { spellings: hot, cells: [...spellings.values()], slots: hotSlotsOf(hot) };
  }
  return cache.hot;
}

/** Checks one field cell by cell over `rest` (null: every row) of the rows that have not failed yet. */
function checkCells(
  compiled: CompiledConcept,
  pass: FieldPass,
  index: number,
  sources: FieldSources,
  dayKind: readonly boolean[],
  state: ParseState,
  caches: SpellingCaches,
  eventFail: Int16Array | null,
  rest: Int32Array | null,
): void {
  const { failField, failReason, rowClass, owners } = pass;
  const column = pass.columns[index]!;
  const field = compiled.fields[index]!;
  const parse = compiled.parsers[index]!;
  const source = sources.at(index);
  const day = dayKind[index]!;
  const isDate = field.type === "date";
  const isMunicipality = index === compiled.municipalityIndex;
  const partner = field.requiredUnless === undefined ? -1 : compiled.names.indexOf(field.requiredUnless);
  const partnerSource = partner >= 0 ? sources.at(partner) : null;
  const rangeIndex = field.rangeBy === undefined ? -1 : compiled.names.indexOf(field.rangeBy.field);
  const cells = state.cells as unknown[];
  const fieldCaches = cachesOf(compiled, caches, index);
  const target = targetOf(column);
  // The cache of the current classification (one for a field other than the municipality).
  let cacheKey: unknown = null;
  let spelled: SpellingCache | null = fieldCaches === null ? null : cacheOf(fieldCaches, null);
  let cache = spelled === null ? null : spelled.spellings;
  const digits = digitsOf(field);
  const hot = spelled === null ? null : hotSpellingsOf(isMunicipality, spelled);
  const hotSpellings = hot === null ? [] : hot.spellings;
  const hotCells = hot === null ? [] : hot.cells;
  const hotCount = hotSpellings.length;
  // An identifier's plain text is its value when nothing in its check could apply: not empty, no
  // surrounding space (F1), within its length (F6), not 11 characters (F11), no NUL (F5a).
  const maxId = field.type === "id" ? (field.maxLength ?? 64) : -1;
  const length = rest === null ? failField.length : rest.length;
  for (let at = 0; at < length; at += 1) {
    const row = rest === null ? at : rest[at]!;
    if (failField[row]! >= 0) continue;
    let cell = source === null ? undefined : source[row];
    if (maxId > 0 && typeof cell === "string") {
      const size = cell.length;
      if (
        size > 0 &&
        size <= maxId &&
        size !== 11 &&
        cell.charCodeAt(0) > 32 &&
        cell.charCodeAt(size - 1) > 32 &&
        cell.indexOf("\0") === -1
      ) {
        column.texts[row] = cell;
        continue;
      }
    }
    if (isDate) {
      if (typeof cell === "string") {
        // A plain `YYYY-MM-DD` (no spaces, no NUL) is read in place (F4); anything else takes the check.
        if (cell.length === 10) {
          const parsed = tryParseDate(cell);
          // Year 0000 is no data date (F34): the check rejects it.
          if (parsed !== null && parsed >= MIN_DATA_DAY_NUMBER) {
            column.days[row] = parsed;
            continue;
          }
        }
      } else if (day && typeof cell === "number") {
        // A day number (a Parquet DATE) is the date itself (F4).
        if (cell !== NULL_DAY && cell >= MIN_DATA_DAY_NUMBER && cell <= MAX_DAY_NUMBER) {
          column.days[row] = cell;
          continue;
        }
        // Absent, or a day outside years 0001–9999 (F34): read as its text, which is not a date.
        cell = cell === NULL_DAY ? null : Math.abs(cell) <= MAX_DAY_NUMBER ? formatDate(cell) : String(cell);
      }
    } else if (day && typeof cell === "number") cell = rawCell(source, true, row);
    const classification = rowClass[row]!;
    if (isMunicipality && fieldCaches !== null && classification !== cacheKey) {
      cacheKey = classification;
      spelled = cacheOf(fieldCaches, classification);
      cache = spelled.spellings;
    }
    const number = digits > 0 && spelled !== null ? codeNumber(cell, digits) : -1;
    if (number >= 0) {
      const hit = spelled!.byNumber[number];
      if (hit !== undefined) {
        target[row] = hit.stored;
        if (isMunicipality) owners[row] = classification === null ? null : hit.owner;
        continue;
      }
    }
    if (cache !== null && typeof cell === "string") {
      let found = -1;
      for (let at = 0; at < hotCount; at += 1) {
        if (cell === hotSpellings[at]) {
          found = at;
          break;
        }
      }
      if (found >= 0) {
        target[row] = hotCells[found]!.stored;
        continue;
      }
      const hit = cache.get(cell);
      if (hit !== undefined) {
        target[row] = hit.stored;
        if (isMunicipality) owners[row] = classification === null ? null : hit.owner;
        continue;
      }
    }
    state.municipalities = classification === null ? null : classification.table;
    state.classificationYear = classification === null ? Number.NaN : classification.year;
    state.municipalityOrganizer = null;
    if (partner >= 0) cells[partner] = rawCell(partnerSource, dayKind[partner]!, row);
    if (rangeIndex >= 0) state.rangeValue = pass.columns[rangeIndex]!.get(row);
    const value = parse(cell, state);
    if (value === FAIL) {
      failField[row] = index;
      failReason[row] = REASON_INDEX.get(state.reason)!;
      continue;
    }
    // A row whose event date failed has no organizer from its municipality (F10).
    if (isMunicipality) owners[row] = eventFail !== null && eventFail[row]! >= 0 ? null : state.municipalityOrganizer;
    column.set(row, value);
    // A number cell (F3: a code given as a number) is cached by its number only.
    if (cache !== null && value !== null && (typeof cell === "string" || number >= 0) && cache.size < CACHE_LIMIT) {
      const entry = { stored: target[row]!, owner: isMunicipality ? state.municipalityOrganizer : null };
      if (typeof cell === "string") cache.set(cell, entry);
      if (number >= 0) spelled!.byNumber[number] = entry;
    }
  }
}

/** The spelling cache of `key` (a classification, or null) in a field's caches, made when missing. */
function cacheOf(fieldCaches: Map<unknown, SpellingCache>, key: unknown): SpellingCache {
  let cache = fieldCaches.get(key);
  if (cache === undefined) fieldCaches.set(key, (cache = { spellings: new Map(), byNumber: [] }));
  return cache;
}

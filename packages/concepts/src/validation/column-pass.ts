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
import {
  type ColumnBatch,
  type ColumnDictionary,
  dayNumber,
  formatDate,
  MAX_DAY_NUMBER,
  MIN_DATA_DAY_NUMBER,
  NULL_DAY,
  tryParseDate,
} from "@virta/core";
import { REJECTION_REASONS, type RejectionReason } from "../model/concept-model";
import { type Classification, classificationOfDay, type CompiledConcept } from "./compiled-concept";
import { FieldColumn, kindOf, type StringDictionary } from "./field-columns";
import { FAIL, type ParseState } from "./field-parsers";
import { typedPass } from "./typed-pass";

/** The most cached spellings per field (and classification year). */
const CACHE_LIMIT = 4096;
/**
 * A field with at most this many cached spellings is looked up by comparing the spellings in turn: a
 * CSV cell is a fresh string, and a few comparisons are cheaper than hashing it for the map.
 */
const HOT_LIMIT = 8;

/** The reason index of each reason (REJECTION_REASONS order). */
export const REASON_INDEX: ReadonlyMap<RejectionReason, number> = new Map(
  REJECTION_REASONS.map((reason, index) => [reason, index]),
);

/** What the field pass gives for one batch. */
export interface FieldPass {
  readonly columns: FieldColumn[];
  /** The first failing field of each row, or −1. */
  readonly failField: Int32Array;
  /** The reason (index into REJECTION_REASONS) of that failure. */
  readonly failReason: Uint8Array;
  /** The classification of each row's year, or null when its event date is absent or unusable (F10). */
  readonly rowClass: Array<Classification | null>;
  /** The organizer of each row's municipality (null when absent or the year is unknown, F10). */
  readonly owners: Array<string | null>;
}

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
}

/** Per-field caches of checked spellings: one per field, or per classification for municipalities. */
export type SpellingCaches = Array<Map<unknown, SpellingCache> | null>;

/**
 * Parses every field of `batch` (see the module comment). `sources[field]` is the batch column of
 * each field (null when the batch lacks it), `dayKind[field]` whether that column holds day numbers,
 * `coded[field]` its dictionary codes when the batch has them (typed-pass.ts, issue 14).
 */
export function parseFields(
  compiled: CompiledConcept,
  batch: ColumnBatch,
  sources: ReadonlyArray<ArrayLike<unknown> | null>,
  dayKind: readonly boolean[],
  state: ParseState,
  dictionaries: ReadonlyArray<StringDictionary | null>,
  caches: SpellingCaches,
  coded: ReadonlyArray<ColumnDictionary | null> = [],
): FieldPass {
  const length = batch.length;
  const count = compiled.fields.length;
  const columns = compiled.fields.map(
    (field, index) => new FieldColumn(field, kindOf(field), dictionaries[index]!, length),
  );
  const failField = new Int32Array(length).fill(-1);
  const failReason = new Uint8Array(length);
  const rowClass = new Array<Classification | null>(length).fill(null);
  const owners = new Array<string | null>(length).fill(null);
  const pass: FieldPass = { columns, failField, failReason, rowClass, owners };

  // The event date first (F10); its failures wait in `eventFail` until its turn in field order.
  const eventIndex = compiled.eventIndex;
  const eventFail = new Int16Array(length).fill(-1);
  parseField(compiled, pass, eventIndex, sources, dayKind, state, caches, null, coded);
  const eventColumn = columns[eventIndex]!;
  for (let row = 0; row < length; row += 1) {
    if (failField[row] === eventIndex) {
      eventFail[row] = failReason[row]!;
      failField[row] = -1;
      continue;
    }
    if (eventColumn.isAbsent(row)) continue;
    let day: number;
    if (compiled.eventIsYear) {
      const year = eventColumn.numbers[row]!;
      day = year >= 0 && year <= 9999 ? dayNumber(year, 12, 31) : year < 0 ? -Infinity : Infinity;
    } else day = eventColumn.days[row]!;
    rowClass[row] = classificationOfDay(day);
  }
  for (let index = 0; index < count; index += 1) {
    if (index === eventIndex) {
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

/** Parses one field over the rows that have not failed yet. */
function parseField(
  compiled: CompiledConcept,
  pass: FieldPass,
  index: number,
  sources: ReadonlyArray<ArrayLike<unknown> | null>,
  dayKind: readonly boolean[],
  state: ParseState,
  caches: SpellingCaches,
  eventFail: Int16Array | null,
  coded: ReadonlyArray<ColumnDictionary | null>,
): void {
  const { failField, failReason, rowClass, owners } = pass;
  const column = pass.columns[index]!;
  const field = compiled.fields[index]!;
  const parse = compiled.parsers[index]!;
  const source = sources[index]!;
  const day = dayKind[index]!;
  const isDate = field.type === "date";
  const isMunicipality = index === compiled.municipalityIndex;
  const ranged = field.rangeBy !== undefined; // its range depends on another field: no cache
  const partner = field.requiredUnless === undefined ? -1 : compiled.names.indexOf(field.requiredUnless);
  const partnerSource = partner >= 0 ? sources[partner]! : null;
  const rangeIndex = field.rangeBy === undefined ? -1 : compiled.names.indexOf(field.rangeBy.field);
  const cells = state.cells as unknown[];
  const fieldCaches = partner < 0 && !ranged ? caches[index]! : null;
  // The typed array a cached spelling's stored value goes to (text and decimal fields are not cached).
  const target = column.kind === "day" ? column.days : column.kind === "number" ? column.numbers : column.codes;
  // The cache of the current classification (one for a field other than the municipality).
  let cacheKey: unknown = null;
  let spelled: SpellingCache | null = fieldCaches === null ? null : cacheOf(fieldCaches, null);
  let cache = spelled === null ? null : spelled.spellings;
  // Municipality and organizer codes written as exactly 3 and 2 digits are looked up by number (F3).
  const digits = field.type === "municipality" ? 3 : field.type === "organizer" ? 2 : 0;
  // The spellings of a field with few of them (as cached before this batch), compared in turn.
  const hot = !isMunicipality && cache !== null && cache.size <= HOT_LIMIT ? cache : null;
  const hotSpellings = hot === null ? [] : [...hot.keys()];
  const hotCells = hot === null ? [] : [...hot.values()];
  const hotCount = hotSpellings.length;
  // An identifier's plain text is its value when nothing in its check could apply: not empty, no
  // surrounding space (F1), within its length (F6), not 11 characters (F11), no NUL (F5a).
  const maxId = field.type === "id" ? (field.maxLength ?? 64) : -1;
  // Typed cells first (typed-pass.ts); `rest` are the rows left for this loop (null: all).
  const rest = typedPass({
    failField,
    rowClass,
    owners,
    target,
    source,
    dayDates: isDate && day,
    coded: isDate ? null : (coded[index] ?? null),
    caches: fieldCaches,
    isMunicipality,
  });
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
    const number = digits > 0 && spelled !== null ? digitsNumber(cell, digits) : -1;
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
    if (cache !== null && value !== null && typeof cell === "string" && cache.size < CACHE_LIMIT) {
      const entry = { stored: target[row]!, owner: isMunicipality ? state.municipalityOrganizer : null };
      cache.set(cell, entry);
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

/** The number a cell of exactly `width` ASCII digits spells, else −1. */
function digitsNumber(cell: unknown, width: number): number {
  if (typeof cell !== "string" || cell.length !== width) return -1;
  let number = 0;
  for (let index = 0; index < width; index += 1) {
    const digit = cell.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

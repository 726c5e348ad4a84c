/**
 * The text pass of the field pass (issue 13; fine-print F1, F3, F5a, F6, F10, F11): before the general
 * loop of `column-pass.ts` reads a field cell by cell, the text cells (a CSV reader's strings) that
 * need no check of their own are taken in one small loop per kind of field, which the JIT compiles
 * quickly and keeps monomorphic:
 *
 * - an identifier whose plain text is its value (not empty, no surrounding space (F1), within its
 *   length (F6), not 11 characters (F11), no NUL (F5a)), exactly as the general loop's own fast path;
 * - a cached field's spelling already checked in an earlier row: by its 2- or 3-digit number for a
 *   municipality or organizer code (F3; also a code given as a number, as a Parquet file with integer
 *   code columns has it), among the few spellings of the field, or by text; a municipality per the
 *   classification of its row's year (F10).
 *
 * It only reads the spelling caches (the general loop adds to them), so every other row (absent or
 * other cells, spellings not yet checked, failures) is left to the general loop, which gives the
 * same values and reasons: the results, and the order in which dictionary codes are given, are the
 * same with or without this pass.
 */
import { MAX_DAY_NUMBER, MIN_DATA_DAY_NUMBER, NULL_DAY, tryParseDate } from "./core-bindings";
import type { Classification } from "./compiled-concept";

/** A checked spelling as the field pass caches it (see `column-pass.ts`). */
interface CachedSpelling {
  readonly stored: number;
  readonly owner: string | null;
}

/** The checked spellings of a field (or of one classification year): by text and by number. */
interface Spellings {
  readonly spellings: Map<string, CachedSpelling>;
  readonly byNumber: Array<CachedSpelling | undefined>;
}

/** What the text pass of a cached field needs (the field pass's own arrays, written in place). */
export interface CachedTextField {
  readonly failField: Int32Array;
  readonly rowClass: ReadonlyArray<Classification | null>;
  readonly owners: Array<string | null>;
  /** The typed array the field's values go to (numbers or dictionary codes). */
  readonly target: Int32Array | Float64Array;
  readonly source: readonly unknown[];
  /** The field's caches: by classification for a municipality, else under `null`. */
  readonly caches: Map<unknown, Spellings>;
  readonly isMunicipality: boolean;
  /** 3 for a municipality, 2 for an organizer code (looked up by number, F3), else 0. */
  readonly digits: number;
  /** The field's few spellings (compared in turn; none for a municipality) and their cells. */
  readonly hotSpellings: readonly string[];
  readonly hotCells: readonly CachedSpelling[];
  /** Each slot's hot spelling (index), or −1 for none or more than one (`hotSlotsOf`). */
  readonly hotSlots: Int8Array;
  /** Room for the rows left (at least the batch length), reused by every field of a batch. */
  readonly scratch: Int32Array;
}

/**
 * Takes a date field's plain cells into `days`: a day number within years 0001–9999 when the column
 * holds day numbers (`day`, F4, F34), or a plain `YYYY-MM-DD` text of a data year (F4, F34); returns
 * the rows left for the general loop (not yet failed, in order).
 *
 * @example
 * ```ts
 * const rest = dateTextPass(failField, ["2024-01-31", "31.1.2024"], days, false, scratch);
 * // days[0] = 19753 (2024-01-31); rest = [1]
 * ```
 */
export function dateTextPass(
  failField: Int32Array,
  source: readonly unknown[],
  days: Int32Array,
  day: boolean,
  rest: Int32Array,
): Int32Array {
  const length = failField.length;
  let left = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const cell = source[row];
    if (typeof cell === "number") {
      if (day && cell !== NULL_DAY && cell >= MIN_DATA_DAY_NUMBER && cell <= MAX_DAY_NUMBER) {
        days[row] = cell;
        continue;
      }
    } else if (typeof cell === "string" && cell.length === 10) {
      const parsed = tryParseDate(cell);
      if (parsed !== null && parsed >= MIN_DATA_DAY_NUMBER) {
        days[row] = parsed;
        continue;
      }
    }
    rest[left++] = row;
  }
  return rest.subarray(0, left);
}

/**
 * Takes an identifier's plain text cells into `texts`; returns the rows left for the general loop
 * (not yet failed, in order).
 *
 * @example
 * ```ts
 * const rest = idTextPass(failField, ["v1", " v2"], texts, 64, scratch); // texts[0] = "v1"; rest = [1]
 * ```
 */
export function idTextPass(
  failField: Int32Array,
  source: readonly unknown[],
  texts: Array<string | null>,
  maxId: number,
  rest: Int32Array,
): Int32Array {
  const length = failField.length;
  let left = 0;
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const cell = source[row];
    if (typeof cell === "string") {
      const size = cell.length;
      if (
        size > 0 &&
        size <= maxId &&
        size !== 11 &&
        cell.charCodeAt(0) > 32 &&
        cell.charCodeAt(size - 1) > 32 &&
        cell.indexOf("\0") === -1
      ) {
        texts[row] = cell;
        continue;
      }
    }
    rest[left++] = row;
  }
  return rest.subarray(0, left);
}

/**
 * Takes a cached field's text cells whose spelling was checked before (see the module comment);
 * returns the rows left for the general loop (not yet failed, in order).
 *
 * @example
 * ```ts
 * const rest = cachedTextPass({ failField, rowClass, owners, target: column.codes, source: cells,
 *   caches, isMunicipality: false, digits: 0, hotSpellings: ["female"], hotCells: [cell],
 *   hotSlots: hotSlotsOf(["female"]), scratch });
 * ```
 */
export function cachedTextPass(field: CachedTextField): Int32Array {
  const { failField, rowClass, owners, target, source, caches, isMunicipality, digits } = field;
  const { hotSpellings, hotCells, hotSlots, scratch: rest } = field;
  const length = failField.length;
  let left = 0;
  let key: unknown = null;
  let checked = caches.get(null);
  for (let row = 0; row < length; row += 1) {
    if (failField[row]! >= 0) continue;
    const cell = source[row];
    const classification = isMunicipality ? rowClass[row]! : null;
    if (classification !== key) {
      key = classification;
      checked = caches.get(classification);
    }
    if (checked === undefined || (typeof cell !== "string" && typeof cell !== "number")) {
      rest[left++] = row;
      continue;
    }
    let hit: CachedSpelling | undefined;
    const number = digits > 0 ? codeNumber(cell, digits) : -1;
    if (number >= 0) hit = checked.byNumber[number];
    if (hit === undefined) {
      if (typeof cell !== "string") {
        rest[left++] = row;
        continue;
      }
      // The one hot spelling of the cell's slot, confirmed by comparing: cheaper than comparing a fresh
      // string with each spelling, or hashing it. Else the map, which also holds every hot spelling.
      const size = cell.length;
      const at = size === 0 ? -1 : hotSlots[hotSlot(size, cell.charCodeAt(0), cell.charCodeAt(size - 1))]!;
      if (at >= 0 && cell === hotSpellings[at]) hit = hotCells[at]!;
      else hit = checked.spellings.get(cell);
      if (hit === undefined) {
        rest[left++] = row;
        continue;
      }
    }
    target[row] = hit.stored;
    if (isMunicipality) owners[row] = classification === null ? null : hit.owner;
  }
  return rest.subarray(0, left);
}

/** The slots of `hotSlotsOf`: by a text's length and its first and last characters. */
const HOT_SLOTS = 1024;

function hotSlot(size: number, first: number, last: number): number {
  return ((size << 4) ^ first ^ (last << 7)) & (HOT_SLOTS - 1);
}

/**
 * The slot table of a field's few spellings (at most 127): each slot holds the index of the one
 * non-empty spelling that falls in it, or −1 when none or several do (those are looked up in the map).
 *
 * @example
 * ```ts
 * const slots = hotSlotsOf(["male", "female"]); // "female" → its slot holds 1
 * ```
 */
export function hotSlotsOf(spellings: readonly string[]): Int8Array {
  const slots = new Int8Array(HOT_SLOTS).fill(-1);
  const taken = new Uint8Array(HOT_SLOTS);
  spellings.forEach((spelling, index) => {
    if (spelling.length === 0 || index > 127) return;
    const slot = hotSlot(spelling.length, spelling.charCodeAt(0), spelling.charCodeAt(spelling.length - 1));
    taken[slot]! += 1;
    slots[slot] = taken[slot] === 1 ? index : -1;
  });
  return slots;
}

/**
 * The number a municipality or organizer code cell spells (F3): a text of exactly `width` ASCII digits,
 * or an integer number below 10^`width` (a Parquet or JSON number, which is padded like its digits, so
 * `91` and `"091"` are one code); else −1.
 *
 * @example
 * ```ts
 * codeNumber("091", 3); // 91
 * codeNumber(91, 3);    // 91
 * codeNumber("91", 3);  // −1 (checked, and cached, by its text)
 * ```
 */
export function codeNumber(cell: unknown, width: number): number {
  if (typeof cell === "number") {
    const limit = width === 3 ? 1000 : width === 2 ? 100 : 10 ** width;
    return cell >= 0 && cell < limit && Math.floor(cell) === cell ? cell | 0 : -1; // −0 as 0
  }
  if (typeof cell !== "string" || cell.length !== width) return -1;
  let number = 0;
  for (let index = 0; index < width; index += 1) {
    const digit = cell.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

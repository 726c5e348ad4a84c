/**
 * Fast paths for the common shapes of cells (concepts.md; F1–F6, F10, F11). A fast path answers only
 * when the cell has a shape for which the general check in field-parsers.ts is known to give the very
 * same value — a string without white space at either end (F1: nothing to trim), a canonical spelling
 * (F2), a three-digit municipality code (F3), a `YYYY-MM-DD` date of 1900–2099 (F4), an id shorter than
 * its limit (F6) and not 11 characters long or not a personal identity code (F11) — and otherwise
 * returns `DEFER`, so every other shape, and every failure with its reason (F8), goes through the
 * general check. No allocation, no regular expression, no `trim()`.
 */
import { dayNumber, isLeapYear } from "@virta/core";
import { isOrganizerCode } from "../classifications/organizers";
import { isPersonalIdentityCode } from "../hetu/personal-identity-code";
import type { FieldSpec } from "../model/concept-model";

/** Returned when the fast path cannot decide: run the general check. */
export const DEFER: unique symbol = Symbol("DEFER");

/** Fast-path kinds of a field. */
export const CellKind = {
  /** No fast path for a present value (decimal, answer, question_code). */
  general: 0,
  text: 1,
  id: 2,
  date: 3,
  municipality: 4,
  organizer: 5,
  /** One of a fixed list of exact spellings (sex, bool, enum). */
  word: 6,
  integer: 7,
} as const;

/** The per-field tables of the fast paths, built once per concept. */
export interface CellPlan {
  readonly kinds: Uint8Array;
  /** Largest length in UTF-16 code units that is surely within the limit (text, id). */
  readonly maxLengths: Int32Array;
  /** Exact spellings a word field accepts as they are (F2), and what each means. */
  readonly spellings: ReadonlyArray<readonly string[]>;
  readonly meanings: ReadonlyArray<readonly unknown[]>;
  /** Whether an absent cell (`undefined`, `null`, `""`) simply takes the field's default. */
  readonly absentTakesDefault: readonly boolean[];
  readonly defaults: readonly unknown[];
  readonly mins: Float64Array;
  readonly maxs: Float64Array;
}

/** Row state the fast paths read and write (a subset of `ParseState`). */
export interface FastState {
  /** The canonical ISO text of the last date parsed. */
  dateText: string | null;
  /** Organizer by municipality code number (0–999) in the row's classification, or null when unknown. */
  organizerByNumber: ReadonlyArray<string | undefined> | null;
  municipalityOrganizer: string | null;
}

/** The years `fastDayNumber` reads (others defer to the general parser, F4). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;
/** Day number of the first of each month of 1900–2099, by `(year − 1900) · 12 + month − 1`. */
export const MONTH_STARTS = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12);
/** The length of each of those months. */
export const MONTH_LENGTHS = new Uint8Array(MONTH_STARTS.length);
for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
  for (let month = 1; month <= 12; month += 1) {
    const index = (year - FIRST_YEAR) * 12 + month - 1;
    MONTH_STARTS[index] = dayNumber(year, month, 1);
    MONTH_LENGTHS[index] =
      month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  }
}

/**
 * The day number of a `YYYY-MM-DD` text of 1900–2099 read by character codes, or `NaN` when the text
 * is another shape, another century or not a date (the general parser then decides, F4).
 *
 * @example
 * ```ts
 * fastDayNumber("2024-03-05"); // 19787
 * fastDayNumber("2023-02-29"); // NaN
 * ```
 */
export function fastDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const c0 = text.charCodeAt(0) - 48;
  const c1 = text.charCodeAt(1) - 48;
  const c2 = text.charCodeAt(2) - 48;
  const c3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // Unsigned comparison: a character below '0' wraps to a large number.
  if (
    c0 >>> 0 > 9 ||
    c1 >>> 0 > 9 ||
    c2 >>> 0 > 9 ||
    c3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  )
    return Number.NaN;
  const year = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return Number.NaN;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  return day > MONTH_LENGTHS[index]! ? Number.NaN : MONTH_STARTS[index]! + day - 1;
}

/**
 * The number of a three-digit code, or −1 (F3: municipality codes are three digits).
 *
 * @example
 * ```ts
 * threeDigits("091"); // 91
 * threeDigits("9a1"); // -1
 * ```
 */
export function threeDigits(text: string): number {
  const a = text.charCodeAt(0) - 48;
  const b = text.charCodeAt(1) - 48;
  const c = text.charCodeAt(2) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 ? -1 : a * 100 + b * 10 + c;
}

/**
 * A non-negative integer of 1–15 digits (always safe), or −1.
 *
 * @example
 * ```ts
 * digitsValue("812", 3); // 812
 * digitsValue("-1", 2); // -1 (not digits: the general check decides)
 * ```
 */
export function digitsValue(text: string, length: number): number {
  if (length > 15) return -1;
  let value = 0;
  for (let index = 0; index < length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit >>> 0 > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The value of a cell by its fast path, or `DEFER`.
 *
 * @example
 * ```ts
 * const plan = cellPlan(getConcept("health_care_visit").fields, (field) => field.values ?? []);
 * fastCell(plan, 0, "v1", state); // "v1"
 * fastCell(plan, 0, " v1", state); // DEFER (to be trimmed by the general check)
 * ```
 */
export function fastCell(plan: CellPlan, index: number, cell: unknown, state: FastState): unknown {
  if (typeof cell !== "string") {
    if (cell === undefined || cell === null) return plan.absentTakesDefault[index] ? plan.defaults[index] : DEFER;
    return DEFER;
  }
  const length = cell.length;
  if (length === 0) return plan.absentTakesDefault[index] ? plan.defaults[index] : DEFER;
  if (cell.charCodeAt(0) <= 32 || cell.charCodeAt(length - 1) <= 32) return DEFER; // F1: maybe something to trim
  switch (plan.kinds[index]) {
    case CellKind.text:
      return length <= plan.maxLengths[index]! && cell.indexOf("\0") === -1 ? cell : DEFER; // F5a: NUL deferred
    case CellKind.id:
      // F6: code points ≤ code units; F11: only 11-character ids can be personal identity codes; F5a: NUL deferred.
      return length <= plan.maxLengths[index]! &&
        (length !== 11 || !isPersonalIdentityCode(cell)) &&
        cell.indexOf("\0") === -1
        ? cell
        : DEFER;
    case CellKind.date: {
      const day = fastDayNumber(cell);
      if (Number.isNaN(day)) return DEFER;
      state.dateText = cell;
      return day;
    }
    case CellKind.municipality: {
      const organizers = state.organizerByNumber;
      if (length !== 3 || organizers === null) return DEFER;
      const number = threeDigits(cell);
      const organizer = number < 0 ? undefined : organizers[number];
      if (organizer === undefined) return DEFER;
      state.municipalityOrganizer = organizer; // F10
      return cell;
    }
    case CellKind.organizer:
      return length === 2 && isOrganizerCode(cell) ? cell : DEFER;
    case CellKind.word: {
      const spellings = plan.spellings[index]!;
      for (let word = 0; word < spellings.length; word += 1)
        if (cell === spellings[word]) return plan.meanings[index]![word];
      return DEFER;
    }
    case CellKind.integer: {
      const value = digitsValue(cell, length);
      return value >= 0 && value >= plan.mins[index]! && value <= plan.maxs[index]! ? value : DEFER;
    }
    default:
      return DEFER;
  }
}

/** Exact spellings and meanings of a field that `fastCell` reads as a word. */
export interface WordList {
  readonly spellings: readonly string[];
  readonly meanings: readonly unknown[];
}

/**
 * The fast-path tables of a concept's fields. `words` gives the exact spellings of the sex, bool and
 * enum fields (each spelling the general check accepts as it is, F2).
 *
 * @example
 * ```ts
 * cellPlan(getConcept("population").fields, wordsOf).kinds; // Uint8Array [7, 4, 5, 7, 6, 7]
 * ```
 */
export function cellPlan(fields: readonly FieldSpec[], words: (field: FieldSpec) => WordList | null): CellPlan {
  const count = fields.length;
  const kinds = new Uint8Array(count);
  const maxLengths = new Int32Array(count);
  const spellings: string[][] = [];
  const meanings: unknown[][] = [];
  const mins = new Float64Array(count);
  const maxs = new Float64Array(count);
  fields.forEach((field, index) => {
    const list = words(field);
    spellings.push(list === null ? [] : [...list.spellings]);
    meanings.push(list === null ? [] : [...list.meanings]);
    mins[index] = field.min ?? Number.NEGATIVE_INFINITY;
    maxs[index] = field.max ?? Number.POSITIVE_INFINITY;
    maxLengths[index] = field.maxLength ?? 64;
    kinds[index] = kindOf(field, list !== null);
  });
  return {
    kinds,
    maxLengths,
    spellings,
    meanings,
    // The municipality check also forgets the row's organizer when absent (F10): general path.
    absentTakesDefault: fields.map(
      (field) => !field.required && field.requiredUnless === undefined && field.type !== "municipality",
    ),
    defaults: fields.map((field) => field.default),
    mins,
    maxs,
  };
}

function kindOf(field: FieldSpec, hasWords: boolean): number {
  switch (field.type) {
    case "id":
    case "string": // F36: a code-valued string field holding an identity code is checked like an id
      return CellKind.id;
    case "date":
      return CellKind.date;
    case "municipality":
      return CellKind.municipality;
    case "organizer":
      return CellKind.organizer;
    case "sex":
    case "bool":
    case "enum":
      return hasWords ? CellKind.word : CellKind.general;
    case "integer":
      return CellKind.integer;
    default:
      return CellKind.general;
  }
}

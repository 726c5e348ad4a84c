/**
 * Per-field checks compiled from a field table: one closure per field, each turning a raw cell (a
 * string, a JSON number/boolean, a bigint or a `Date` from Arrow/Parquet) into its normalised value, or
 * returning `FAIL` with the reason in the parse state. The checks follow F8's order within a field:
 * `missing` → `invalid_format` → `not_in_list` / `out_of_range` / `too_long` → `unknown_code` →
 * `personal_identity_code`. No per-row allocation beyond the values themselves.
 */
import {
  answerRangeOf,
  type DayNumber,
  decimalFromNumber,
  formatExactDecimal,
  helsinkiDateOfInstant,
} from "@virta/core";
import {
  MAX_DAY_NUMBER,
  MIN_DATA_DAY_NUMBER,
  tryParseDate,
  tryParseDateOrDateTime,
  tryParseExactDecimal,
} from "./core-bindings";
import { BOOLEAN_INPUT_SPELLINGS } from "../classifications/booleans";
import { isMunicipalityInAnyYear } from "../classifications/municipalities";
import { isOrganizerCode } from "../classifications/organizers";
import { SEX_CODES, SEX_INPUT_SPELLINGS } from "../classifications/sex";
import { isPersonalIdentityCode } from "../hetu/personal-identity-code";
import type { FieldSpec, RejectionReason } from "../model/concept-model";
import { codePointLength } from "../model/code-points";
import { codeText, integerOfValue, paddedDigits } from "./cell-values";
import { trimAscii } from "./text";

/** The value a field check returns when the field fails; the reason is in `ParseState.reason`. */
export const FAIL: unique symbol = Symbol("FAIL");

/** The exact spellings of a word field, each with its meaning (`wordsOf`). */
export interface WordList {
  readonly spellings: readonly string[];
  readonly meanings: readonly unknown[];
}

/** Mutable state shared by the field checks of one row (set by the validator for every row). */
export interface ParseState {
  /** The reason of the last failure. */
  reason: RejectionReason;
  /** The canonical ISO text of the last date parsed, when the input already was one (else null). */
  dateText: string | null;
  /** The municipality → organizer table of the row's classification year, or null when unknown. */
  municipalities: ReadonlyMap<string, string> | null;
  /** The classification year of the row (NaN when the row's date is unusable). */
  classificationYear: number;
  /** The organizer of the row's municipality (null when absent or the year is unknown). */
  municipalityOrganizer: string | null;
  /** The normalised value of the field an `answer`'s `rangeBy` names (customer feedback's question). */
  rangeValue: unknown;
  /** The row's raw cells in field order, for `requiredUnless`. */
  cells: readonly unknown[];
}

/** A compiled field check. */
export type FieldParser = (value: unknown, state: ParseState) => unknown;

function fail(state: ParseState, reason: RejectionReason): typeof FAIL {
  state.reason = reason;
  return FAIL;
}

/** Whether a raw cell is absent (F1: missing key, null, or empty after trimming). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && trimAscii(value) === "");
}

/** A map from the accepted spellings (exact and lower case, F2) to the canonical word. */
function wordMap(entries: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [spelling, canonical] of entries) {
    map.set(spelling, canonical);
    map.set(spelling.toLowerCase(), canonical);
  }
  return map;
}

function lookUpWord(map: ReadonlyMap<string, string>, text: string): string | undefined {
  return map.get(text) ?? map.get(text.toLowerCase());
}

/**
 * A word matcher: the canonical spellings are compared first (a few string comparisons are cheaper
 * than hashing a fresh string), then the accepted spellings in any case (F2).
 */
function wordMatcher(
  canonical: readonly string[],
  entries: ReadonlyArray<readonly [string, string]>,
): (text: string) => string | undefined {
  const map = wordMap(entries);
  const words = [...canonical];
  const count = words.length;
  return (text) => {
    for (let index = 0; index < count; index += 1) if (text === words[index]) return words[index];
    return lookUpWord(map, text);
  };
}

const SEX_WORDS = wordMap(SEX_INPUT_SPELLINGS);
const matchSex = wordMatcher(SEX_CODES, SEX_INPUT_SPELLINGS);

const BOOL_WORDS = new Map<string, boolean>(BOOLEAN_INPUT_SPELLINGS);

/** `absentValue` of a field, with the field index of its `requiredUnless` partner (or −1). */
function absentValue(field: FieldSpec, state: ParseState, partner: number): unknown {
  if (field.required) return fail(state, "missing");
  if (partner >= 0 && isAbsent(state.cells[partner])) return fail(state, "missing");
  return field.default;
}

function idOrString(field: FieldSpec, partner: number): FieldParser {
  const max = field.maxLength ?? 64;
  return (value, state) => {
    let text: string;
    if (typeof value === "string") {
      text = trimAscii(value);
      if (text === "") return absentValue(field, state, partner);
    } else if (value === undefined || value === null) {
      return absentValue(field, state, partner);
    } else if ((typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint") {
      text = String(value);
    } else {
      return fail(state, "invalid_format");
    }
    if (text.length > max && codePointLength(text) > max) return fail(state, "too_long");
    // F11 for identifiers; F36 for code-valued breakdown fields (service_code, service_class, specialty).
    if (text.length === 11 && isPersonalIdentityCode(text)) return fail(state, "personal_identity_code");
    return text;
  };
}

function date(field: FieldSpec, partner: number): FieldParser {
  return (value, state) => {
    let day: DayNumber | null;
    if (typeof value === "string") {
      const text = trimAscii(value);
      if (text === "") return absentValue(field, state, partner);
      if (text.length === 10) {
        day = tryParseDate(text);
        state.dateText = text;
      } else {
        day = tryParseDateOrDateTime(text);
        state.dateText = null;
      }
      // Year 0000 is no data date on any engine (F34): the text's own year, as the SQL validation reads it.
      if (day !== null && text.startsWith("0000")) day = null;
    } else if (value === undefined || value === null) {
      return absentValue(field, state, partner);
    } else if (value instanceof Date) {
      const instant = value.getTime();
      day = Number.isNaN(instant) ? null : helsinkiDateOfInstant(instant); // F4: a UTC instant → Helsinki date
      // Years 0001–9999 only (F34): an instant before or after is not a date (issue 20).
      if (day !== null && (day < MIN_DATA_DAY_NUMBER || day > MAX_DAY_NUMBER)) day = null;
      state.dateText = null;
    } else {
      return fail(state, "invalid_format");
    }
    return day === null ? fail(state, "invalid_format") : day;
  };
}

function municipality(field: FieldSpec, partner: number): FieldParser {
  return (value, state) => {
    if (isAbsent(value)) {
      state.municipalityOrganizer = null;
      return absentValue(field, state, partner);
    }
    const text = codeText(value);
    const code = text === null ? null : paddedDigits(text, 3); // F3
    if (code === null) return fail(state, "invalid_format");
    if (state.municipalities === null) {
      // The row's own date is unusable (its field is rejected later): any year's classification will do.
      if (!isMunicipalityInAnyYear(code)) return fail(state, "unknown_code");
      state.municipalityOrganizer = null;
      return code;
    }
    const organizer = state.municipalities.get(code);
    if (organizer === undefined) return fail(state, "unknown_code");
    state.municipalityOrganizer = organizer;
    return code;
  };
}

function organizer(field: FieldSpec, partner: number): FieldParser {
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    const text = codeText(value);
    if (text !== null && text.length === 11 && isPersonalIdentityCode(text))
      return fail(state, "personal_identity_code"); // F36
    const code = text === null ? null : paddedDigits(text, 2); // F3
    if (code === null) return fail(state, "invalid_format");
    return isOrganizerCode(code) ? code : fail(state, "unknown_code");
  };
}

function sex(field: FieldSpec, partner: number): FieldParser {
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    const text = codeText(value);
    const word = text === null ? undefined : matchSex(text);
    return word === undefined ? fail(state, "not_in_list") : word;
  };
}

function bool(field: FieldSpec, partner: number): FieldParser {
  return (value, state) => {
    if (typeof value === "boolean") return value;
    if (isAbsent(value)) return absentValue(field, state, partner);
    const text = codeText(value);
    const flag = text === null ? undefined : (BOOL_WORDS.get(text) ?? BOOL_WORDS.get(text.toLowerCase()));
    return flag === undefined ? fail(state, "invalid_format") : flag;
  };
}

function enumeration(field: FieldSpec, partner: number): FieldParser {
  const values = field.values ?? [];
  const match = wordMatcher(
    values,
    values.map((word) => [word, word] as const),
  );
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    const text = codeText(value);
    const word = text === null ? undefined : match(text);
    if (word === undefined) return fail(state, "not_in_list");
    return word;
  };
}

function integer(field: FieldSpec, partner: number): FieldParser {
  const min = field.min ?? Number.NEGATIVE_INFINITY;
  const max = field.max ?? Number.POSITIVE_INFINITY;
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    const number = integerOfValue(value);
    if (Number.isNaN(number)) return fail(state, "invalid_format");
    return number < min || number > max || !Number.isFinite(number) ? fail(state, "out_of_range") : number;
  };
}

function decimal(field: FieldSpec, partner: number): FieldParser {
  const nonNegative = field.min === 0;
  const maxExponent = (field.digits?.integer ?? Number.POSITIVE_INFINITY) - 1;
  const maxPlaces = field.digits?.fraction ?? Number.POSITIVE_INFINITY;
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    let parsed;
    if (typeof value === "string") parsed = tryParseExactDecimal(trimAscii(value));
    else if (typeof value === "number") {
      if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) return fail(state, "out_of_range");
      parsed = Number.isFinite(value) ? decimalFromNumber(value) : null; // F5
    } else if (typeof value === "bigint") parsed = tryParseExactDecimal(String(value));
    else parsed = null;
    if (parsed === null) return fail(state, "invalid_format");
    if (nonNegative && parsed.isNegative() && !parsed.isZero()) return fail(state, "out_of_range");
    // F5: at most 18 digits before the point and 6 after (of the value: leading/trailing zeros are not digits).
    if (!parsed.isZero() && (parsed.e > maxExponent || parsed.decimalPlaces() > maxPlaces))
      return fail(state, "out_of_range");
    return formatExactDecimal(parsed);
  };
}

/** `answer`: an integer or `eos`; the range is the declared one for the row's `rangeBy` value. */
function answer(field: FieldSpec, partner: number): FieldParser {
  const fixed = { min: field.min ?? 0, max: field.max ?? 10, eos: true };
  return (value, state) => {
    if (isAbsent(value)) return absentValue(field, state, partner);
    let result: number | "eos";
    if (typeof value === "string" && trimAscii(value).toLowerCase() === "eos") result = "eos";
    else {
      const number = integerOfValue(value);
      if (Number.isNaN(number)) return fail(state, "invalid_format");
      result = number;
    }
    // `nps`: 0–10; this SDK reads "or eos" as belonging to the statements only (the declared ranges).
    const range = field.rangeBy === undefined ? fixed : answerRangeOf(field.rangeBy, state.rangeValue);
    return result === "eos"
      ? range.eos
        ? result
        : fail(state, "out_of_range")
      : result >= range.min && result <= range.max
        ? result
        : fail(state, "out_of_range");
  };
}

/**
 * Compiles one field of a concept's table into its check. `fields` is the field list the field belongs
 * to (for `requiredUnless`, which names another field of the row).
 *
 * @example
 * ```ts
 * const parse = compileField({ name: "sex", type: "sex", required: true, default: null, description: "" });
 * parse(" N ", state); // "female"
 * ```
 */
export function compileField(field: FieldSpec, fields: readonly FieldSpec[] = [field]): FieldParser {
  const partner =
    field.requiredUnless === undefined ? -1 : fields.findIndex((candidate) => candidate.name === field.requiredUnless);
  if (field.requiredUnless !== undefined && partner < 0)
    throw new Error(`concept model error: ${field.name} requiredUnless names no field ${field.requiredUnless}`);
  if (field.rangeBy !== undefined && !fields.some((candidate) => candidate.name === field.rangeBy!.field))
    throw new Error(`concept model error: ${field.name} rangeBy names no field ${field.rangeBy.field}`);
  const parse = compileType(field, partner);
  // F5a: a text value holding NUL is `invalid_format`, whatever the field (before F8's later reasons).
  return (value, state) =>
    typeof value === "string" && value.indexOf("\0") !== -1 ? fail(state, "invalid_format") : parse(value, state);
}

function compileType(field: FieldSpec, partner: number): FieldParser {
  switch (field.type) {
    case "id":
    case "string":
      return idOrString(field, partner);
    case "date":
      return date(field, partner);
    case "municipality":
      return municipality(field, partner);
    case "organizer":
      return organizer(field, partner);
    case "sex":
      return sex(field, partner);
    case "bool":
      return bool(field, partner);
    case "enum":
      return enumeration(field, partner);
    case "integer":
      return integer(field, partner);
    case "decimal":
      return decimal(field, partner);
    case "answer":
      return answer(field, partner);
  }
}

/**
 * The spellings a sex, bool or enum field's check accepts exactly as written, each with its meaning —
 * read from the very tables the checks use, so a fast path matching them gives the same value (F2).
 * `null` for other fields.
 *
 * @example
 * ```ts
 * wordsOf({ name: "sex", type: "sex", required: true, default: null, description: "" })?.spellings;
 * // ["male", "female", "unknown", "1", "M", "m", "2", "F", "f", "N", "n"]
 * ```
 */
export function wordsOf(field: FieldSpec): WordList | null {
  let map: ReadonlyMap<string, unknown>;
  if (field.type === "sex") map = SEX_WORDS;
  else if (field.type === "bool") map = BOOL_WORDS;
  else if (field.type === "enum") map = wordMap((field.values ?? []).map((word) => [word, word] as const));
  else return null;
  return { spellings: [...map.keys()], meanings: [...map.values()] };
}

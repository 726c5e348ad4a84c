/**
 * One JSON object of scalars read without `JSON.parse` (issue 14; fine-print F29): an NDJSON line or a
 * JSON array's element such as `{"visit_id":"v1","visit_date":"2024-01-05","count":3}`. `JSON.parse`
 * builds an object per record, and the JSON reader reads every file twice (once for the union of keys,
 * F29, once for the cells), so it took 60–70 % of a 2 M-line NDJSON run. This scanner finds the keys
 * and values in place, reuses the previous record's key strings when the keys repeat (as they do in
 * almost every file), and hands the values over as they are. A plain record's syntax is checked by one
 * compiled expression (`PLAIN_RECORD`); once two records in a row have the same keys, the next ones are
 * matched by an expression of those keys that captures the values (`keyedRecord`).
 *
 * It takes only what it reads exactly as `JSON.parse` does, and declines (returns `false`) anything
 * else, which the reader then gives to `JSON.parse`, so that the values and every error stay those of
 * `JSON.parse`:
 *
 * - an object whose values are strings, numbers (the JSON number grammar, read by `Number`, which
 *   rounds as `JSON.parse` does), `true`, `false` or `null`, with JSON whitespace (space, tab, LF, CR);
 * - a string value: its text, sliced when it is at most {@link SLICED_MAX} characters long and has no
 *   escape, else through `JSON.parse` of its literal (a fresh string that does not keep the file's
 *   chunk alive, escapes decoded);
 * - declined: nested objects or arrays, a key with an escape, a key that is an array index (`JSON.parse`
 *   puts those first in an object's key order), a control character inside a string, and any text
 *   that is not JSON.
 */
import type { RawValue } from "./table";

/** The longest string value taken as a slice of the text (V8 copies such short slices). */
const SLICED_MAX = 12;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const UPPER_E = 69;
const BACKSLASH = 92;
const LOWER_E = 101;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * Reads objects of scalars (see the module comment); after a `true` from {@link scan}, `keys` and
 * `values` hold the record's pairs in text order (`count` of them; `values` only when made
 * `withValues`) and `keysChanged` says whether the keys differ from the previous record's.
 *
 * @example
 * ```ts
 * const scanner = new FlatObjectScanner();
 * scanner.scan('{"id": "v1", "n": 2}', 0, 20); // true
 * scanner.keys.slice(0, scanner.count); // ["id", "n"]
 * scanner.values.slice(0, scanner.count); // ["v1", 2]
 * scanner.scan('{"id": {"nested": 1}}', 0, 21); // false: JSON.parse reads it
 * ```
 */
export class FlatObjectScanner {
  /** The number of pairs of the last record read. */
  count = 0;
  /** The keys, in text order (a repeated key is listed again). */
  readonly keys: string[] = [];
  /** The values, in text order. */
  readonly values: RawValue[] = [];
  /** Whether the keys (their number, order or text) differ from the previous record's. */
  keysChanged = true;

  /**
   * @param withValues whether `values` is filled (false: only the keys are wanted, and the records are
   *   still checked as wholly as with values)
   */
  constructor(private readonly withValues = true) {}

  /**
   * The keys of the last two plain records, when they were the same, as one expression for a record
   * with those keys (`keyedRecord`), capturing its values when values are read; null otherwise.
   */
  private keyed: RegExp | null = null;
  /** How many more such expressions may be made (a file whose keys keep changing makes no more). */
  private keyedBudget = 64;

  /** Reads the object text `text[start, end)`; `false` when it is not one this scanner takes. */
  scan(text: string, start: number, end: number): boolean {
    if (this.keyed !== null && this.readKeyed(this.keyed, text, start, end)) return true;
    this.keyed = null;
    const close = plainRecordEnd(text, start, end);
    if (close < 0) return this.readAny(text, start, end);
    if (!this.readPlain(text, start, close)) return false;
    // The same keys twice in a row: the next records are matched with them in one expression.
    if (!this.keysChanged && this.count > 0 && this.keyedBudget > 0) {
      this.keyedBudget--;
      this.keyed = keyedRecord(this.keys.slice(0, this.count), this.withValues);
    }
    return true;
  }

  /**
   * Reads a plain record with the keys of the last one (`keyed`, see {@link keyedRecord}) whose values
   * it captures; `false` (nothing read) when the text is not such a record.
   */
  private readKeyed(keyed: RegExp, text: string, start: number, end: number): boolean {
    keyed.lastIndex = start;
    const match = keyed.exec(text);
    if (match === null) return false;
    const close = keyed.lastIndex - 1;
    if (close >= end || skipSpace(text, close + 1, end) !== end) return false;
    if (this.withValues) {
      const values = this.values;
      for (let pair = 0, group = 1; pair < this.count; pair++, group += 3) {
        const text = match[group];
        const number = match[group + 1];
        values[pair] =
          text !== undefined ? ownString(text) : number !== undefined ? Number(number) : LITERALS[match[group + 2]!];
      }
    }
    this.keysChanged = false;
    return true;
  }

  /**
   * Reads a plain record (see {@link PLAIN_RECORD}) whose closing brace is at `close`: its syntax is
   * known to be right, so only its keys and values are looked for.
   */
  private readPlain(text: string, start: number, close: number): boolean {
    const keys = this.keys;
    const values = this.values;
    const previous = this.count;
    this.count = -1; // until this record is read (see `readAny`)
    let changed = false;
    let count = 0;
    let at = skipSpace(text, text.indexOf("{", start) + 1, close);
    while (at < close) {
      const keyStart = at + 1;
      const keyEnd = text.indexOf('"', keyStart);
      const known = count < keys.length ? keys[count]! : null;
      if (known === null || known.length !== keyEnd - keyStart || !sameText(text, keyStart, known)) {
        const key = text.slice(keyStart, keyEnd);
        if (isArrayIndex(key)) return false;
        keys[count] = ownString(key);
        changed = true;
      }
      at = skipSpace(text, text.indexOf(":", keyEnd + 1) + 1, close);
      const first = text.charCodeAt(at);
      if (first === QUOTE) {
        const valueEnd = text.indexOf('"', at + 1);
        if (this.withValues) values[count] = ownString(text.slice(at + 1, valueEnd));
        at = valueEnd + 1;
      } else if (first === 116 || first === 110) {
        if (this.withValues) values[count] = first === 116 ? true : null;
        at += 4;
      } else if (first === 102) {
        if (this.withValues) values[count] = false;
        at += 5;
      } else {
        const numberEnd = numberEndOf(text, at, close);
        if (this.withValues) values[count] = Number(text.slice(at, numberEnd));
        at = numberEnd;
      }
      count++;
      at = skipSpace(text, at, close);
      if (text.charCodeAt(at) === COMMA) at = skipSpace(text, at + 1, close);
    }
    this.count = count;
    this.keysChanged = changed || count !== previous;
    return true;
  }

  /** Reads any record character by character, declining what it does not take (see the module comment). */
  private readAny(text: string, start: number, end: number): boolean {
    const keys = this.keys;
    const values = this.values;
    const previous = this.count;
    // Until this record is read: a record declined half-way leaves `keys` partly overwritten.
    this.count = -1;
    let changed = false;
    let count = 0;
    let at = skipSpace(text, start, end);
    if (at >= end || text.charCodeAt(at) !== OPEN_BRACE) return false;
    at = skipSpace(text, at + 1, end);
    if (at < end && text.charCodeAt(at) === CLOSE_BRACE) at++;
    else {
      for (;;) {
        // The key: a string without escapes or control characters, and not an array index.
        if (at >= end || text.charCodeAt(at) !== QUOTE) return false;
        const keyStart = at + 1;
        const keyFound = stringEnd(text, keyStart, end);
        if (keyFound < 0 || (keyFound & 1) === 1) return false;
        const keyEnd = keyFound >>> 1;
        const known = count < keys.length ? keys[count]! : null;
        if (known === null || known.length !== keyEnd - keyStart || !sameText(text, keyStart, known)) {
          const key = text.slice(keyStart, keyEnd);
          if (isArrayIndex(key)) return false;
          keys[count] = ownString(key);
          changed = true;
        }
        at = skipSpace(text, keyEnd + 1, end);
        if (at >= end || text.charCodeAt(at) !== COLON) return false;
        at = skipSpace(text, at + 1, end);
        // The value.
        const first = at < end ? text.charCodeAt(at) : -1;
        if (first === QUOTE) {
          const valueStart = at + 1;
          const valueFound = stringEnd(text, valueStart, end);
          if (valueFound < 0) return false;
          const valueEnd = valueFound >>> 1;
          const escaped = (valueFound & 1) === 1;
          if (!escaped && valueEnd - valueStart <= SLICED_MAX) {
            if (this.withValues) values[count] = text.slice(valueStart, valueEnd);
          } else if (escaped || this.withValues) {
            // Escapes are checked even for the keys alone: a record with an invalid one is not taken.
            const literal = stringLiteral(text, at, valueEnd + 1);
            if (literal === null) return false;
            values[count] = literal;
          }
          at = valueEnd + 1;
        } else if (first === MINUS || (first >= ZERO && first <= NINE)) {
          const numberEnd = numberEndOf(text, at, end);
          if (numberEnd < 0) return false;
          if (this.withValues) values[count] = Number(text.slice(at, numberEnd));
          at = numberEnd;
        } else if (first === 116 && text.startsWith("true", at)) {
          values[count] = true;
          at += 4;
        } else if (first === 102 && text.startsWith("false", at)) {
          values[count] = false;
          at += 5;
        } else if (first === 110 && text.startsWith("null", at)) {
          values[count] = null;
          at += 4;
        } else return false; // a nested value, or no JSON value
        count++;
        at = skipSpace(text, at, end);
        if (at >= end) return false;
        const next = text.charCodeAt(at);
        if (next === CLOSE_BRACE) {
          at++;
          break;
        }
        if (next !== COMMA) return false;
        at = skipSpace(text, at + 1, end);
      }
    }
    if (skipSpace(text, at, end) !== end) return false;
    this.count = count;
    this.keysChanged = changed || count !== previous;
    return true;
  }
}

/**
 * A JSON object of scalars without escapes or control characters in its strings (JSON whitespace
 * allowed between its parts), matched from `lastIndex` on: such a record's syntax is checked by the
 * expression's compiled matcher, five times as fast as a character loop here.
 */
export const PLAIN_RECORD = (() => {
  const space = "[ \\t\\n\\r]*";
  const text = '"[^"\\\\\\u0000-\\u001f]*"';
  const number = "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?";
  const pair = `${text}${space}:${space}(?:${text}|${number}|true|false|null)${space}`;
  return new RegExp(`${space}\\{${space}(?:${pair}(?:,${space}${pair})*)?\\}`, "y");
})();

/** The value of each JSON literal. */
const LITERALS: Record<string, boolean | null> = { true: true, false: false, null: null };

/**
 * A plain record (see {@link PLAIN_RECORD}) with exactly `keys`, in order, as one expression matched
 * from `lastIndex` on: with `capture`, each value's text (a string's without its quotes), number or
 * literal in three groups of its own (1–3 for the first key, 4–6 for the second, …).
 */
function keyedRecord(keys: readonly string[], capture: boolean): RegExp {
  const space = "[ \\t\\n\\r]*";
  const open = capture ? "(" : "(?:";
  const value =
    `(?:"${open}[^"\\\\\\u0000-\\u001f]*)"|${open}-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)` +
    `|${open}true|false|null))`;
  const pairs = keys.map((key) => `"${key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"${space}:${space}${value}${space}`);
  return new RegExp(`${space}\\{${space}${pairs.join(`,${space}`)}\\}`, "y");
}

/**
 * The index of the closing brace of the plain record (`PLAIN_RECORD`) that is `text[start, end)` with
 * only JSON whitespace after it, or −1 when that text is no plain record.
 */
function plainRecordEnd(text: string, start: number, end: number): number {
  PLAIN_RECORD.lastIndex = start;
  if (!PLAIN_RECORD.test(text)) return -1;
  const close = PLAIN_RECORD.lastIndex - 1;
  return close < end && skipSpace(text, close + 1, end) === end ? close : -1;
}

/**
 * A string of its own for a slice of a record: a short slice is one already (V8 copies slices of up to
 * 12 characters); a longer one is copied, so that it does not keep the file's chunk alive (and reads of
 * it do not go through the chunk).
 */
function ownString(slice: string): string {
  return slice.length <= SLICED_MAX ? slice : (JSON.parse(`"${slice}"`) as string);
}

/**
 * The string whose text starts at `from`: twice the index of the quote that ends it (an escaped quote
 * does not), plus 1 when it has an escape; −1 when no quote ends it before `end` or a control character
 * comes first.
 */
function stringEnd(text: string, from: number, end: number): number {
  let escaped = 0;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) return at * 2 + escaped;
    if (code < SPACE) return -1;
    if (code === BACKSLASH) {
      escaped = 1;
      at++; // the escaped character
    }
  }
  return -1;
}

/** Whether `text` holds `known` from `from` on (the caller checked that the lengths fit). */
function sameText(text: string, from: number, known: string): boolean {
  return text.slice(from, from + known.length) === known;
}

/** The first index from `at` that is not JSON whitespace (or `end`). */
function skipSpace(text: string, at: number, end: number): number {
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== LF && code !== CR && code !== TAB) break;
    at++;
  }
  return at;
}

/**
 * The end of the JSON number from `at` (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`),
 * or −1 when the text there is no such number.
 */
function numberEndOf(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) === MINUS) at++;
  if (at >= end) return -1;
  const lead = text.charCodeAt(at);
  if (lead === ZERO) at++;
  else if (lead > ZERO && lead <= NINE) at = digitsEnd(text, at + 1, end);
  else return -1;
  if (at < end && text.charCodeAt(at) === DOT) {
    const fraction = digitsEnd(text, at + 1, end);
    if (fraction === at + 1) return -1;
    at = fraction;
  }
  if (at < end && (text.charCodeAt(at) === LOWER_E || text.charCodeAt(at) === UPPER_E)) {
    at++;
    if (at < end && (text.charCodeAt(at) === PLUS || text.charCodeAt(at) === MINUS)) at++;
    const exponent = digitsEnd(text, at, end);
    if (exponent === at) return -1;
    at = exponent;
  }
  return at;
}

function digitsEnd(text: string, at: number, end: number): number {
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) break;
    at++;
  }
  return at;
}

/** A string literal `text[start, end)` (quotes included) as `JSON.parse` reads it, or null when it fails. */
function stringLiteral(text: string, start: number, end: number): string | null {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return null; // an invalid escape: JSON.parse of the whole record gives the error
  }
}

/** Whether a key is an array index (`0`–`4294967294` without leading zeros), which objects order first. */
function isArrayIndex(key: string): boolean {
  const size = key.length;
  if (size === 0 || size > 10) return false;
  const lead = key.charCodeAt(0);
  if (lead < ZERO || lead > NINE || (lead === ZERO && size > 1)) return false;
  for (let at = 1; at < size; at++) {
    const code = key.charCodeAt(at);
    if (code < ZERO || code > NINE) return false;
  }
  return Number(key) < 4_294_967_295;
}

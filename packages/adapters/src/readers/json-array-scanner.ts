/**
 * An incremental splitter of a JSON array into the source text of its elements, so that an array of
 * a million objects is parsed one element at a time (`JSON.parse` per element) instead of as one
 * string (interfaces.md: "JSON (array of objects …)"). It tracks only nesting depth, strings and
 * escapes; each element's own syntax is checked by `JSON.parse`.
 */
import { PLAIN_RECORD } from "./json-flat-object";

/**
 * Receives each element's source text as `text[start, end)` (no string cut for it), its 1-based element
 * number and the line it starts on.
 */
export type ElementSink = (text: string, start: number, end: number, element: number, line: number) => void;

/** The index of `search` in `text` from `from` on, or the text's length when it does not occur. */
function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}

/** The index of the closing brace of the plain record that begins at `start`, or −1 when none does. */
function plainRecordClose(text: string, start: number): number {
  PLAIN_RECORD.lastIndex = start;
  return PLAIN_RECORD.test(text) ? PLAIN_RECORD.lastIndex - 1 : -1;
}

/** A problem with the array's structure; the file reader turns it into `UsageError("malformed_json")`. */
export class JsonStructureError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "JsonStructureError";
  }
}

const enum State {
  BeforeArray,
  InArray,
  AfterArray,
}

/**
 * Splits a JSON array, fed in chunks, into element texts.
 *
 * @example
 * ```ts
 * const texts: string[] = [];
 * const scanner = new JsonArrayScanner();
 * const take = (text: string, start: number, end: number) => texts.push(text.slice(start, end));
 * scanner.feed('[{"a":1},\n{"a":"]', take);
 * scanner.feed('x"}]', take);
 * scanner.finish();
 * // texts: ['{"a":1}', '{"a":"]x"}']
 * ```
 */
export class JsonArrayScanner {
  /** The text of an element begun in an earlier chunk (read through `JSON.parse` once it ends). */
  private pending = "";
  private state = State.BeforeArray;
  /** Depth inside the array: 0 between elements, > 0 inside an object or nested array. */
  private depth = 0;
  private inString = false;
  private skipNext = false;
  /** Whether an element has begun and not ended (its start is in this chunk, or it is `pending`). */
  private inElement = false;
  private elementLine = 0;
  private elements = 0;
  private line = 1;
  /** Whether a `,` was read and its element has not started yet. */
  private afterComma = false;

  /**
   * Scans the next chunk; calls `sink` for every complete element. The chunk is read as it is (no
   * string joined to it: reading the characters of a joined string costs more); only an element across
   * chunks is joined.
   */
  feed(text: string, sink: ElementSink): void {
    const n = text.length;
    // The state in locals for the loop, written back at the end.
    let { state, depth, inString, skipNext, inElement, elements, line, afterComma } = this;
    let elementStart = inElement ? -1 : 0; // −1: the element began in an earlier chunk
    // A backslash that ended the last chunk escapes this chunk's first character.
    let i = 0;
    if (skipNext && n > 0) {
      i = 1;
      skipNext = false;
    }
    // The next backslash from `i` on (n: none): a string that closes before it has no escape, and its
    // closing quote is found by `indexOf`, not character by character.
    let backslash = -1;
    for (; i < n; i++) {
      if (inString) {
        if (backslash < i) backslash = indexOrEnd(text, "\\", i);
        const quote = indexOrEnd(text, '"', i);
        if (quote < backslash) {
          inString = false;
          i = quote; // the loop goes on after it
          continue;
        }
        if (backslash >= n) break; // no quote: the string goes on in the next chunk
        if (backslash + 1 >= n) {
          skipNext = true; // the escaped character is the next chunk's first
          break;
        }
        i = backslash + 1; // the escaped character; the loop goes on after it
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      if (state !== State.InArray) {
        if (state === State.BeforeArray && c === 91) {
          state = State.InArray;
          continue;
        }
        throw new JsonStructureError(
          line,
          state === State.BeforeArray
            ? `expected "[" (an array of objects) but found ${JSON.stringify(text[i])}; for one object per line use ` +
                ".jsonl or .ndjson"
            : `unexpected ${JSON.stringify(text[i])} after the end of the array`,
        );
      }
      if (depth === 0) {
        if (c === 44 || c === 93) {
          if (inElement) {
            elements++;
            if (elementStart >= 0) sink(text, elementStart, i, elements, this.elementLine);
            else {
              const joined = this.pending + text.slice(0, i);
              this.pending = "";
              sink(joined, 0, joined.length, elements, this.elementLine);
            }
            inElement = false;
          } else if (afterComma || (c === 44 && elements === 0)) {
            throw new JsonStructureError(line, `an element is missing before ${JSON.stringify(text[i])}`);
          }
          afterComma = c === 44;
          if (c === 93) state = State.AfterArray;
          continue;
        }
        if (!inElement) {
          if (elements > 0 && !afterComma) {
            throw new JsonStructureError(line, `expected "," or "]" after element ${elements}`);
          }
          inElement = true;
          elementStart = i;
          this.elementLine = line;
          afterComma = false;
          // A plain record (the flat scanner's `PLAIN_RECORD`) is passed over to its closing brace at
          // once, counting the line ends in it (they can only be whitespace between its parts).
          const close = c === 123 ? plainRecordClose(text, i) : -1;
          if (close >= 0) {
            for (let at = text.indexOf("\n", i); at >= 0 && at < close; at = text.indexOf("\n", at + 1)) line++;
            i = close; // the loop goes on after it, at depth 0
            continue;
          }
        }
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
    }
    if (inElement) this.pending = elementStart >= 0 ? text.slice(elementStart) : this.pending + text;
    this.state = state;
    this.depth = depth;
    this.inString = inString;
    this.skipNext = skipNext;
    this.inElement = inElement;
    this.elements = elements;
    this.line = line;
    this.afterComma = afterComma;
  }

  /** Ends the input; an array that is not closed is a `JsonStructureError`. */
  finish(): void {
    if (this.state === State.BeforeArray)
      throw new JsonStructureError(this.line, 'the file has no JSON array; expected "[" …');
    if (this.state === State.InArray)
      throw new JsonStructureError(this.line, 'the array is not closed with "]" before the end of the file');
  }
}

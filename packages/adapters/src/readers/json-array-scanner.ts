/**
 * An incremental splitter of a JSON array into the source text of its elements, so that an array of
 * a million objects is parsed one element at a time (`JSON.parse` per element) instead of as one
 * string (interfaces.md: "JSON (array of objects …)"). It tracks only nesting depth, strings and
 * escapes; each element's own syntax is checked by `JSON.parse`.
 */

/** Receives each element's source text, its 1-based element number and the line it starts on. */
export type ElementSink = (text: string, element: number, line: number) => void;

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
 * scanner.feed('[{"a":1},\n{"a":"]', (text) => texts.push(text));
 * scanner.feed('x"}]', (text) => texts.push(text));
 * scanner.finish();
 * // texts: ['{"a":1}', '{"a":"]x"}']
 * ```
 */
export class JsonArrayScanner {
  private pending = "";
  /** Where scanning resumes in `pending`. */
  private resume = 0;
  private state = State.BeforeArray;
  /** Depth inside the array: 0 between elements, > 0 inside an object or nested array. */
  private depth = 0;
  private inString = false;
  private skipNext = false;
  private elementStart = -1;
  private elementLine = 0;
  private elements = 0;
  private line = 1;
  /** Whether a `,` was read and its element has not started yet. */
  private afterComma = false;

  /** Scans the next chunk; calls `sink` for every complete element. */
  feed(text: string, sink: ElementSink): void {
    const s = this.pending.length === 0 ? text : this.pending + text;
    const n = s.length;
    let i = this.resume;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (this.skipNext) {
        this.skipNext = false;
        continue;
      }
      if (this.inString) {
        if (c === 92) this.skipNext = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 10) {
        this.line++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      if (this.state !== State.InArray) {
        if (this.state === State.BeforeArray && c === 91) {
          this.state = State.InArray;
          continue;
        }
        throw new JsonStructureError(
          this.line,
          this.state === State.BeforeArray
            ? `expected "[" (an array of objects) but found ${JSON.stringify(s[i])}; for one object per line use ` +
                ".jsonl or .ndjson"
            : `unexpected ${JSON.stringify(s[i])} after the end of the array`,
        );
      }
      if (this.depth === 0) {
        if (c === 44 || c === 93) {
          if (this.elementStart >= 0) {
            this.elements++;
            sink(s.slice(this.elementStart, i), this.elements, this.elementLine);
            this.elementStart = -1;
          } else if (this.afterComma || (c === 44 && this.elements === 0)) {
            throw new JsonStructureError(this.line, `an element is missing before ${JSON.stringify(s[i])}`);
          }
          this.afterComma = c === 44;
          if (c === 93) this.state = State.AfterArray;
          continue;
        }
        if (this.elementStart < 0) {
          if (this.elements > 0 && !this.afterComma) {
            throw new JsonStructureError(this.line, `expected "," or "]" after element ${this.elements}`);
          }
          this.elementStart = i;
          this.elementLine = this.line;
          this.afterComma = false;
        }
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) this.depth--;
    }
    if (this.elementStart >= 0) {
      this.pending = s.slice(this.elementStart);
      this.resume = n - this.elementStart;
      this.elementStart = 0;
    } else {
      this.pending = "";
      this.resume = 0;
    }
  }

  /** Ends the input; an array that is not closed is a `JsonStructureError`. */
  finish(): void {
    if (this.state === State.BeforeArray)
      throw new JsonStructureError(this.line, 'the file has no JSON array; expected "[" …');
    if (this.state === State.InArray)
      throw new JsonStructureError(this.line, 'the array is not closed with "]" before the end of the file');
  }
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlatObjectScanner } from "./json-flat-object";

/** What `JSON.parse` makes of a text: its keys in order and values, or null when it fails or is no object. */
function parsed(text: string): { keys: string[]; values: unknown[] } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  return { keys, values: keys.map((key) => object[key]) };
}

/** The scanner's record as `JSON.parse` would give it: keys in first-seen order, each with its last value. */
function scanned(scanner: FlatObjectScanner): { keys: string[]; values: unknown[] } {
  const byKey = new Map<string, unknown>();
  for (let pair = 0; pair < scanner.count; pair++) byKey.set(scanner.keys[pair]!, scanner.values[pair]);
  return { keys: [...byKey.keys()], values: [...byKey.values()] };
}

const space = fc.constantFrom("", " ", "  ", "\t", "\r", "\n", "\u00a0", "\f", "\v");
const key = fc.constantFrom(
  '"a"',
  '"visit_id"',
  '"need_assessment_date"',
  '"1"',
  '"01"',
  '"4294967294"',
  '"4294967295"',
  '"__proto__"',
  '"constructor"',
  '"a\\"b"',
  '"\\u0061"',
  '"ä"',
  '""',
  '"tab\there"',
  "a",
  "'a'",
);
const value = fc.oneof(
  fc.constantFrom(
    '"v1"',
    '""',
    '"primary_care"',
    '"a string of more than twelve characters"',
    '"line\\nbreak"',
    '"\\u00e4\\ud800"',
    '"bad \\x escape"',
    '"raw\u0001control"',
    '"raw\ttab"',
    '"quote \\" inside"',
    '"ends with backslash\\\\"',
    '"unclosed',
    '"é"',
  ),
  fc.constantFrom("0", "-0", "01", "1.", ".5", "1e5", "1E+5", "1e", "-", "+1", "1.5e-3", "-12.50", "Infinity", "NaN"),
  fc.constantFrom("123456789012345678901234567890", "9007199254740993", "0x10", "1_000"),
  fc.constantFrom("true", "false", "null", "tru", "nul", "True", "{}", '{"a":1}', "[1]", "[]"),
  fc.string({ maxLength: 6 }).map((text) => JSON.stringify(text)),
);
const pair = fc.tuple(space, key, space, fc.constantFrom(":", ":", ":", ""), space, value, space);
const objectText = fc
  .tuple(
    space,
    fc.constantFrom("{", "{", "{", "[", ""),
    fc.array(pair, { maxLength: 5 }),
    fc.constantFrom(",", ",", ",", ",,", ""),
    fc.constantFrom("}", "}", "}", "", "}}", "} x"),
    space,
  )
  .map(([before, open, pairs, comma, close, after]) => {
    const inner = pairs.map((parts) => parts.join("")).join(comma);
    return `${before}${open}${inner}${close}${after}`;
  });

describe("FlatObjectScanner", () => {
  it("reads objects of scalars as JSON.parse does, and declines what it does not read exactly", () => {
    fc.assert(
      fc.property(objectText, fc.constantFrom("", "xx"), (text, around) => {
        const scanner = new FlatObjectScanner();
        const framed = `${around}${text}${around}`;
        const taken = scanner.scan(framed, around.length, around.length + text.length);
        const expected = parsed(text);
        if (taken) {
          // Whatever it takes, JSON.parse reads to the same keys in the same order and the same values.
          expect(expected).not.toBeNull();
          expect(scanned(scanner)).toEqual(expected);
          expect(scanned(scanner).values.every((cell, at) => Object.is(cell, expected!.values[at]))).toBe(true);
        } else if (expected !== null) {
          // It declines only objects with a nested value, an escaped key or an array index key.
          const declinable =
            expected.values.some((cell) => typeof cell === "object" && cell !== null) ||
            /"(?:[^"\\]|\\.)*\\.(?:[^"\\]|\\.)*"\s*:/.test(text) ||
            expected.keys.some((name) => /^(0|[1-9]\d{0,9})$/.test(name) && Number(name) < 4294967295);
          expect(declinable).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it("reads records in a row as JSON.parse does, also through the expression of repeated keys", () => {
    // Each record three times: the third is read by the expression made from the first two's keys.
    fc.assert(
      fc.property(fc.array(objectText, { minLength: 1, maxLength: 4 }), (texts) => {
        const scanner = new FlatObjectScanner();
        for (const text of texts.flatMap((text) => [text, text, text])) {
          const taken = scanner.scan(text, 0, text.length);
          const expected = parsed(text);
          if (!taken) continue; // what it declines is checked above
          expect(scanned(scanner)).toEqual(expected);
          expect(scanned(scanner).values.every((cell, at) => Object.is(cell, expected!.values[at]))).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("reads records with the keys of the ones before in one expression, and others as before", () => {
    const scanner = new FlatObjectScanner();
    const rows = [
      '{"id":"v1","n":1,"ok":true,"note":null}',
      '{"id":"v2", "n" : -2.5e1 ,"ok":false,"note":"a note of more than twelve characters"}',
      '{"id":"v3","n":0,"ok":null,"note":"x"}', // by the expression
      '{"id":"v\\u0034","n":4,"ok":true,"note":"y"}', // an escape: not by it
      '{"id":"v5","n":5,"ok":true,"note":"z"} ',
      '{"id":"v6","n":6,"ok":true,"note":"z","more":1}', // another key
      '{"a.b":1,"c":2}',
      '{"a.b":1,"c":2}',
      '{"axb":1,"c":2}', // the key's "." is no pattern in the expression
    ];
    for (const text of rows) {
      expect(scanner.scan(text, 0, text.length)).toBe(true);
      expect(scanned(scanner)).toEqual(parsed(text));
    }
    expect(scanner.scan('{"id":"v8","n":08}', 0, 18)).toBe(false);
    // After two records with the same keys, one with text after it, or not ending in its range.
    for (const text of ['{"c":1}', '{"c":2}']) expect(scanner.scan(text, 0, text.length)).toBe(true);
    expect(scanner.scan('{"c":3} x', 0, 9)).toBe(false);
    for (const text of ['{"c":1}', '{"c":2}']) expect(scanner.scan(text, 0, text.length)).toBe(true);
    expect(scanner.scan('{"c":3}\n{"c":4}', 0, 6)).toBe(false); // the range ends before its brace
  });

  it("tells whether the keys changed from the record before, also after a declined record", () => {
    const scanner = new FlatObjectScanner();
    const scan = (text: string): boolean => scanner.scan(text, 0, text.length);
    expect(scan('{"a":1,"b":"x"}')).toBe(true);
    expect(scanner.keysChanged).toBe(true);
    expect(scan('{"a":2, "b" : "y"}')).toBe(true);
    expect(scanner.keysChanged).toBe(false);
    expect(scanner.values.slice(0, 2)).toEqual([2, "y"]);
    expect(scan('{"b":1,"a":{}}')).toBe(false); // its keys were half read
    expect(scan('{"b":1,"a":2}')).toBe(true);
    expect(scanner.keysChanged).toBe(true);
    expect(scan('{"b":1,"a":2,"a":3}')).toBe(true);
    expect(scanner.keysChanged).toBe(true);
    expect(scan("{}")).toBe(true);
    expect(scanner.count).toBe(0);
    expect(scanner.keysChanged).toBe(true);
  });

  it("declines keys that are array indexes (JSON.parse puts them first), plain or not", () => {
    const scanner = new FlatObjectScanner();
    for (const text of ['{"a":1,"7":2}', '{"a":"x\\ty","4294967294":2}', '{"a":1, "0" : 2}'])
      expect(scanner.scan(text, 0, text.length)).toBe(false);
    for (const text of ['{"a":1,"07":2}', '{"a":1,"4294967295":2}', '{"a":1,"-1":2}']) {
      expect(scanner.scan(text, 0, text.length)).toBe(true);
      expect(scanned(scanner)).toEqual(parsed(text));
    }
  });

  it("gives long and escaped strings as strings of their own, decoded", () => {
    const scanner = new FlatObjectScanner();
    const text = '{"id":"a string of more than twelve characters","n":"tab\\there \\u00e4"}';
    expect(scanner.scan(text, 0, text.length)).toBe(true);
    expect(scanner.values.slice(0, 2)).toEqual(["a string of more than twelve characters", "tab\there ä"]);
  });

  it("reads only the keys when made without values, checking the records as wholly", () => {
    const scanner = new FlatObjectScanner(false);
    expect(scanner.scan('{"a":"x","b":1}', 0, 15)).toBe(true);
    expect(scanner.keys.slice(0, scanner.count)).toEqual(["a", "b"]);
    expect(scanner.values).toEqual([]);
    expect(scanner.scan('{"a":"bad \\x escape"}', 0, 21)).toBe(false);
    expect(scanner.scan('{"a":01}', 0, 8)).toBe(false);
  });
});

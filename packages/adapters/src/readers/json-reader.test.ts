import { UsageError } from "@virta/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonArrayScanner } from "./json-array-scanner";
import { readTable } from "./read-table";
import { allRows, tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe("JsonArrayScanner", () => {
  it("splits elements whatever the chunk boundaries, with strings holding brackets, commas and escapes", () => {
    const text = ' [ {"a":"x],\\"}{"} ,\n{"b":[1,{"c":2}]}, {"d":null}\n]\n';
    const expected = ['{"a":"x],\\"}{"}', '{"b":[1,{"c":2}]}', '{"d":null}'];
    for (let cut = 0; cut <= text.length; cut++) {
      const texts: string[] = [];
      const scanner = new JsonArrayScanner();
      const take = (chunk: string, start: number, end: number) => texts.push(chunk.slice(start, end).trim());
      scanner.feed(text.slice(0, cut), take);
      scanner.feed(text.slice(cut), take);
      scanner.finish();
      expect(texts).toEqual(expected);
    }
    // One character per chunk: an element spans many chunks.
    const texts: string[] = [];
    const scanner = new JsonArrayScanner();
    for (const character of text)
      scanner.feed(character, (chunk, start, end) => texts.push(chunk.slice(start, end).trim()));
    scanner.finish();
    expect(texts).toEqual(expected);
  });

  it("splits any array of objects fed in any chunks into elements that parse to its objects", () => {
    const object = fc.dictionary(
      fc.string({ maxLength: 4 }),
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("\\", '"', '\\"', "a\\"), fc.integer(), fc.jsonValue()),
    );
    fc.assert(
      fc.property(fc.array(object, { maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 12 }), (objects, cuts) => {
        const text = JSON.stringify(objects, null, cuts.length % 3);
        const elements: unknown[] = [];
        const scanner = new JsonArrayScanner();
        let from = 0;
        for (const cut of [...cuts, text.length]) {
          const to = Math.min(text.length, from + cut);
          scanner.feed(text.slice(from, to), (chunk, start, end) => elements.push(JSON.parse(chunk.slice(start, end))));
          from = to;
        }
        scanner.feed(text.slice(from), () => undefined);
        scanner.finish();
        expect(elements).toEqual(JSON.parse(text)); // (not `objects`: JSON.stringify writes -0 as 0)
        expect(elements).toHaveLength(objects.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("numbers elements and their lines", () => {
    const seen: [number, number][] = [];
    const scanner = new JsonArrayScanner();
    scanner.feed('[\n{"a":1},\n\n{"a":2}]', (_text, _start, _end, element, line) => seen.push([element, line]));
    scanner.finish();
    expect(seen).toEqual([
      [1, 2],
      [2, 4],
    ]);
    // Line ends inside elements, plain (passed over at once) or not.
    const lines: number[] = [];
    const multiline = new JsonArrayScanner();
    multiline.feed('[{\n"a":\n1\n},\n{"b":[\n1]},\n{"c":\n"x\\"y"},{"d":2}]', (_t, _s, _e, _n, line) =>
      lines.push(line),
    );
    multiline.finish();
    expect(lines).toEqual([1, 5, 7, 8]);
  });

  it("rejects a missing element, a missing comma, text after the array and an unclosed array", () => {
    const run = (text: string) => {
      const scanner = new JsonArrayScanner();
      scanner.feed(text, () => undefined);
      scanner.finish();
    };
    expect(() => run("[{},]")).toThrowError(/an element is missing before "]"/);
    expect(() => run('[{} {"a":1}]')).not.toThrow(); // one element '{} {"a":1}': JSON.parse rejects it later
    expect(() => run("[1]\n2")).toThrowError(/line 2: unexpected "2" after the end of the array/);
    expect(() => run("[{}")).toThrowError(/not closed/);
    expect(() => run('{"a":1}')).toThrowError(/expected "\[" \(an array of objects\)/);
  });
});

describe("readTable: JSON array (F29)", () => {
  it("reads objects with their JSON types, columns = union of keys in first-seen order", async () => {
    const path = await folder.write(
      "visits.json",
      '\uFEFF[\n  {"visit_id": "V1", "organizer": 14},\n  {"visit_id": "V2", "urgent": true, "cost": 12.5, "note": ' +
        "null}\n]\n",
    );
    const table = await readTable(path, { requiredColumns: ["visit_id", "urgent"] });
    expect(table.columns).toEqual(["visit_id", "organizer", "urgent", "cost", "note"]);
    expect(await allRows(table)).toEqual([
      { record: 1, values: { visit_id: "V1", organizer: 14 } },
      { record: 2, values: { visit_id: "V2", urgent: true, cost: 12.5, note: null } },
    ]);
  });

  it("checks required columns against the union of keys (F29)", async () => {
    const path = await folder.write("union.json", '[{"a":1},{"b":2}]');
    await expect(readTable(path, { requiredColumns: ["a", "b"] })).resolves.toBeDefined();
    const error = await usageError(readTable(path, { requiredColumns: ["c"] }));
    expect(error.code).toBe("missing_column");
  });

  it("rejects an element that is not an object, naming the element and line", async () => {
    const path = await folder.write("scalar.json", '[{"a":1},\n 7]');
    const error = await usageError(readTable(path));
    expect(error.code).toBe("malformed_json");
    expect(error.message).toBe(
      `file "${path}", element 2 (line 2): expected an object with the fields as keys, found a number`,
    );
  });

  it("rejects invalid JSON inside an element", async () => {
    const path = await folder.write("bad.json", '[{"a":1},\n{"a":tru}]');
    const error = await usageError(readTable(path));
    expect(error.code).toBe("malformed_json");
    expect(error.message).toMatch(/element 2 \(line 2\): not valid JSON/);
  });

  it("rejects a file that is one object, pointing to NDJSON", async () => {
    const error = await usageError(readTable(await folder.write("object.json", '{"a":1}\n')));
    expect(error.message).toMatch(
      /line 1: expected "\[" \(an array of objects\) but found "\{"; for one object per line use \.jsonl or \.ndjson/,
    );
  });

  it("reads an empty array as a table without columns or rows", async () => {
    const table = await readTable(await folder.write("empty.json", "[ ]"));
    expect(table.columns).toEqual([]);
    expect(await allRows(table)).toEqual([]);
  });
});

describe("readTable: NDJSON (F29)", () => {
  it("reads one object per line; blank lines are skipped and not counted", async () => {
    const path = await folder.write("visits.ndjson", '{"id":"V1"}\r\n\n   \n{"id":"V2","x":1}\n{"id":"V3"}');
    const table = await readTable(path);
    expect(table.format).toBe("ndjson");
    expect(table.columns).toEqual(["id", "x"]);
    expect(await allRows(table)).toEqual([
      { record: 1, values: { id: "V1" } },
      { record: 2, values: { id: "V2", x: 1 } },
      { record: 3, values: { id: "V3" } },
    ]);
  });

  it("names the line of a bad JSON line (.jsonl too)", async () => {
    const path = await folder.write("bad.jsonl", '{"id":"V1"}\n\n{"id": V2}\n');
    const error = await usageError(readTable(path));
    expect(error.code).toBe("malformed_json");
    expect(error.message).toMatch(new RegExp(`^file "${path}", line 3: not valid JSON`));
    expect(error.details).toMatchObject({ line: 3, record: 2 });
  });

  it("rejects a line that is an array", async () => {
    const error = await usageError(readTable(await folder.write("array-line.ndjson", "[1,2]\n")));
    expect(error.message).toMatch(/line 1: expected an object with the fields as keys, found an array/);
  });
});

describe("readTable: JSON records read in place or by JSON.parse (issue 14)", () => {
  // Records of scalars (read by FlatObjectScanner) among records it declines (read by JSON.parse):
  // nested values, escaped keys, array-index keys (which JSON.parse puts first), repeated keys, keys of
  // Object.prototype missing from most records, long and escaped strings, CRLF, chunks cut anywhere.
  const records = Array.from({ length: 3000 }, (_, index) => {
    const id = `"visit_id":"v${index}"`;
    switch (index % 9) {
      case 0:
        return `{${id},"visit_date":"2024-01-0${(index % 9) + 1}","n":${index}}`;
      case 1:
        return `{${id},"nested":{"a":[1,2]},"n":-0}`;
      case 2:
        return `{ ${id} , "n" : 1.5e3 , "note" : "a note of more than twelve characters ${"x".repeat(index % 50)}" }\r`;
      case 3:
        return `{${id},"constructor":"c","n":1,"n":2}`;
      case 4:
        return `{${id},"7":"index key","\\u0062":"escaped key"}`;
      case 5:
        return `{${id},"note":"tab\\t and \\"quotes\\" \\u00e4","ok":true,"gone":null}`;
      case 6:
        return `{}`;
      default:
        return `{${id},"visit_date":"2024-02-1${index % 9}","ok":false}`;
    }
  });
  /** The rows JSON.parse gives: its keys' union in first-seen order, each row's own keys only. */
  function expected(): { columns: string[]; rows: Array<{ record: number; values: Record<string, unknown> }> } {
    const objects = records.map((text) => JSON.parse(text) as Record<string, unknown>);
    const columns = [...new Set(objects.flatMap((object) => Object.keys(object)))];
    return { columns, rows: objects.map((values, index) => ({ record: index + 1, values })) };
  }

  it("NDJSON: the same columns, cells and records as JSON.parse of each line", async () => {
    const table = await readTable(await folder.write("mixed.ndjson", records.join("\n") + "\n"));
    const { columns, rows } = expected();
    expect(table.columns).toEqual(columns);
    expect(await allRows(table)).toEqual(rows);
  });

  it("JSON array: the same columns, cells and records as JSON.parse of each element", async () => {
    const table = await readTable(await folder.write("mixed.json", `[\n${records.join(",\n")}\n]`));
    const { columns, rows } = expected();
    expect(table.columns).toEqual(columns);
    expect(await allRows(table)).toEqual(rows);
  });

  it("reads -0 and a record's last value of a repeated key as JSON.parse does", async () => {
    const table = await readTable(await folder.write("values.ndjson", '{"n":-0,"m":1,"m":2}\n{"n":-0}\n'));
    const rows = await allRows(table);
    expect(Object.is(rows[0]!.values.n, -0)).toBe(true);
    expect(rows[0]!.values.m).toBe(2);
  });

  it("names the line of an invalid escape or a raw control character, as JSON.parse does", async () => {
    for (const line of ['{"id":"bad \\x escape"}', '{"id":"raw\u0001control"}', '{"id":01}']) {
      const path = await folder.write("bad-value.ndjson", `{"id":"V1"}\n${line}\n`);
      const error = await usageError(readTable(path));
      expect(error.message).toMatch(new RegExp(`^file "${path}", line 2: not valid JSON`));
    }
  });
});

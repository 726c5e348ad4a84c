import { UsageError } from "@virta/core";
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
      scanner.feed(text.slice(0, cut), (element) => texts.push(element.trim()));
      scanner.feed(text.slice(cut), (element) => texts.push(element.trim()));
      scanner.finish();
      expect(texts).toEqual(expected);
    }
  });

  it("numbers elements and their lines", () => {
    const seen: [number, number][] = [];
    const scanner = new JsonArrayScanner();
    scanner.feed('[\n{"a":1},\n\n{"a":2}]', (_, element, line) => seen.push([element, line]));
    scanner.finish();
    expect(seen).toEqual([
      [1, 2],
      [2, 4],
    ]);
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

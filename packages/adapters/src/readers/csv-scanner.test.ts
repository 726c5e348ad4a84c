import { formatDate, MIN_DATA_DAY_NUMBER, tryParseDate } from "@virta/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvScanner, CsvSyntaxError, detectDelimiter } from "./csv-scanner";

/** Scans `text` fed in the given pieces; returns [fields, line] per record. */
function scan(pieces: string[], delimiter: "," | ";" = ","): [string[], number][] {
  const records: [string[], number][] = [];
  const keep = (fields: readonly string[], line: number) => void records.push([[...fields], line]);
  const scanner = new CsvScanner(delimiter);
  for (const piece of pieces) scanner.feed(piece, keep);
  scanner.finish(keep);
  return records;
}

/** RFC 4180 text of records (quoting every field that needs it). */
function toCsv(records: string[][], lineEnd: string): string {
  const quote = (field: string) =>
    /[",\r\n]/.test(field) || field === "" ? `"${field.replaceAll('"', '""')}"` : field;
  return records.map((record) => record.map(quote).join(",")).join(lineEnd) + lineEnd;
}

describe("detectDelimiter (F29)", () => {
  it("takes ; when the header line has more ; than ,", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3\n")).toBe(";");
  });
  it("takes , on a tie and by default", () => {
    expect(detectDelimiter("a;b,c\n")).toBe(",");
    expect(detectDelimiter("visit_id\n")).toBe(",");
  });
  it("skips leading empty lines and ignores delimiters inside quotes", () => {
    expect(detectDelimiter('\r\n\n"a,b,c";d;e\n')).toBe(";");
  });
});

describe("CsvScanner", () => {
  it("splits plain records and numbers their first lines, skipping wholly empty lines (F29)", () => {
    expect(scan(["id,x\n1,a\n\n2,b\n"])).toEqual([
      [["id", "x"], 1],
      [["1", "a"], 2],
      [["2", "b"], 4],
    ]);
  });

  it("reads quoted delimiters, doubled quotes and quoted newlines as one record (F9)", () => {
    expect(scan(['id,note\n1,"a, ""b""\nc"\n2,d\n'])).toEqual([
      [["id", "note"], 1],
      [["1", 'a, "b"\nc'], 2],
      [["2", "d"], 4],
    ]);
  });

  it("strips CR of CRLF line ends but keeps CRLF inside quotes", () => {
    expect(scan(['a,b\r\n1,"x\r\ny"\r\n\r\n2,\r\n'])).toEqual([
      [["a", "b"], 1],
      [["1", "x\r\ny"], 2],
      [["2", ""], 5],
    ]);
  });

  it("keeps empty fields, a last record without line end, and a quote inside an unquoted field", () => {
    expect(scan([',,\n"",5" disk,\nlast'])).toEqual([
      [["", "", ""], 1],
      [["", '5" disk', ""], 2],
      [["last"], 3],
    ]);
  });

  it("reads ; files", () => {
    expect(scan(['a;b\n"1;2";3\n'], ";")).toEqual([
      [["a", "b"], 1],
      [["1;2", "3"], 2],
    ]);
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const text = 'id,note\r\n1,"a ""q"" , b\r\nc"\r\n\r\n2,plain\r\n3,"end"';
    const whole = scan([text]);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(scan([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(scan(text.split(""))).toEqual(whole);
  });

  it("round-trips random records split at random points (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r\n", "ä", ";"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 5 }),
        (records, lineEnd, cuts) => {
          const text = toCsv(records, lineEnd);
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((x, y) => x - y);
          const pieces = [0, ...points].map((start, index, all) => text.slice(start, all[index + 1] ?? text.length));
          expect(scan(pieces).map(([fields]) => fields)).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports an unclosed quote at the end with the line where the record starts", () => {
    expect(() => scan(['a,b\n1,2\n3,"open\nstill open'])).toThrowError(CsvSyntaxError);
    try {
      scan(['a,b\n1,2\n3,"open\nstill open']);
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it("reports text after a closing quote", () => {
    expect(() => scan(['a,b\n"x"y,2\n'])).toThrowError(/line 2: unexpected "y" after the closing quote of field 1/);
  });
});

describe("CsvScanner with day columns (F4, issues 13 and 14)", () => {
  /** Scans `pieces` with columns 0 and 1 as day columns. */
  function scanDays(pieces: string[]): [Array<string | number>, number][] {
    const records: [Array<string | number>, number][] = [];
    const keep = (fields: ReadonlyArray<string | number>, line: number) => void records.push([[...fields], line]);
    const scanner = new CsvScanner(",", [0, 1]);
    for (const piece of pieces) scanner.feed(piece, keep);
    scanner.finish(keep);
    return records;
  }

  const text =
    "2024-01-01,d,e\n2024-02-29,2023-02-29,2024-02-29\n0000-01-01,2024-1-5,x\n" +
    '"2024-03-01",2024-03-01,y\n 2024-03-01,2024-03-01\r\n';

  it("gives plain dates of years 0001–9999 as day numbers, after the header and outside quoted records", () => {
    expect(scanDays([text])).toEqual([
      [["2024-01-01", "d", "e"], 1], // the header stays text
      [[19782, "2023-02-29", "2024-02-29"], 2], // not a date; column 2 is no day column
      [["0000-01-01", "2024-1-5", "x"], 3], // year 0000 (F34) and a short form stay text
      [["2024-03-01", "2024-03-01", "y"], 4], // a record with a quote stays text
      [[" 2024-03-01", 19783], 5], // a space: text (the validator trims it, F1)
    ]);
  });

  it("gives the same cells whatever the chunk boundaries", () => {
    const whole = scanDays([text]);
    for (let cut = 0; cut <= text.length; cut++) expect(scanDays([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  });

  it("reads a date followed by the delimiter without searching, and only a whole plain date", () => {
    const semicolons = "h;i;j\n2024-01-011;2024-01-01;x\n2024-01-01,5;2024-01-01\n2024-01-01;;2024-01-01\n";
    const scan = (pieces: string[]) => {
      const records: Array<Array<string | number>> = [];
      const keep = (fields: ReadonlyArray<string | number>) => void records.push([...fields]);
      const scanner = new CsvScanner(";", [0, 1]);
      for (const piece of pieces) scanner.feed(piece, keep);
      scanner.finish(keep);
      return records;
    };
    const whole = scan([semicolons]);
    expect(whole).toEqual([
      ["h", "i", "j"],
      ["2024-01-011", 19723, "x"], // eleven characters: text
      ["2024-01-01,5", 19723], // a comma is no delimiter here: text
      [19723, "", "2024-01-01"], // an empty day cell stays text; column 2 is no day column
    ]);
    for (let cut = 0; cut <= semicolons.length; cut++) {
      expect(scan([semicolons.slice(0, cut), semicolons.slice(cut)])).toEqual(whole);
    }
  });

  it("turns a cell into a number exactly when it is a data date, which formatDate writes back (property)", () => {
    const digit = fc.constantFrom("0", "1", "2", "3", "9");
    const cell = fc.oneof(
      fc.tuple(fc.nat(9999), fc.nat(13), fc.nat(32)).map(([year, month, day]) => {
        const two = (n: number) => String(n).padStart(2, "0");
        return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
      }),
      fc.string({ unit: fc.oneof(digit, fc.constant("-")), minLength: 10, maxLength: 10 }),
    );
    fc.assert(
      fc.property(cell, (date) => {
        const [fields] = scanDays([`h,i\n${date},x\n`])[1]!;
        const day = tryParseDate(date);
        if (day !== null && day >= MIN_DATA_DAY_NUMBER) {
          expect(fields[0]).toBe(day);
          expect(formatDate(day)).toBe(date);
        } else expect(fields[0]).toBe(date);
      }),
      { numRuns: 500 },
    );
  });
});

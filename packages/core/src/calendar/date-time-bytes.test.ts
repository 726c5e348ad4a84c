import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate } from "./date";
import { tryParseDateOrDateTime } from "./date-time";
import { scanDateTimeBytes } from "./date-time-bytes";

/** `scanDateTimeBytes` of `text` inside other bytes (a field between delimiters), as a date or null. */
function scanned(text: string): string | null {
  const bytes = new TextEncoder().encode(`9,${text},2024-01-01T00:00:00+02:00`);
  const day = scanDateTimeBytes(bytes, 2, bytes.length - 26);
  return Number.isNaN(day) ? null : formatDate(day);
}

describe("scanDateTimeBytes (F4, issue 14)", () => {
  it("takes the date part without an offset and the Helsinki date with one", () => {
    expect(scanned("2024-03-31")).toBe("2024-03-31");
    expect(scanned("2024-03-31T23:30:00")).toBe("2024-03-31");
    expect(scanned("2024-03-31 23:30:00.123456")).toBe("2024-03-31");
    expect(scanned("2024-03-31T23:30:00Z")).toBe("2024-04-01"); // UTC+3 from 01:00 UTC that day
    expect(scanned("2024-01-15t21:59:59z")).toBe("2024-01-15");
    expect(scanned("2024-01-15T22:00:00+0000")).toBe("2024-01-16");
    expect(scanned("2024-01-15T23:30:00-05:00")).toBe("2024-01-16");
    expect(scanned("2024-10-27T21:30:00+00:00")).toBe("2024-10-27"); // UTC+2 again
    expect(scanned("2024-06-30T23:59:60")).toBe("2024-06-30"); // a leap second
  });

  it("gives NaN where tryParseDateOrDateTime gives null, without reading past the field", () => {
    for (const text of [
      "2024-03-31T23:30",
      "2024-03-31T24:00:00",
      "2024-03-31T23:30:00.",
      "2024-03-31T23:30:00+02",
      "2024-03-31T23:30:00+0",
      "2024-03-31T23:30:00+",
      "2024-03-31T23:30:00Zx",
      "2024-03-31X23:30:00",
      "2024-02-30T00:00:00",
      " 2024-03-31",
      "2024-03-31 ",
    ])
      expect(scanned(text), text).toBeNull();
  });

  it("agrees with tryParseDateOrDateTime on any text of date-time pieces, past 9999 too (property)", () => {
    const day = (text: string): number | null => {
      const bytes = new TextEncoder().encode(`9,${text},`);
      const scannedDay = scanDateTimeBytes(bytes, 2, bytes.length - 1);
      return Number.isNaN(scannedDay) ? null : scannedDay;
    };
    // 9999-12-31T23:00:00-05:00 is a day after 9999-12-31: both give its number, the reader rejects it.
    expect(day("9999-12-31T23:00:00-05:00")).toBe(2_932_897);
    const piece = fc.constantFrom(
      "2024-03-31",
      "1999-12-31",
      "2024-02-29",
      "2023-02-29",
      "0001-01-01",
      "9999-12-31",
      "T",
      "t",
      " ",
      "x",
      "23:30:00",
      "00:00:00",
      "24:00:00",
      "23:60:00",
      "12:30:60",
      "12:3",
      ".",
      ".5",
      ".123456789",
      "Z",
      "z",
      "+02:00",
      "-05:30",
      "+0200",
      "+24:00",
      "+02:60",
      "+2",
      "-",
      ":",
      "0",
      "ä",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.join("");
        return day(text) === tryParseDateOrDateTime(text);
      }),
      { numRuns: 5_000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanDate } from "./date";
import { scanDateBytes } from "./date-bytes";

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("scanDateBytes (F4, issue 14)", () => {
  it("reads the ten bytes at the offset as scanDate reads the text", () => {
    expect(scanDateBytes(bytesOf("1,2024-03-05,x"), 2)).toBe(19787);
    expect(scanDateBytes(bytesOf("1970-01-01"), 0)).toBe(0);
    expect(scanDateBytes(bytesOf("2024-02-29"), 0)).toBe(19782);
    expect(scanDateBytes(bytesOf("0001-01-01"), 0)).toBe(-719162);
    expect(scanDateBytes(bytesOf("9999-12-31"), 0)).toBe(2932896);
  });

  it("gives NaN for what is no date", () => {
    for (const text of [
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-01-00",
      "2024-04-31",
      "2024/01/01",
      "x024-01-01",
    ])
      expect(scanDateBytes(bytesOf(text), 0), text).toBeNaN();
  });

  it("agrees with scanDate on any ten characters of digits, dashes and others", () => {
    const character = fc.constantFrom(..."0123456789-0123456789/ä:".split(""));
    const dateLike = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(character, { minLength: 10, maxLength: 10 }).map((c) => c.join("")),
          dateLike.map(
            ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
          ),
        ),
        (text) => {
          const bytes = bytesOf(text);
          if (bytes.length !== text.length) return; // a non-ASCII character: no date either way
          expect(Object.is(scanDateBytes(bytes, 0), scanDate(text, 0))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** The word-at-a-time search against a byte loop, at every offset and for every byte sought (issue 14). */
import { describe, expect, it } from "vitest";
import { closingQuote, crBeforeLf, fieldEndOf, ONES } from "./byte-words";

/** `text` with a sentinel LF and the slack after it, as the scanner's buffer has them. */
function bufferOf(text: string): DataView {
  const bytes = new Uint8Array(text.length + 16);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  bytes[text.length] = 10;
  return new DataView(bytes.buffer);
}

describe("byte words", () => {
  it("finds the first delimiter or LF as a byte loop does, wherever it falls", () => {
    for (const stop of [",", ";", "\n"]) {
      for (let at = 0; at < 11; at++) {
        // Bytes just above and below the ones sought: a borrow must not mark a byte before the match.
        const text = `${"\x01-\x2d\x0b".repeat(3).slice(0, at)}${stop}x,y`;
        const delimiter = stop === ";" ? 59 : 44;
        expect(fieldEndOf(bufferOf(text), 0, Math.imul(delimiter, ONES))).toBe(at);
      }
    }
  });

  it("finds the closing quote, a CR or a LF after the opening quote, wherever it falls", () => {
    for (const stop of ['"', "\r", "\n"]) {
      for (let length = 0; length < 11; length++) {
        const text = `"${"a#!\x0c".repeat(3).slice(0, length)}${stop}b"`;
        expect(closingQuote(bufferOf(text), 0)).toBe(length + 1);
      }
    }
    expect(closingQuote(bufferOf('"abc'), 0)).toBe(4); // the sentinel LF
  });

  it("takes a CR before the LF that ends a field as the line's, never a cell's other bytes", () => {
    const bytes = Buffer.from("a\r\n,\r\n,\n\r,b\r,\n");
    expect(crBeforeLf(bytes, 0, 2)).toBe(1); // "a" CR LF
    expect(crBeforeLf(bytes, 4, 5)).toBe(1); // an empty field, CR LF
    expect(crBeforeLf(bytes, 7, 7)).toBe(0); // an empty field at LF: no byte before it is read
    expect(crBeforeLf(bytes, 9, 11)).toBe(0); // "b" CR then a delimiter: not a line end
    expect(crBeforeLf(bytes, 12, 12)).toBe(0); // LF right after a delimiter
  });
});

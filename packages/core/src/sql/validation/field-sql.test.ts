/**
 * The date-time pattern of the validation SQL (F4) is written shorter so that a printed line keeps to
 * 120 characters (issue 15): `(-[0-9]{2}){2}` for `-[0-9]{2}-[0-9]{2}` and `(:[0-9]{2}){2}` for the
 * seconds. It must accept and reject exactly what the spelled-out pattern did.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_TIME } from "./field-sql";

const SPELLED_OUT =
  "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?";
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe("DATE_TIME", () => {
  const [short, long] = [whole(DATE_TIME), whole(SPELLED_OUT)];

  it("accepts and rejects the worked examples as the spelled-out pattern does", () => {
    const cases: Array<[string, boolean]> = [
      ["2024-02-29", true],
      ["2024-02-29T23:59:60", true],
      ["2024-02-29 10:00:00.125+02:00", true],
      ["2024-02-29t10:00:00Z", true],
      ["2024-02-29T10:00:00+0200", true],
      ["2024-02-29T10:00", false],
      ["2024-2-29", false],
      ["2024-02-29-01", false],
      ["2024-02-29T10:00:00:00", false],
    ];
    for (const [text, accepted] of cases) {
      expect(short.test(text), text).toBe(accepted);
      expect(long.test(text), text).toBe(accepted);
    }
  });

  it("agrees with the spelled-out pattern on generated near-date texts", () => {
    const pieces = ["0", "1", "2", "9", "-", ":", "T", "t", " ", "Z", "z", "+", ".", "2024-01-01", "12:00:00", "+02"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(short.test(text)).toBe(long.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/**
 * Exact numbers in results (F5, F21, F30; interfaces.md "The result object"). A numerator, denominator
 * or value leaves the SDK as a JSON number only when that number is exactly the decimal meant — a safe
 * integer, or a fraction whose shortest round-trip double string is the decimal itself (F5's rule for
 * binary floats, read backwards) — and otherwise as its exact decimal text. So a sum of euros such as
 * 123456789012345679901.5 is never rounded to a double on its way out, and a consumer that parses the
 * JSON with plain `JSON.parse` never gets a silently different number.
 */
import { UsageError } from "../errors/index";
import { Decimal, formatExactDecimal, tryParseExactDecimal } from "./decimal";

/** A number of a result: a JSON number when exact as one, else exact decimal text (`"123456789012345679901.5"`). */
export type ExactNumber = number | string;

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * Canonical decimal text (no trailing zeros, no exponent, unsigned zero) of an exact value: a number
 * (through its shortest round-trip string, F5), decimal text as a SQL engine returns it
 * (`"12.3500000000"`), a Decimal or a bigint.
 *
 * @example
 * ```ts
 * canonicalDecimalText("12.3500000000"); // "12.35"
 * canonicalDecimalText(1e21); // "1000000000000000000000"
 * ```
 */
export function canonicalDecimalText(value: number | string | Decimal | bigint): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new UsageError("invalid_decimal", `number ${String(value)} is not finite: expected a finite number`, {
        value: String(value),
      });
    }
    return value === 0 ? "0" : formatExactDecimal(new Decimal(String(value)));
  }
  if (typeof value === "string") {
    const parsed = tryParseExactDecimal(value.trim());
    if (parsed === null) {
      throw new UsageError("invalid_decimal", `${JSON.stringify(value)} is not exact decimal text such as 12.35`, {
        value,
      });
    }
    return formatExactDecimal(parsed);
  }
  return formatExactDecimal(value);
}

/**
 * The result form of an exact value: a JSON number when the number is exactly this decimal (a safe
 * integer, or a fraction whose shortest double string is the text itself), else the canonical text.
 *
 * @example
 * ```ts
 * exactNumber("80"); // 80
 * exactNumber("12.35"); // 12.35
 * exactNumber("123456789012345679901.5"); // "123456789012345679901.5"
 * exactNumber("9007199254740993"); // "9007199254740993" (not a safe integer)
 * ```
 */
export function exactNumber(value: number | string | Decimal | bigint): ExactNumber {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value === 0 ? 0 : value;
  const text = canonicalDecimalText(value);
  const number = Number(text);
  if (text.includes(".")) return String(number) === text ? number : text;
  return Number.isSafeInteger(number) ? number : text;
}

/**
 * Whether a result number is exact decimal text or a finite number (what the result schema accepts).
 *
 * @example
 * ```ts
 * isExactNumber("61759274143244462.18"); // true
 * isExactNumber("1e3"); // false
 * ```
 */
export function isExactNumber(value: unknown): value is ExactNumber {
  return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && PLAIN.test(value));
}

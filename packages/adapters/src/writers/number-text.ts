/**
 * Number texts of the CSV output (fine-print F30): numerators and denominators as plain integers or
 * exact decimals without trailing zeros and without exponent; values with exactly `decimals` fraction
 * digits and `.`. A JS number is written through its shortest round-trip text (as F5 reads them), so
 * `0.1` is `0.1` and `1e21` is `1000000000000000000000`. A value that rounds to zero has no sign (F21).
 */
import { canonicalDecimalText, DataError, isExactNumber } from "@virta/core";

/**
 * The plain decimal text of a finite number: no exponent, no trailing zeros, no `-0`.
 *
 * @example
 * ```ts
 * plainNumberText(80);      // "80"
 * plainNumberText(12.5);    // "12.5"
 * plainNumberText(1.5e-7);  // "0.00000015"
 * plainNumberText(2e21);    // "2000000000000000000000"
 * plainNumberText("123456789012345679901.50"); // "123456789012345679901.5" (exact text of a result)
 * ```
 */
export function plainNumberText(n: number | string): string {
  if (typeof n === "string") {
    if (!isExactNumber(n))
      throw new DataError("invalid_number", `number ${JSON.stringify(n)}: expected exact decimal text`);
    return canonicalDecimalText(n);
  }
  if (!Number.isFinite(n)) throw new DataError("invalid_number", `number ${n}: expected a finite number`, { value: n });
  const text = String(n); // shortest round-trip; String(-0) is "0"
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const integerDigits = (point < 0 ? mantissa.length : point) + exponent;
  let plain: string;
  if (integerDigits <= 0) plain = `0.${"0".repeat(-integerDigits)}${digits}`;
  else if (integerDigits >= digits.length) plain = digits + "0".repeat(integerDigits - digits.length);
  else plain = `${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
  return negative ? `-${plain}` : plain;
}

/**
 * The text of an already rounded value with exactly `decimals` fraction digits (F30). The value is
 * never rounded again (rounding happens once, F21): a value with more fraction digits than `decimals`
 * is a `DataError("unrounded_value")`.
 *
 * @example
 * ```ts
 * fixedDecimalText(80, 1);    // "80.0"
 * fixedDecimalText(-0, 1);    // "0.0"
 * fixedDecimalText(33.3, 0);  // throws DataError("unrounded_value")
 * ```
 */
export function fixedDecimalText(value: number | string, decimals: number): string {
  const text = plainNumberText(value);
  const point = text.indexOf(".");
  const fraction = point < 0 ? "" : text.slice(point + 1);
  if (fraction.length > decimals) {
    throw new DataError(
      "unrounded_value",
      `value ${text} has ${fraction.length} fraction digits but the result declares ${decimals} decimals; round it ` +
        "once (F21) before writing",
      { value, decimals },
    );
  }
  const whole = point < 0 ? text : text.slice(0, point);
  return decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, "0")}`;
}

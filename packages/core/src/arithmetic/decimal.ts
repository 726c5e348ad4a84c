/**
 * Exact decimals (indicators.md "Arithmetic and rounding"; F5 decimal text; F30 printing).
 *
 * `Decimal` is a decimal.js constructor with 80 significant digits, enough for exact sums of the
 * decimal inputs (FTE, euros), and plain notation (never an exponent) when printed. Binary floats are
 * taken through their shortest round-trip string (F5), so the JSON number 0.1 is exactly 0.1.
 */
import { Decimal as DecimalJs } from "decimal.js";
import { UsageError } from "../errors/index";

/** Significant digits of every `Decimal` operation. */
export const DECIMAL_PRECISION = 80;

/**
 * The decimal type of the SDK: decimal.js with 80 significant digits, half-away-from-zero rounding
 * and no exponent notation when printed.
 *
 * @example
 * ```ts
 * new Decimal("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: DECIMAL_PRECISION,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
/** A `Decimal` value. */
export type Decimal = DecimalJs;

const DECIMAL_TEXT = /^-?\d+(?:[.,]\d+)?$/;
const ZERO = new Decimal(0);

/**
 * Parses decimal text by F5 (`[-]digits[(.|,)digits]`: no grouping, no exponent, no `+`, so `1,234`
 * is 1.234), or returns `null` (never throws). Negative zero reads as 0.
 *
 * @example
 * ```ts
 * tryParseExactDecimal("12,35")?.toString(); // "12.35"
 * tryParseExactDecimal("1e3"); // null
 * ```
 */
export function tryParseExactDecimal(text: string): Decimal | null {
  if (typeof text !== "string" || !DECIMAL_TEXT.test(text)) return null;
  const value = new Decimal(text.replace(",", "."));
  return value.isZero() ? ZERO : value;
}

/**
 * Parses decimal text by F5; throws `UsageError("invalid_decimal")` naming the value and the form.
 *
 * @example
 * ```ts
 * parseExactDecimal("-0.50").toString(); // "-0.5"
 * parseExactDecimal("1 234"); // throws: expected digits with an optional . or , fraction
 * ```
 */
export function parseExactDecimal(text: string): Decimal {
  const value = tryParseExactDecimal(text);
  if (value === null) {
    throw new UsageError(
      "invalid_decimal",
      `decimal ${JSON.stringify(text)} is not valid: expected digits with an optional minus sign and an optional . ` +
        "or , fraction, such as 12.35 or -0,5 (no grouping, no exponent)",
      { value: text },
    );
  }
  return value;
}

/**
 * The exact decimal of a finite binary float, through its shortest round-trip string (F5); throws
 * `UsageError("invalid_decimal")` for NaN and ±Infinity.
 *
 * @example
 * ```ts
 * decimalFromNumber(0.1).toString(); // "0.1" (not 0.1000000000000000055511…)
 * decimalFromNumber(1e-7).toString(); // "0.0000001"
 * ```
 */
export function decimalFromNumber(x: number): Decimal {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new UsageError("invalid_decimal", `number ${String(x)} is not finite: expected a finite number`, {
      value: x,
    });
  }
  return x === 0 ? ZERO : new Decimal(String(x));
}

/**
 * Plain decimal notation without trailing zeros and without an exponent (F30); zero has no sign.
 *
 * @example
 * ```ts
 * formatExactDecimal(parseExactDecimal("12.3500")); // "12.35"
 * formatExactDecimal(new Decimal("1e25")); // "10000000000000000000000000"
 * ```
 */
export function formatExactDecimal(d: Decimal): string {
  if (!Decimal.isDecimal(d) || !d.isFinite()) {
    throw new UsageError("invalid_decimal", `value ${String(d)} is not a finite Decimal: expected a finite Decimal`, {
      value: String(d),
    });
  }
  return d.isZero() ? "0" : d.toFixed();
}

/**
 * Rounding of exact values, once, at the end (indicators.md "Arithmetic and rounding"; F21).
 *
 * F21: the value is the exact rational scale·n/d. With q = 10^decimals·scale·n, the rounded result is
 * ⌊|q|/|d| + ½⌋ (ties away from zero) with the sign of q/d restored, divided by 10^decimals; a result
 * that rounds to zero has no sign. Done here with integers only (bigint, or plain numbers when every
 * intermediate stays below 2^53), so decimal inputs such as Σ fte = 12.35 are exact.
 */
import { UsageError } from "../errors/index";
import { Decimal } from "./decimal";
import { type ExactNumber, exactNumber } from "./exact-number";

/**
 * A value `roundRatio` accepts: a finite number (through its shortest round-trip string, F5), F5 decimal text, a
 * Decimal or a bigint.
 */
export type ExactInput = number | string | Decimal | bigint;

/** The largest number of decimals (10^20 is still an exact double). */
export const MAX_DECIMALS = 20;

const PLAIN_DECIMAL = /^(-?)(\d+)(?:[.,](\d+))?$/;
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, index) => 10 ** index);
const TWO_TO_51 = 2 ** 51;
const FIFTEEN_DIGITS = 10n ** 15n;

/** An exact decimal as `mantissa / 10^exponent`. */
interface Scaled {
  readonly mantissa: bigint;
  readonly exponent: number;
}

function invalidInput(name: string, value: unknown): UsageError {
  return new UsageError(
    "invalid_decimal",
    `${name} ${typeof value === "string" ? JSON.stringify(value) : String(value)} is not an exact number: expected ` +
      "a finite number, decimal text such as 12.35, a Decimal or a bigint",
    { [name]: typeof value === "bigint" ? value.toString() : String(value) },
  );
}

function scaledFromText(match: RegExpExecArray): Scaled {
  const [, sign, whole, fraction = "", exponentText] = match;
  const exponent = fraction.length - Number(exponentText ?? 0);
  const mantissa = BigInt(`${sign}${whole}${fraction}`);
  if (exponent < 0) return { mantissa: mantissa * 10n ** BigInt(-exponent), exponent: 0 };
  return { mantissa, exponent };
}

function toScaled(value: ExactInput, name: string): Scaled {
  if (typeof value === "bigint") return { mantissa: value, exponent: 0 };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidInput(name, value);
    if (Number.isSafeInteger(value)) return { mantissa: BigInt(value), exponent: 0 };
    const match = NUMBER_TEXT.exec(String(value));
    if (match === null) throw invalidInput(name, value);
    return scaledFromText(match);
  }
  if (typeof value === "string") {
    const match = PLAIN_DECIMAL.exec(value);
    if (match === null) throw invalidInput(name, value);
    return scaledFromText(match);
  }
  if (Decimal.isDecimal(value) && value.isFinite()) {
    const match = PLAIN_DECIMAL.exec(value.toFixed());
    if (match !== null) return scaledFromText(match);
  }
  throw invalidInput(name, value);
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new UsageError(
      "invalid_decimals",
      `decimals ${String(decimals)}: expected an integer number of decimals 0–${MAX_DECIMALS}`,
      {
        value: decimals,
      },
    );
  }
}

/** sign · magnitude / 10^decimals as the nearest double, never −0. */
function finish(negative: boolean, magnitude: number, decimals: number): number {
  if (magnitude === 0) return 0;
  const result = magnitude / POWERS_OF_TEN[decimals]!;
  return negative ? -result : result;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/**
 * The F21 value scale·n/d rounded to `decimals`, half away from zero, computed exactly; `null` when the
 * denominator is 0. A result that rounds to zero is 0, never −0.
 *
 * @example
 * ```ts
 * roundRatio(1, 3, 100, 1); // 33.3
 * roundRatio(547 - 214, 1000, 100, 0); // 33 (NPS)
 * roundRatio(-375, 1000, 100, 0); // -38 (−37.5, a tie, away from zero)
 * roundRatio("12.35", 1000, 1000, 2); // 12.35 (Σ fte per 1000 residents)
 * roundRatio(5, 0, 100, 1); // null
 * ```
 */
export function roundRatio(
  numerator: ExactInput,
  denominator: ExactInput,
  scale: ExactInput,
  decimals: number,
): number | null {
  assertDecimals(decimals);
  // Fast path: integer numbers whose every intermediate stays exact below 2^53.
  if (
    typeof numerator === "number" &&
    typeof denominator === "number" &&
    typeof scale === "number" &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    Number.isSafeInteger(scale)
  ) {
    if (denominator === 0) return null;
    const scaled = POWERS_OF_TEN[decimals]! * scale;
    const q = scaled * numerator;
    const absQ = Math.abs(q);
    const absD = Math.abs(denominator);
    if (Math.abs(scaled) < TWO_TO_51 && absQ < TWO_TO_51 && absD < TWO_TO_51) {
      return finish(q < 0 !== denominator < 0, Math.floor((2 * absQ + absD) / (2 * absD)), decimals);
    }
  }
  const rounded = roundedMagnitude(numerator, denominator, scale, decimals);
  if (rounded === null) return null;
  const { magnitude, negative } = rounded;
  if (magnitude <= BigInt(Number.MAX_SAFE_INTEGER)) return finish(negative, Number(magnitude), decimals);
  const result = Number(`${magnitude}e-${decimals}`);
  return negative ? -result : result;
}

/** ⌊|q|/|d| + ½⌋ and the sign of q/d (F21), with integers only; null when the denominator is 0. */
function roundedMagnitude(
  numerator: ExactInput,
  denominator: ExactInput,
  scale: ExactInput,
  decimals: number,
): { magnitude: bigint; negative: boolean } | null {
  const n = toScaled(numerator, "numerator");
  const d = toScaled(denominator, "denominator");
  const s = toScaled(scale, "scale");
  if (d.mantissa === 0n) return null;
  // q/d = 10^decimals · (s.m / 10^s.e) · (n.m / 10^n.e) / (d.m / 10^d.e) = top / bottom
  const top = 10n ** BigInt(decimals + d.exponent) * s.mantissa * n.mantissa;
  const bottom = 10n ** BigInt(s.exponent + n.exponent) * d.mantissa;
  const magnitude = (2n * abs(top) + abs(bottom)) / (2n * abs(bottom));
  return { magnitude, negative: magnitude !== 0n && top < 0n !== bottom < 0n };
}

/**
 * ±magnitude / 10^decimals as exact text with exactly `decimals` fraction digits, never "-0".
 *
 * @example
 * ```ts
 * fixedText(6175927414324446218n, false, 2); // "61759274143244462.18"
 * ```
 */
export function fixedText(magnitude: bigint, negative: boolean, decimals: number): string {
  const digits = magnitude.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const text = decimals === 0 ? whole : `${whole}.${digits.slice(digits.length - decimals)}`;
  return negative && magnitude !== 0n ? `-${text}` : text;
}

/**
 * `roundRatio` for results: the same F21 value, as a JSON number when it is exactly that number and as
 * exact decimal text otherwise (`exactNumber`), so a value of 17 integer digits is never rounded to a
 * double; `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * roundRatioExact("123456789012345679901.5", 1999, 1, 2); // "61759274143244462.18"
 * roundRatioExact(1, 3, 100, 1); // 33.3
 * ```
 */
export function roundRatioExact(
  numerator: ExactInput,
  denominator: ExactInput,
  scale: ExactInput,
  decimals: number,
): ExactNumber | null {
  assertDecimals(decimals);
  const rounded = roundedMagnitude(numerator, denominator, scale, decimals);
  if (rounded === null) return null;
  // Below 10^15 every decimal of `decimals` places is the shortest string of its nearest double.
  if (rounded.magnitude < FIFTEEN_DIGITS) return finish(rounded.negative, Number(rounded.magnitude), decimals);
  return exactNumber(fixedText(rounded.magnitude, rounded.negative, decimals));
}

/**
 * `value` rounded to `decimals`, half away from zero, exactly (a number is taken through its shortest
 * round-trip string, so 2.35 is 2.35, not the binary 2.34999…). Never returns −0.
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(2.25, 1); // 2.3
 * roundHalfAwayFromZero(-2.25, 1); // -2.3
 * roundHalfAwayFromZero(2.35, 1); // 2.4
 * roundHalfAwayFromZero("-0.04", 1); // 0
 * ```
 */
export function roundHalfAwayFromZero(value: number | string | Decimal, decimals: number): number {
  return roundRatio(value, 1, 1, decimals) as number;
}

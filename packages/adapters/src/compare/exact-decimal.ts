/**
 * Exact differences of JSON numbers for the comparison. A binary float is read through its shortest
 * round-trip decimal string (fine-print F5: `0.1` stays 0.1), so 80.1 − 80.0 is exactly 0.1 and never
 * 0.09999999999999432, and a tolerance of 0.1 admits it.
 */

/** A decimal as digits × 10^exponent. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

/**
 * `a − b`, computed exactly on the decimal strings of `a` and `b`.
 *
 * @example
 * ```ts
 * exactDifference(80.1, 80); // 0.1
 * exactDifference(30541, 30543); // -2
 * ```
 */
export function exactDifference(a: number, b: number): number {
  const [x, y] = aligned(decimalOf(a), decimalOf(b));
  return Number(formatDecimal({ digits: x.digits - y.digits, exponent: x.exponent }));
}

/**
 * Whether `|difference| ≤ tolerance`, exactly on the decimal strings.
 *
 * @example
 * ```ts
 * withinTolerance(exactDifference(80.1, 80), 0.1); // true
 * withinTolerance(-2, 1); // false
 * ```
 */
export function withinTolerance(difference: number, tolerance: number): boolean {
  const [x, y] = aligned(decimalOf(Math.abs(difference)), decimalOf(tolerance));
  return x.digits <= y.digits;
}

function decimalOf(value: number): Decimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match || !Number.isFinite(value)) throw new RangeError(`not a finite number: ${String(value)}`);
  const fraction = match[3] ?? "";
  const digits = BigInt(`${match[2]!}${fraction}`);
  return { digits: match[1] === "-" ? -digits : digits, exponent: Number(match[4] ?? 0) - fraction.length };
}

function aligned(a: Decimal, b: Decimal): [Decimal, Decimal] {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (d: Decimal): Decimal => ({ digits: d.digits * 10n ** BigInt(d.exponent - exponent), exponent });
  return [scale(a), scale(b)];
}

function formatDecimal(value: Decimal): string {
  const negative = value.digits < 0n;
  const digits = (negative ? -value.digits : value.digits).toString();
  if (value.exponent >= 0) return `${negative ? "-" : ""}${digits}${"0".repeat(value.exponent)}`;
  const places = -value.exponent;
  const padded = digits.padStart(places + 1, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

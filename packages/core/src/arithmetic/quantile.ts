/**
 * Quantiles by linear interpolation between the closest ranks (indicators.md "Quantiles"; F22):
 * for sorted x₁…xₙ and probability p, h = (n − 1)·p + 1 and the value is
 * x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋); when h = n it is xₙ (F22, so n = 1 gives x₁). This is SQL's
 * `percentile_cont` and R's type 7. Computed exactly in decimal, p taken as its decimal string.
 */
import { UsageError } from "../errors/index";
import { type Decimal, decimalFromNumber, tryParseExactDecimal } from "./decimal";
import { roundHalfAwayFromZero } from "./rounding";

function probability(p: number | string): Decimal {
  const value = typeof p === "number" ? (Number.isFinite(p) ? decimalFromNumber(p) : null) : tryParseExactDecimal(p);
  if (value === null || (value.isNegative() && !value.isZero()) || value.greaterThan(1)) {
    throw new UsageError(
      "invalid_probability",
      `probability p = ${typeof p === "string" ? JSON.stringify(p) : String(p)}: expected a number from 0 to 1 such ` +
        "as 0.5 or 0.9",
      {
        value: p,
      },
    );
  }
  return value;
}

function assertSorted(values: ArrayLike<number>): void {
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (!Number.isFinite(value) || value < previous) {
      throw new UsageError(
        "unsorted_values",
        `value ${String(value)} at index ${index} is ` +
          `${Number.isFinite(value) ? `smaller than the value before it (${previous})` : "not finite"}: expected ` +
          "finite values sorted in ascending order",
        { index, value },
      );
    }
    previous = value;
  }
}

/**
 * The type-7 quantile of ascending `sortedValues` at probability `p` (0–1), exactly; `null` for no values.
 *
 * @example
 * ```ts
 * quantileType7([1, 2, 3, 4], 0.5)?.toString(); // "2.5"
 * quantileType7([1, 2, 3, 4], 0.9)?.toString(); // "3.7"
 * quantileType7([], 0.5); // null
 * ```
 */
export function quantileType7(sortedValues: ArrayLike<number>, p: number | string): Decimal | null {
  const exactP = probability(p);
  assertSorted(sortedValues);
  const n = sortedValues.length;
  if (n === 0) return null;
  const h = exactP.times(n - 1).plus(1);
  const rank = h.floor().toNumber();
  const lower = decimalFromNumber(sortedValues[rank - 1]!);
  if (rank >= n) return lower;
  const fraction = h.minus(rank);
  if (fraction.isZero()) return lower;
  return lower.plus(fraction.times(decimalFromNumber(sortedValues[rank]!).minus(lower)));
}

/**
 * The type-7 quantile rounded once to `decimals`, half away from zero; `null` for no values.
 *
 * @example
 * ```ts
 * quantileValue([3, 10, 14, 30], 0.9, 1); // 25.2 (h = 3.7: 14 + 0.7·16)
 * quantileValue([1, 2], 0.5, 0); // 2 (1.5, a tie, away from zero)
 * ```
 */
export function quantileValue(sortedValues: ArrayLike<number>, p: number | string, decimals: number): number | null {
  const value = quantileType7(sortedValues, p);
  return value === null ? null : roundHalfAwayFromZero(value, decimals);
}

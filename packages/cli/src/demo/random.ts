/**
 * A small seeded pseudo-random generator (mulberry32) for the synthetic demo data: the same seed gives
 * the same data on every machine and Node version, so the demo's printed tables and the benchmarks that
 * reuse the generator are reproducible. Not for anything that needs real randomness.
 */

/** A seeded random source with the few draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `items`, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A non-negative integer from an exponential distribution with the given mean, capped at `max`. */
  exponential(mean: number, max: number): number;
}

/**
 * Creates a seeded random source (mulberry32: 32-bit state, period 2^32).
 *
 * @example
 * ```ts
 * const a = createRandom(7), b = createRandom(7);
 * a.next() === b.next(); // true
 * createRandom(1).int(1, 6); // an integer 1…6, the same one every run
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    exponential: (mean, max) => Math.min(max, Math.floor(-Math.log(1 - next()) * mean)),
  };
}

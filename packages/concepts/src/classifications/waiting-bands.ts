/**
 * Waiting bands in calendar days (classifications.md "Waiting bands"): the set `availability_days` —
 * `0`, `1-7`, `8-14`, `15-28`, `29-90`, `91-180`, `181+`. The cut points 7, 14, 90 and 180 are those of
 * THL's waiting-time statistics; 28 is the specification's own. Bands count days, not months (F25):
 * a 92-day wait is in `91-180`.
 */
import type { Names } from "./names";

/** One waiting band: `lower` … `upper` days inclusive; `upper` is null for the open band. */
export interface WaitBand {
  readonly label: string;
  readonly lower: number;
  readonly upper: number | null;
}

/** The id of the only band set of edition 1. */
export const WAIT_BAND_SET_ID = "availability_days";

/**
 * The bands of `availability_days` in order.
 *
 * @example
 * ```ts
 * AVAILABILITY_DAYS.map((band) => band.label); // ["0", "1-7", "8-14", "15-28", "29-90", "91-180", "181+"]
 * ```
 */
export const AVAILABILITY_DAYS: readonly WaitBand[] = Object.freeze(
  (
    [
      ["0", 0, 0],
      ["1-7", 1, 7],
      ["8-14", 8, 14],
      ["15-28", 15, 28],
      ["29-90", 29, 90],
      ["91-180", 91, 180],
      ["181+", 181, null],
    ] as const
  ).map(([label, lower, upper]) => Object.freeze({ label, lower, upper })),
);

/**
 * The band label of a wait of `days` calendar days, or `undefined` for a negative or fractional wait.
 *
 * @example
 * ```ts
 * waitBandOf(0); // "0"
 * waitBandOf(14); // "8-14"
 * waitBandOf(15); // "15-28"
 * waitBandOf(92); // "91-180"
 * waitBandOf(181); // "181+"
 * ```
 */
export function waitBandOf(days: number): string | undefined {
  if (!Number.isInteger(days) || days < 0) return undefined;
  for (const band of AVAILABILITY_DAYS) if (band.upper === null || days <= band.upper) return band.label;
  return undefined;
}

/**
 * Display names of a band label (`"1-7"` → "1–7 päivää" / "1–7 dagar" / "1–7 days"), or `undefined`.
 *
 * @example
 * ```ts
 * waitBandNames("181+")?.en; // "181 days or more"
 * ```
 */
export function waitBandNames(label: string): Names | undefined {
  const band = AVAILABILITY_DAYS.find((candidate) => candidate.label === label);
  if (band === undefined) return undefined;
  if (band.upper === null) {
    return {
      fi: `${band.lower} päivää tai enemmän`,
      sv: `${band.lower} dagar eller mer`,
      en: `${band.lower} days or more`,
    };
  }
  const span = band.lower === band.upper ? `${band.lower}` : `${band.lower}–${band.upper}`;
  return { fi: `${span} päivää`, sv: `${span} dagar`, en: `${span} days` };
}

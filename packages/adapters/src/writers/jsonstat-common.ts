/**
 * What every JSON-stat 2.0 file of the project shares (fine-print F31, F35): the `role` object
 * (`geo` names `organizer` or `municipality` when present), the `source` text (the SDK, the indicator
 * id, version and definition hash) and the `updated` date (`--updated DATE`, else the run's date in
 * Helsinki). The `compute` writer (result-jsonstat.ts) and the publication-set writer use these helpers
 * so that both say the same thing the same way.
 */
import { UsageError, type IndicatorResult } from "@virta/core";
import { GEO_DIMENSIONS } from "@virta/concepts";

/** The `role` object of a JSON-stat dataset; a role without dimensions is left out. */
export interface JsonStatRole {
  time?: string[];
  geo?: string[];
  metric?: string[];
}

/**
 * The JSON-stat `role` for the dimension ids: `geo` lists `organizer` and/or `municipality` when present
 * (F31); `time` and `metric` name the dimensions given for them (publication sets: `period`, `measure`,
 * F35). Returns undefined when no role applies, so that the dataset carries no empty `role`.
 *
 * @example
 * ```ts
 * jsonStatRole(["organizer", "age_group"]); // { geo: ["organizer"] }
 * jsonStatRole(["period", "organizer", "measure"], { time: "period", metric: "measure" });
 * // { time: ["period"], geo: ["organizer"], metric: ["measure"] }
 * jsonStatRole(["sex"]); // undefined
 * ```
 */
export function jsonStatRole(
  ids: readonly string[],
  special: { time?: string; metric?: string } = {},
): JsonStatRole | undefined {
  const role: JsonStatRole = {};
  if (special.time !== undefined && ids.includes(special.time)) role.time = [special.time];
  const geo = ids.filter((id) => GEO_DIMENSIONS.includes(id));
  if (geo.length > 0) role.geo = geo;
  if (special.metric !== undefined && ids.includes(special.metric)) role.metric = [special.metric];
  return Object.keys(role).length > 0 ? role : undefined;
}

/**
 * The JSON-stat `source` of a result: the SDK (library name and version), the indicator id and version,
 * and the definition hash (F35, F32).
 *
 * @example
 * ```ts
 * jsonStatSource(result);
 * // "@virta/indicators 0.1.0; availability.primary_care.within_14_days 1.0.0; sha256:3f…"
 * ```
 */
export function jsonStatSource(result: Pick<IndicatorResult, "library" | "indicator">): string {
  const { library, indicator } = result;
  return `${library.name} ${library.version}; ${indicator.id} ${indicator.version}; ${indicator.definition_hash}`;
}

// Built on first use: a time-zone formatter costs ≈ 20 ms to construct, which every command would pay at
// start-up if it were built when the module loads (issue 14: a quick CLI).
let helsinkiDay: Intl.DateTimeFormat | undefined;

/**
 * The calendar date of an instant in Helsinki, as `YYYY-MM-DD` (F35: `updated` defaults to the run's
 * date in Helsinki, so a run at 23:30 UTC in summer is dated the next day).
 *
 * @example
 * ```ts
 * helsinkiDate(new Date("2026-06-30T21:30:00Z")); // "2026-07-01"
 * ```
 */
export function helsinkiDate(now: Date = new Date()): string {
  helsinkiDay ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return helsinkiDay.format(now);
}

/**
 * Checks an `--updated` value: a real calendar date `YYYY-MM-DD`. Throws a usage error (exit 2)
 * naming the option otherwise.
 *
 * @example
 * ```ts
 * checkUpdatedDate("2026-12-04"); // "2026-12-04"
 * checkUpdatedDate("4.12.2026"); // throws: --updated "4.12.2026": expected a date YYYY-MM-DD …
 * ```
 */
export function checkUpdatedDate(value: string, option = "updated"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid =
    match !== null &&
    (() => {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    })();
  if (!valid) {
    throw new UsageError(
      "invalid_option",
      `--${option} ${JSON.stringify(value)}: expected a date YYYY-MM-DD, such as 2026-03-31 (F35)`,
      { option, value },
    );
  }
  return value;
}

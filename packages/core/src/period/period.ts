/**
 * Reporting periods and sub-periods (classifications.md "Periods"; F26 grammar; F27 nesting).
 *
 * A period is a closed range of calendar dates [start, end], both included (calendar.md). Ids are
 * upper case only (F26): `2024`, `2024-H1`, `2024-T1` (Jan–Apr, May–Aug, Sep–Dec), `2024-Q1`,
 * `2024-03`, or a census date `2024-04-30`.
 */
import { type DayNumber, packedDate, tryParseDate, unsafeDayNumber } from "../calendar/date";
import { UsageError } from "../errors/index";

/** The kind of a reporting period. */
export type PeriodKind = "year" | "half" | "tertial" | "quarter" | "month" | "census";

/** A reporting period: the dates `start` … `end`, both included (a census date has start = end). */
export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/** The kinds a result can be broken down by inside its period (`--by month|quarter|tertial|half`). */
export type SubPeriodKind = "month" | "quarter" | "tertial" | "half";
/** The sub-period kinds, finest first. */
export const SUB_PERIOD_KINDS: readonly SubPeriodKind[] = Object.freeze([
  "month",
  "quarter",
  "tertial",
  "half",
] as const);

const ACCEPTED_FORMS =
  "a year 2024, a half 2024-H1, a tertial 2024-T1, a quarter 2024-Q1, a month 2024-03 or a census date 2024-04-30 " +
  "(upper case)";
/** Months per sub-period kind, and the letter of its id. */
const MONTHS_PER: Readonly<Record<SubPeriodKind, number>> = { month: 1, quarter: 3, tertial: 4, half: 6 };
const LETTER: Readonly<Record<Exclude<SubPeriodKind, "month">, string>> = { quarter: "Q", tertial: "T", half: "H" };

function lastDayOfMonth(year: number, month: number): DayNumber {
  return unsafeDayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
}

/** The period of `count` months starting with month `firstMonth` of `year`. */
function monthSpan(id: string, kind: PeriodKind, year: number, firstMonth: number, count: number): Period {
  return Object.freeze({
    id,
    kind,
    start: unsafeDayNumber(year, firstMonth, 1),
    end: lastDayOfMonth(year, firstMonth + count - 1),
  });
}

const PERIOD_PATTERN = /^(\d{4})(?:-(?:([HTQ])(\d)|(\d{2})|(\d{2}-\d{2})))?$/;

function invalidPeriod(id: string): UsageError {
  return new UsageError("invalid_period", `period ${JSON.stringify(id)} is not valid: expected ${ACCEPTED_FORMS}`, {
    value: id,
  });
}

/**
 * Parses a period id by the F26 grammar (upper case only); throws `UsageError("invalid_period")`
 * naming the value and the accepted forms.
 *
 * @example
 * ```ts
 * const q1 = parsePeriod("2024-Q1"); // { id: "2024-Q1", kind: "quarter", start: <2024-01-01>, end: <2024-03-31> }
 * parsePeriod("2024-T2").kind; // "tertial" (May–Aug)
 * parsePeriod("2024-q1"); // throws: upper case only
 * ```
 */
export function parsePeriod(id: string): Period {
  const match = typeof id === "string" ? PERIOD_PATTERN.exec(id) : null;
  if (match === null) throw invalidPeriod(String(id));
  const year = Number(match[1]);
  const [, , letter, digit, month, monthDay] = match;
  if (letter !== undefined) {
    const index = Number(digit);
    const kind: SubPeriodKind = letter === "H" ? "half" : letter === "T" ? "tertial" : "quarter";
    const months = MONTHS_PER[kind];
    if (index < 1 || index > 12 / months) throw invalidPeriod(id);
    return monthSpan(id, kind, year, (index - 1) * months + 1, months);
  }
  if (month !== undefined) {
    const monthNumber = Number(month);
    if (monthNumber < 1 || monthNumber > 12) throw invalidPeriod(id);
    return monthSpan(id, "month", year, monthNumber, 1);
  }
  if (monthDay !== undefined) {
    const day = tryParseDate(id);
    if (day === null) throw invalidPeriod(id);
    return Object.freeze({ id, kind: "census", start: day, end: day });
  }
  return monthSpan(id, "year", year, 1, 12);
}

function assertSubPeriodKind(kind: SubPeriodKind): void {
  if (!Object.hasOwn(MONTHS_PER, kind)) {
    throw new UsageError(
      "invalid_sub_period",
      `sub-period ${JSON.stringify(kind)}: expected one of ${SUB_PERIOD_KINDS.join(", ")}`,
      {
        value: kind,
      },
    );
  }
}

/** Key cache: index `(year · 12 + month − 1) · 4 + kind` → key, filled on first use. */
const keyCache = new Map<number, string>();
const KIND_SLOT: Readonly<Record<SubPeriodKind, number>> = { month: 0, quarter: 1, tertial: 2, half: 3 };

function keyOf(kind: SubPeriodKind, year: number, month: number): string {
  const yearText = String(year).padStart(4, "0");
  if (kind === "month") return `${yearText}-${String(month).padStart(2, "0")}`;
  return `${yearText}-${LETTER[kind]}${Math.floor((month - 1) / MONTHS_PER[kind]) + 1}`;
}

/**
 * The id of the sub-period of kind `kind` that holds `day` (the strings are cached, so hot loops do not
 * build them again).
 *
 * @example
 * ```ts
 * const day = parseDate("2024-05-02");
 * [subPeriodKey("month", day), subPeriodKey("quarter", day), subPeriodKey("tertial", day), subPeriodKey("half", day)];
 * // ["2024-05", "2024-Q2", "2024-T2", "2024-H1"]
 * ```
 */
export function subPeriodKey(kind: SubPeriodKind, day: DayNumber): string {
  const slot = KIND_SLOT[kind];
  if (slot === undefined) assertSubPeriodKind(kind);
  const packed = packedDate(day);
  const year = Math.floor(packed / 512);
  const month = (packed >> 5) & 15;
  const cacheKey = ((year * 12 + month - 1) << 2) + slot!;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    key = keyOf(kind, year, month);
    keyCache.set(cacheKey, key);
  }
  return key;
}

function nestingKinds(period: Period): SubPeriodKind[] {
  return SUB_PERIOD_KINDS.filter((kind) => nests(kind, period.kind));
}

/** F27 as written: month in any interval period; quarter in a half or a year; tertial and half in a year. */
function nests(kind: SubPeriodKind, periodKind: PeriodKind): boolean {
  switch (kind) {
    case "month":
      return periodKind !== "census";
    case "quarter":
      return periodKind === "half" || periodKind === "year";
    case "tertial":
    case "half":
      return periodKind === "year";
    default:
      return false;
  }
}

const NESTS_IN: Readonly<Record<SubPeriodKind, string>> = {
  month: "any year, half, tertial, quarter or month (such as 2024 or 2024-Q1)",
  quarter: "a half or a year (such as 2024-H1 or 2024)",
  tertial: "a year (such as 2024)",
  half: "a year (such as 2024)",
};

/**
 * Checks that sub-periods of `kind` nest exactly in `period` (F27: month in any interval period;
 * quarter in a half or a year; tertial in a year; half in a year; nothing in a census date); throws
 * `UsageError("sub_period_does_not_nest")` naming both and what would nest.
 *
 * @example
 * ```ts
 * assertSubPeriodNests("quarter", parsePeriod("2024-H2")); // ok
 * assertSubPeriodNests("quarter", parsePeriod("2024-T1")); // throws: quarter nests in a half or a year
 * ```
 */
export function assertSubPeriodNests(kind: SubPeriodKind, period: Period): void {
  assertSubPeriodKind(kind);
  if (nests(kind, period.kind)) return;
  const fitting = nestingKinds(period);
  const alternatives =
    fitting.length === 0
      ? "no sub-period nests in a census date"
      : `in ${period.id} only ${fitting.join(", ")} would nest`;
  throw new UsageError(
    "sub_period_does_not_nest",
    `sub-period ${kind} does not nest in period ${period.id} (a ${period.kind}) (F27): ${kind} nests in ` +
      `${NESTS_IN[kind]}; ${alternatives}`,
    { subPeriod: kind, period: period.id, nestingKinds: fitting },
  );
}

/**
 * The ids of the sub-periods of `kind` inside `period`, in date order (checks F27 nesting first).
 *
 * @example
 * ```ts
 * subPeriodKeys(parsePeriod("2024-H2"), "quarter"); // ["2024-Q3", "2024-Q4"]
 * subPeriodKeys(parsePeriod("2024-Q1"), "month"); // ["2024-01", "2024-02", "2024-03"]
 * ```
 */
export function subPeriodKeys(period: Period, kind: SubPeriodKind): string[] {
  assertSubPeriodNests(kind, period);
  const first = packedDate(period.start);
  const last = packedDate(period.end);
  const year = Math.floor(first / 512);
  const keys: string[] = [];
  for (let month = (first >> 5) & 15; month <= ((last >> 5) & 15); month += MONTHS_PER[kind]) {
    keys.push(keyOf(kind, year, month));
  }
  return keys;
}

/**
 * Finnish public holidays (pyhäpäivät) and Easter (calendar.md "Working days"; law 150/1930 2 §;
 * the EU e-Justice list of Finnish public holidays).
 *
 * Every year gets the current rules (Epiphany on 6 January, Ascension Day on Easter + 39, Midsummer on
 * the Friday and Saturday of 19–26 June, All Saints' Day on the Saturday of 31 October – 6 November);
 * the years 1973–1991, when Epiphany and Ascension Day were moved to Saturdays, are not modelled.
 */
import { UsageError } from "../errors/index";
import { type DayNumber, packedDate, unsafeDayNumber, weekday } from "./date";

/** One holiday of one year. */
export interface FinnishHoliday {
  /** The date. */
  readonly date: DayNumber;
  /** A stable id in lower snake case, such as `good_friday`. */
  readonly id: string;
  /** The name in Finnish, Swedish and English. */
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  /**
   * Whether calendar.md lists the day as one that is not a working day: true for the eleven days of its
   * table (they remove a working day whenever they fall Monday–Friday), false for Easter Sunday, Whit
   * Sunday, Midsummer Day and All Saints' Day, which always fall on a Saturday or Sunday.
   */
  readonly removesWorkingDay: boolean;
}

/**
 * The date of Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm of
 * Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * formatDate(easterSunday(2024)); // "2024-03-31"
 * formatDate(easterSunday(2025)); // "2025-04-20"
 * ```
 */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return unsafeDayNumber(year, month, day);
}

/** The first date on or after `from` that falls on ISO weekday `isoWeekday`. */
function onOrAfter(from: DayNumber, isoWeekday: number): DayNumber {
  return from + ((isoWeekday - weekday(from) + 7) % 7);
}

function holiday(
  date: DayNumber,
  id: string,
  fi: string,
  sv: string,
  en: string,
  removesWorkingDay: boolean,
): FinnishHoliday {
  return Object.freeze({ date, id, name: Object.freeze({ fi, sv, en }), removesWorkingDay });
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new UsageError("invalid_year", `year ${String(year)}: expected an integer year 1–9999`, { value: year });
  }
}

/**
 * All Finnish public holidays of `year` in date order: the eleven days of calendar.md's table and the
 * four that always fall on a weekend (Easter Sunday, Whit Sunday, Midsummer Day, All Saints' Day).
 *
 * @example
 * ```ts
 * finnishHolidays(2024).find((h) => h.id === "midsummer_eve"); // { date: <2024-06-21>, id: "midsummer_eve", … }
 * finnishHolidays(2024).length; // 15
 * ```
 */
export function finnishHolidays(year: number): readonly FinnishHoliday[] {
  assertYear(year);
  const easter = easterSunday(year);
  const list = [
    holiday(unsafeDayNumber(year, 1, 1), "new_years_day", "uudenvuodenpäivä", "nyårsdagen", "New Year's Day", true),
    holiday(unsafeDayNumber(year, 1, 6), "epiphany", "loppiainen", "trettondedagen", "Epiphany", true),
    holiday(easter - 2, "good_friday", "pitkäperjantai", "långfredagen", "Good Friday", true),
    holiday(easter, "easter_sunday", "pääsiäispäivä", "påskdagen", "Easter Sunday", false),
    holiday(easter + 1, "easter_monday", "toinen pääsiäispäivä", "annandag påsk", "Easter Monday", true),
    holiday(unsafeDayNumber(year, 5, 1), "may_day", "vappu", "första maj", "May Day", true),
    holiday(easter + 39, "ascension_day", "helatorstai", "Kristi himmelsfärds dag", "Ascension Day", true),
    holiday(easter + 49, "whit_sunday", "helluntaipäivä", "pingstdagen", "Whit Sunday", false),
    holiday(
      onOrAfter(unsafeDayNumber(year, 6, 19), 5),
      "midsummer_eve",
      "juhannusaatto",
      "midsommarafton",
      "Midsummer Eve",
      true,
    ),
    holiday(
      onOrAfter(unsafeDayNumber(year, 6, 20), 6),
      "midsummer_day",
      "juhannuspäivä",
      "midsommardagen",
      "Midsummer Day",
      false,
    ),
    holiday(
      onOrAfter(unsafeDayNumber(year, 10, 31), 6),
      "all_saints_day",
      "pyhäinpäivä",
      "alla helgons dag",
      "All Saints' Day",
      false,
    ),
    holiday(
      unsafeDayNumber(year, 12, 6),
      "independence_day",
      "itsenäisyyspäivä",
      "självständighetsdagen",
      "Independence Day",
      true,
    ),
    holiday(unsafeDayNumber(year, 12, 24), "christmas_eve", "jouluaatto", "julafton", "Christmas Eve", true),
    holiday(unsafeDayNumber(year, 12, 25), "christmas_day", "joulupäivä", "juldagen", "Christmas Day", true),
    holiday(unsafeDayNumber(year, 12, 26), "st_stephens_day", "tapaninpäivä", "annandag jul", "St Stephen's Day", true),
  ];
  return Object.freeze(list.sort((x, y) => x.date - y.date));
}

/** Easter Sunday per year, filled on first use (0 = not yet computed; no year 1–9999 has Easter on 1970-01-01). */
const easterCache = new Int32Array(10_000);

function cachedEaster(year: number): DayNumber {
  let easter = easterCache[year]!;
  if (easter === 0) {
    easter = easterSunday(year);
    easterCache[year] = easter;
  }
  return easter;
}

/**
 * Whether `day` is a Finnish public holiday, including the four that always fall on a weekend
 * (allocation-free; Easter is cached per year).
 *
 * @example
 * ```ts
 * isFinnishHoliday(parseDate("2024-06-21")); // true (Midsummer Eve)
 * isFinnishHoliday(parseDate("2024-06-22")); // true (Midsummer Day, a Saturday)
 * isFinnishHoliday(parseDate("2024-06-24")); // false
 * ```
 */
export function isFinnishHoliday(day: DayNumber): boolean {
  const packed = packedDate(day);
  const year = Math.floor(packed / 512);
  if (year < 1 || year > 9999) return false;
  const month = (packed >> 5) & 15;
  const dayOfMonth = packed & 31;
  switch (month) {
    case 1:
      if (dayOfMonth === 1 || dayOfMonth === 6) return true;
      break;
    case 5:
      if (dayOfMonth === 1) return true;
      break;
    case 6:
      if (dayOfMonth >= 19 && dayOfMonth <= 26) {
        const isoWeekday = weekday(day);
        if ((isoWeekday === 5 && dayOfMonth <= 25) || (isoWeekday === 6 && dayOfMonth >= 20)) return true;
      }
      break;
    case 10:
      if (dayOfMonth === 31 && weekday(day) === 6) return true;
      break;
    case 11:
      if (dayOfMonth <= 6 && weekday(day) === 6) return true;
      break;
    case 12:
      if (dayOfMonth === 6 || (dayOfMonth >= 24 && dayOfMonth <= 26)) return true;
      break;
    default:
      break;
  }
  if (month < 3 || month > 6) return false;
  const fromEaster = day - cachedEaster(year);
  return fromEaster === -2 || fromEaster === 0 || fromEaster === 1 || fromEaster === 39 || fromEaster === 49;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/index";
import { dayNumber, formatDate, parseDate } from "./date";
import { helsinkiDateOfInstant, helsinkiOffsetSeconds, parseDateOrDateTime, tryParseDateOrDateTime } from "./date-time";

const parsed = (text: string) => formatDate(parseDateOrDateTime(text));
const instant = (iso: string) => formatDate(helsinkiDateOfInstant(Date.parse(iso)));

/** An independent oracle: the ICU time zone database of Node, with an explicit zone (never the host's). */
const helsinkiParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Helsinki",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
function icuOffsetSeconds(utcSeconds: number): number {
  const parts = Object.fromEntries(
    helsinkiParts.formatToParts(new Date(utcSeconds * 1000)).map((part) => [part.type, part.value]),
  );
  const local =
    Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ) / 1000;
  return local - utcSeconds;
}

describe("helsinkiDateOfInstant: Europe/Helsinki without the host zone (F4)", () => {
  it("switches to UTC+3 at 01:00 UTC on the last Sunday of March 2024", () => {
    expect(helsinkiOffsetSeconds(Date.parse("2024-03-31T00:59:59Z") / 1000)).toBe(7200);
    expect(helsinkiOffsetSeconds(Date.parse("2024-03-31T01:00:00Z") / 1000)).toBe(10_800);
    expect(instant("2024-03-30T21:59:59Z")).toBe("2024-03-30");
    expect(instant("2024-03-30T22:00:00Z")).toBe("2024-03-31");
    expect(instant("2024-03-31T20:59:59Z")).toBe("2024-03-31");
    expect(instant("2024-03-31T21:00:00Z")).toBe("2024-04-01");
    expect(instant("2024-03-31T23:30:00Z")).toBe("2024-04-01");
  });

  it("switches back to UTC+2 at 01:00 UTC on the last Sunday of October 2024", () => {
    expect(helsinkiOffsetSeconds(Date.parse("2024-10-27T00:59:59Z") / 1000)).toBe(10_800);
    expect(helsinkiOffsetSeconds(Date.parse("2024-10-27T01:00:00Z") / 1000)).toBe(7200);
    expect(instant("2024-10-26T20:59:59Z")).toBe("2024-10-26");
    expect(instant("2024-10-26T21:00:00Z")).toBe("2024-10-27");
    expect(instant("2024-10-27T21:30:00Z")).toBe("2024-10-27");
    expect(instant("2024-10-27T22:00:00Z")).toBe("2024-10-28");
  });

  it("uses UTC+2 in winter", () => {
    expect(instant("2024-01-15T21:59:59.999Z")).toBe("2024-01-15");
    expect(instant("2024-01-15T22:00:00Z")).toBe("2024-01-16");
    expect(instant("1975-07-01T21:30:00Z")).toBe("1975-07-01"); // no summer time before 1981
  });

  it("ends summer time in September in 1981–1995, as the time zone database does", () => {
    expect(helsinkiOffsetSeconds(Date.parse("1990-09-30T00:59:59Z") / 1000)).toBe(10_800);
    expect(helsinkiOffsetSeconds(Date.parse("1990-09-30T01:00:00Z") / 1000)).toBe(7200);
    expect(helsinkiOffsetSeconds(Date.parse("1982-09-26T00:00:00Z") / 1000)).toBe(7200);
    expect(helsinkiOffsetSeconds(Date.parse("1982-09-25T23:59:59Z") / 1000)).toBe(10_800);
  });

  it("agrees with the ICU time zone database on every day 1900–2100 and at every change (differential)", () => {
    const mismatches: string[] = [];
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day += 1) {
      const seconds = day * 86_400 + 43_200;
      if (helsinkiOffsetSeconds(seconds) !== icuOffsetSeconds(seconds)) mismatches.push(formatDate(day));
    }
    for (let seconds = Date.UTC(1900, 0, 1) / 1000; seconds < Date.UTC(2101, 0, 1) / 1000; seconds += 3600) {
      const ours = helsinkiOffsetSeconds(seconds);
      if (ours !== helsinkiOffsetSeconds(seconds + 3600)) {
        // A change between seconds and seconds + 1 h: compare each second around it.
        for (let at = seconds; at <= seconds + 3600; at += 1) {
          if (helsinkiOffsetSeconds(at) !== icuOffsetSeconds(at)) {
            mismatches.push(new Date(at * 1000).toISOString());
            break;
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it("agrees with ICU on the date of random instants (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2400, 0, 1) }), (ms) => {
        const seconds = Math.floor(ms / 1000);
        expect(helsinkiDateOfInstant(ms)).toBe(Math.floor((seconds + icuOffsetSeconds(seconds)) / 86_400));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a non-finite instant", () => {
    expect(() => helsinkiDateOfInstant(Number.NaN)).toThrow(/instant NaN: expected a finite number of milliseconds/);
  });
});

describe("parseDateOrDateTime (F4)", () => {
  it("takes a plain date as it is", () => {
    expect(parseDateOrDateTime("2024-03-05")).toBe(parseDate("2024-03-05"));
  });

  it("takes the date part literally without an offset (no DST-gap check)", () => {
    expect(parsed("2024-03-31T23:30:00")).toBe("2024-03-31");
    expect(parsed("2024-03-31 03:30:00")).toBe("2024-03-31"); // inside the spring gap: still literal
    expect(parsed("2024-06-30 23:59:59.999999")).toBe("2024-06-30");
  });

  it("converts an instant with an offset to the Helsinki date", () => {
    expect(parsed("2024-03-31T23:30:00Z")).toBe("2024-04-01");
    expect(parsed("2024-03-31t23:30:00z")).toBe("2024-04-01");
    expect(parsed("2024-03-31T00:59:59Z")).toBe("2024-03-31");
    expect(parsed("2024-10-27T21:30:00+0000")).toBe("2024-10-27");
    expect(parsed("2024-10-26T21:30:00+00:00")).toBe("2024-10-27");
    expect(parsed("2024-01-15 23:30:00+02:00")).toBe("2024-01-15");
    expect(parsed("2024-01-15T16:30:00-05:00")).toBe("2024-01-15"); // 21:30Z = 23:30 in Helsinki
    expect(parsed("2024-01-15T17:30:00-0500")).toBe("2024-01-16"); // 22:30Z = 00:30 in Helsinki
  });

  it("handles offsets far from Helsinki and leap seconds", () => {
    expect(parsed("2024-01-01T00:30:00+14:00")).toBe("2023-12-31"); // 2023-12-31T10:30Z
    expect(parsed("2023-12-31T23:59:60Z")).toBe("2024-01-01"); // 2024-01-01T00:00:00Z
    expect(parsed("2024-12-31T21:59:59.9Z")).toBe("2024-12-31");
    expect(parsed("2024-12-31T22:00:00.000Z")).toBe("2025-01-01");
  });

  it.each([
    "2024-03-31T23:30",
    "2024-03-31T23:30:00+02",
    "2024-03-31T23:30:00+2:00",
    "2024-03-31T24:00:00",
    "2024-03-31T23:60:00",
    "2024-03-31T23:30:61",
    "2024-03-31T23:30:00.",
    "2024-03-31T23:30:00.5.5",
    "2024-03-31T23:30:00Z ",
    "2024-03-31X23:30:00",
    "2024-03-31T23:30:00+24:00",
    "2024-03-31T23:30:00+02:60",
    "2024-02-30T10:00:00Z",
    "2024-13",
    "31.3.2024 10:00",
  ])("refuses %j, naming the value and the accepted forms", (text) => {
    expect(tryParseDateOrDateTime(text)).toBeNull();
    expect(() => parseDateOrDateTime(text)).toThrow(UsageError);
    expect(() => parseDateOrDateTime(text)).toThrow(
      `date-time ${JSON.stringify(text)} is not valid: expected a date YYYY-MM-DD or an RFC 3339 date-time`,
    );
  });
});

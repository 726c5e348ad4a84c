/**
 * The row rules' generated test (issue 13; F8, F12): the index of the first broken rule in listing
 * order, the same as each rule's closure, with unknown (absent) values passing.
 */
import { describe, expect, it } from "vitest";
import { parseDate } from "@virta/core";
import { getConcept } from "../concepts/registry";
import { compileConcept, compileFirstBroken } from "./compiled-concept";

const visit = getConcept("health_care_visit");
const names = visit.fields.map((field) => field.name);

/** The values of a visit in field order with the given dates (ISO text, or null when absent). */
function values(dates: { birth?: string | null; contact?: string | null; need?: string | null; visit: string }) {
  const row: unknown[] = names.map(() => null);
  const set = (name: string, text: string | null | undefined) => {
    row[names.indexOf(name)] = text === null || text === undefined ? null : parseDate(text);
  };
  set("birth_date", dates.birth ?? "1980-05-01");
  set("contact_date", dates.contact);
  set("need_assessment_date", dates.need);
  set("visit_date", dates.visit);
  return row;
}

describe("the row rules' generated test (issue 13)", () => {
  const generated = compileFirstBroken(visit.rules, visit.fields, true)!;
  const closures = compileConcept(visit, false).rules;
  const firstByClosures = (row: unknown[]) => closures.findIndex((rule) => rule.breaks(row));

  it("names the first broken rule in listing order (F8, F12)", () => {
    const cases: Array<[Parameters<typeof values>[0], number]> = [
      [{ contact: "2024-03-01", need: "2024-03-02", visit: "2024-03-05" }, -1],
      [{ contact: "2024-03-01", need: "2024-03-06", visit: "2024-03-05" }, 0], // visit before assessment
      [{ contact: "2024-03-03", need: "2024-03-02", visit: "2024-03-05" }, 1], // assessment before contact
      [{ birth: "2024-03-06", visit: "2024-03-05" }, 2], // born after the visit
      [{ contact: "2024-03-09", need: "2024-03-06", visit: "2024-03-05", birth: "2025-01-01" }, 0], // first of three
      [{ contact: "2024-03-09", need: null, visit: "2024-03-05" }, -1], // unknown passes
      [{ birth: null, visit: "2024-03-05" }, -1],
    ];
    for (const [dates, expected] of cases) {
      expect(generated(values(dates))).toBe(expected);
      expect(firstByClosures(values(dates))).toBe(expected);
    }
  });

  it("is not made without code generation or without rules", () => {
    expect(compileFirstBroken(visit.rules, visit.fields, false)).toBeNull();
    expect(compileConcept(visit, false).firstBroken).toBeNull();
    expect(compileFirstBroken([], visit.fields, true)).toBeNull();
  });
});

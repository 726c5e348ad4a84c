import { UsageError } from "@virta/core";
import { describe, expect, it } from "vitest";
import { createValidator } from "@virta/concepts";
import { GOOD_ROWS } from "../test-support/rows";

const VISIT_HEADER = Object.keys(GOOD_ROWS.health_care_visit);
const visitCells = (changes: Record<string, string> = {}) =>
  VISIT_HEADER.map((name) => changes[name] ?? GOOD_ROWS.health_care_visit[name]);

describe("pushValues: rows as cells in header order", () => {
  it("gives the same normalised row as push of the same object (Joensuu 167 → North Karelia 14, F10)", () => {
    const byValues = createValidator("health_care_visit", { dates: "day" });
    byValues.setHeader(VISIT_HEADER);
    const byObject = createValidator("health_care_visit", { dates: "day" });
    const row = byValues.pushValues(visitCells());
    expect(row).toEqual(byObject.push({ ...GOOD_ROWS.health_care_visit }));
    expect(row).toMatchObject({
      visit_id: "v1",
      municipality_code: "167",
      organizer_code: "14",
      sex: "female",
      visit_date: 19797,
    });
  });

  it("takes the columns in any order, and a cell missing at the end of a short row is absent", () => {
    const validator = createValidator("population");
    validator.setHeader(["count", "sex", "age", "municipality_code", "year"]);
    expect(validator.pushValues(["812", "N", "40", "91", "2024"])).toEqual({
      year: 2024,
      municipality_code: "091",
      organizer_code: "90",
      age: 40,
      sex: "female",
      count: 812,
    });
    expect(validator.pushValues(["812", "N", "41", "91"])).toBeNull();
    expect(validator.rejections[0]).toMatchObject({ row: 2, field: "year", reason: "missing" });
  });

  it("rejects like push: the same reason, field, row number and value (F8, F9)", () => {
    const validator = createValidator("health_care_visit", { source: "visits.csv" });
    validator.setHeader(VISIT_HEADER);
    expect(validator.pushValues(visitCells({ visit_id: "a" }), 10)).not.toBeNull();
    expect(validator.pushValues(visitCells({ visit_id: "b", sex: "x" }), 11)).toBeNull();
    expect(validator.pushValues(visitCells({ visit_id: "a" }), 12)).toBeNull();
    expect(validator.rejections.map(({ row, field, value, reason }) => ({ row, field, value, reason }))).toEqual([
      { row: 11, field: "sex", value: "x", reason: "not_in_list" },
      { row: 12, field: "visit_id", value: "a", reason: "duplicate_id" },
    ]);
    expect(validator.rejections[1]!.message).toBe(
      'visits.csv row 12, field visit_id: visit_id "a" repeats row 10; expected each visit_id once (F9: the first row is kept)',
    );
  });

  it("warns once per unknown header column, as push does for unknown keys", () => {
    const validator = createValidator("health_care_visit", { source: "visits.csv" });
    validator.setHeader([...VISIT_HEADER, "notes"]);
    validator.pushValues([...visitCells(), "hello"]);
    expect(validator.finish().warnings).toEqual([
      'visits.csv: unknown column "notes" is ignored (not a field of health_care_visit)',
    ]);
  });

  it("throws UsageError header_not_set before setHeader, and invalid_header for a repeated column name", () => {
    const validator = createValidator("health_care_visit");
    expect(() => validator.pushValues(visitCells())).toThrowError(
      expect.objectContaining({ code: "header_not_set", exitCode: 2 }),
    );
    expect(() => validator.setHeader(["visit_id", "visit_id"])).toThrowError(UsageError);
    expect(() => validator.setHeader(["visit_id", "visit_id"])).toThrowError(/header column "visit_id" appears twice/);
  });
});

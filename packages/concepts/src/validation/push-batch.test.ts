import { type ColumnBatch, columnBatchOfRows, NULL_DAY, UsageError } from "@virta/core";
import { describe, expect, it } from "vitest";
import { createValidator } from "@virta/concepts";
import { GOOD_ROWS } from "../test-support/rows";

const VISIT_HEADER = Object.keys(GOOD_ROWS.health_care_visit);
const visitCells = (changes: Record<string, string> = {}) =>
  VISIT_HEADER.map((name) => changes[name] ?? GOOD_ROWS.health_care_visit[name]);

/** A column batch of rows given as cells in `names` order, numbered from `records` (default 1, 2, …). */
function batchOf(names: readonly string[], rows: unknown[][], records?: number[]): ColumnBatch {
  return {
    source: "test",
    names,
    columns: names.map((_, column) => rows.map((cells) => cells[column])),
    length: rows.length,
    records: records ?? rows.map((_, index) => index + 1),
  };
}

describe("pushBatch: column batches as the readers emit them", () => {
  it("gives the same normalised row as push of the same object (Joensuu 167 → North Karelia 14, F10)", () => {
    const byBatch = createValidator("health_care_visit", { dates: "day" });
    const byObject = createValidator("health_care_visit", { dates: "day" });
    const [row] = byBatch.pushBatch(batchOf(VISIT_HEADER, [visitCells()]));
    expect(row).toEqual(byObject.push({ ...GOOD_ROWS.health_care_visit }));
    expect(row).toMatchObject({
      visit_id: "v1",
      municipality_code: "167",
      organizer_code: "14",
      sex: "female",
      visit_date: 19797,
    });
  });

  it("takes the columns in any order, and a cell missing at the end of a short column is absent", () => {
    const validator = createValidator("population");
    const valid = validator.pushBatch({
      source: "pop.csv",
      names: ["count", "sex", "age", "municipality_code", "year"],
      columns: [["812", "812"], ["N", "N"], ["40", "41"], ["91", "91"], ["2024"]],
      length: 2,
      records: [1, 2],
    });
    expect(valid).toEqual([
      { year: 2024, municipality_code: "091", organizer_code: "90", age: 40, sex: "female", count: 812 },
    ]);
    expect(validator.rejections[0]).toMatchObject({ row: 2, field: "year", reason: "missing" });
  });

  it("rejects like push: the same reason, field, record number and value (F8, F9)", () => {
    const validator = createValidator("health_care_visit", { source: "visits.csv" });
    const rows = [
      visitCells({ visit_id: "a" }),
      visitCells({ visit_id: "b", sex: "x" }),
      visitCells({ visit_id: "a" }),
    ];
    expect(validator.pushBatch(batchOf(VISIT_HEADER, rows, [10, 11, 12]))).toHaveLength(1);
    expect(validator.rejections.map(({ row, field, value, reason }) => ({ row, field, value, reason }))).toEqual([
      { row: 11, field: "sex", value: "x", reason: "not_in_list" },
      { row: 12, field: "visit_id", value: "a", reason: "duplicate_id" },
    ]);
    expect(validator.rejections[1]!.message).toBe(
      'visits.csv row 12, field visit_id: visit_id "a" repeats row 10; ' +
        "expected each visit_id once (F9: the first row is kept)",
    );
  });

  it("reads a day column's day numbers as dates (F4; NULL_DAY absent), as a Parquet DATE column gives them", () => {
    const base = columnBatchOfRows([{ ...GOOD_ROWS.health_care_visit }], "t");
    const columns = base.names.map((name, column) =>
      name === "visit_date"
        ? Int32Array.of(19797)
        : name === "need_assessment_date"
          ? Int32Array.of(NULL_DAY)
          : base.columns[column]!,
    );
    const kinds = base.names.map(
      (name) => (name === "visit_date" || name === "need_assessment_date" ? "day" : "raw") as const,
    );
    const [row] = createValidator("health_care_visit").pushBatch({ ...base, columns, kinds });
    expect(row).toMatchObject({ visit_date: "2024-03-15", need_assessment_date: null });
  });

  it("names a date-time read as its day number as given (ColumnBatch.cellText; F4, F6)", () => {
    const base = columnBatchOfRows([{ ...GOOD_ROWS.health_care_visit }, { ...GOOD_ROWS.health_care_visit }], "t");
    // need_assessment_date 2024-03-01; visit_date 2024-02-29 (19782) given as a date-time: before it.
    const visit = base.names.indexOf("visit_date");
    const columns = base.names.map((_, column) =>
      column === visit ? Int32Array.of(19797, 19782) : base.columns[column]!,
    );
    const kinds = base.names.map((name) => (name === "visit_date" ? "day" : "raw") as const);
    const cellText = (column: number, row: number) =>
      column === visit && row === 1 ? "2024-02-29T23:30:00+02:00" : undefined;
    const validator = createValidator("health_care_visit", { source: "visits.csv" });
    validator.pushBatch({ ...base, columns, kinds, cellText, records: [1, 2] });
    expect(validator.rejections.map(({ row, field, value, reason }) => ({ row, field, value, reason }))).toEqual([
      { row: 2, field: "visit_date", value: "2024-02-29T23:30:00+02:00", reason: "visit_before_assessment" },
    ]);
  });

  it("warns once per unknown column; an empty batch warns about nothing", () => {
    const validator = createValidator("health_care_visit", { source: "visits.csv" });
    validator.pushBatch(batchOf([...VISIT_HEADER, "other"], []));
    validator.pushBatch(batchOf([...VISIT_HEADER, "notes"], [[...visitCells(), "hello"]]));
    validator.pushBatch(batchOf([...VISIT_HEADER, "notes"], [[...visitCells({ visit_id: "v2" }), "again"]]));
    expect(validator.finish().warnings).toEqual([
      'visits.csv: unknown column "notes" is ignored (not a field of health_care_visit)',
    ]);
  });

  it("throws UsageError invalid_header for a repeated column name", () => {
    const validator = createValidator("health_care_visit");
    const batch = batchOf(["visit_id", "visit_id"], [["a", "b"]]);
    expect(() => validator.pushBatch(batch)).toThrowError(UsageError);
    expect(() => validator.pushBatch(batch)).toThrowError(/header column "visit_id" appears twice/);
  });

  it("reads a second batch from the cached spellings of the first, with the same results (F3, F10, F11, F34)", () => {
    const validator = createValidator("health_care_visit", { dates: "day" });
    const first = batchOf(VISIT_HEADER, [visitCells(), visitCells({ visit_id: "v2", municipality_code: " 167 " })]);
    expect(validator.pushBatch(first).map((row) => row.municipality_code)).toEqual(["167", "167"]);
    const second = batchOf(
      VISIT_HEADER,
      [
        visitCells({ visit_id: "v3" }),
        visitCells({ visit_id: "v4", visit_date: "0000-01-01" }),
        visitCells({ visit_id: "v5", municipality_code: "999" }),
        visitCells({ visit_id: "010101-900R" }),
        visitCells({ visit_id: "v6", sex: "F", municipality_code: "91" }),
      ],
      [3, 4, 5, 6, 7],
    );
    const valid = validator.pushBatch(second);
    // Joensuu 167 → North Karelia 14; Helsinki 91 → 091, its own organizer 90 (F3, F10).
    expect(valid.map((row) => [row.visit_id, row.municipality_code, row.organizer_code, row.sex])).toEqual([
      ["v3", "167", "14", "female"],
      ["v6", "091", "90", "female"],
    ]);
    expect(validator.rejections.map((rejection) => [rejection.row, rejection.field, rejection.reason])).toEqual([
      [4, "visit_date", "invalid_format"],
      [5, "municipality_code", "unknown_code"],
      [6, "visit_id", "personal_identity_code"],
    ]);
  });
});

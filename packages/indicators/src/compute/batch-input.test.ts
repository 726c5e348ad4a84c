/**
 * `compute` on column batches (a `batches()` source, input.ts): the same result and input accounting
 * as the same rows as objects, and messages that name the record numbers given (F9).
 */
import { describe, expect, it } from "vitest";
import { type ColumnBatch, DataError } from "@virta/core";
import { compute } from "./compute";
import { columnBatchesOf } from "./input";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";

const columns = [
  "visit_id",
  "client_id",
  "birth_date",
  "sex",
  "municipality_code",
  "service_branch",
  "professional_group",
  "urgency",
  "contact_mode",
  "need_assessment_date",
  "visit_date",
];
function cells(id: string, needAssessment: string, visitDate: string, urgency = "non_urgent"): string[] {
  return [
    id,
    `c-${id}`,
    "1980-06-15",
    "female",
    "167",
    "primary_care",
    "nurse",
    urgency,
    "in_person",
    needAssessment,
    visitDate,
  ];
}
// Waits 14, 15, 0, 3, 20 days and one urgent visit (excluded): 3 of 5 within 14 days = 60.0 % (as in compute.test.ts).
const values = [
  cells("v1", "2024-03-01", "2024-03-15"),
  cells("v2", "2024-03-01", "2024-03-16"),
  cells("v3", "2024-05-02", "2024-05-02"),
  cells("v4", "2024-06-01", "2024-06-04"),
  cells("v5", "2024-07-01", "2024-07-21"),
  cells("v6", "2024-07-01", "2024-07-02", "urgent"),
];
/** A column batch of rows given as cells in `names` order, numbered by `records`. */
function batch(rows: string[][], records: number[], names: readonly string[] = columns): ColumnBatch {
  return {
    source: "visits",
    names,
    columns: names.map((_, column) => rows.map((cells) => cells[column])),
    length: rows.length,
    records,
  };
}
const objects = values.map((row) => Object.fromEntries(columns.map((name, index) => [name, row[index]])));

describe("compute on column batches", () => {
  it("gives the result and accounting of the same rows as objects, over async batches", async () => {
    async function* batches() {
      yield batch(values.slice(0, 2), [1, 2]);
      yield batch(values.slice(2), [3, 4, 5, 6]);
    }
    const options = { period: "2024", by: ["organizer"] };
    const fromArrays = await compute(primaryCareWithin14Days, {
      ...options,
      data: { health_care_visit: { batches } },
    });
    const fromObjects = await compute(primaryCareWithin14Days, { ...options, data: { health_care_visit: objects } });
    expect(fromArrays.rows).toEqual([{ organizer: "14", numerator: 3, denominator: 5, value: 60, suppressed: false }]);
    expect(fromArrays.input.health_care_visit).toEqual({
      rows_read: 6,
      rows_rejected: 0,
      rows_excluded: 1,
      rows_in_population: 5,
      excluded_by_reason: { urgency: 1 },
      rejected_by_reason: {},
    });
    expect(fromArrays).toEqual(fromObjects);
  });

  it("names the given record number in a rejection (F9: records, not lines)", async () => {
    const bad = cells("v9", "2024-03-01", "2024-02-30"); // no 30 February
    const error = await compute(primaryCareWithin14Days, {
      period: "2024",
      strict: true,
      data: { health_care_visit: { batches: () => [batch([values[0]!, bad], [1, 7])] } },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/^health_care_visit row 7, field visit_date: /);
  });

  it(
    "treats a short row's missing cells as absent and warns about an unknown column once, as " + "for objects (F1)",
    async () => {
      const wide = [...columns, "note"];
      const short = values[0]!.slice(0, 10); // no visit_date
      const table = { batches: () => [batch([[...values[1]!, "x"], short], [1, 2], wide)] };
      const result = await compute(primaryCareWithin14Days, { period: "2024", data: { health_care_visit: table } });
      expect(result.input.health_care_visit!.rows_read).toBe(2);
      expect(result.input.health_care_visit!.rows_rejected).toBe(1);
      // the missing visit_date (concepts.md rejection reason "missing");
      expect(result.input.health_care_visit!.rejected_by_reason).toEqual({ missing: 1 });
      expect(result.warnings.filter((warning) => warning.includes('unknown column "note"'))).toHaveLength(1);
    },
  );

  it("an empty table of column batches reads 0 rows and warns about no column", async () => {
    const result = await compute(primaryCareWithin14Days, {
      period: "2024",
      data: { health_care_visit: { batches: () => [batch([], [], [...columns, "note"])] } },
    });
    expect(result.input.health_care_visit!.rows_read).toBe(0);
    expect(result.warnings.some((warning) => warning.includes("note"))).toBe(false);
  });

  it("arquero- and Arrow-like tables become column batches (no row objects); rows stay rows", async () => {
    const arquero = { numRows: () => 2, columnNames: () => ["a"], get: (_: string, row: number) => `x${row}` };
    const got: ColumnBatch[] = [];
    for await (const each of columnBatchesOf(arquero, "t")!) got.push(each);
    expect(got).toEqual([{ source: "t", names: ["a"], columns: [["x0", "x1"]], length: 2, records: [1, 2] }]);
    const arrow = { numRows: 1, schema: { fields: [{ name: "b" }] }, getChild: () => null };
    for await (const each of columnBatchesOf(arrow, "t")!) expect(each.columns).toEqual([[null]]);
    expect(columnBatchesOf([{ a: "1" }], "t")).toBeNull();
  });

  it("gives the same result from an arquero-like table as from the same rows as objects", async () => {
    const arquero = {
      numRows: () => values.length,
      columnNames: () => columns,
      get: (name: string, row: number) => values[row]![columns.indexOf(name)],
    };
    const options = { period: "2024", by: ["organizer"] };
    const fromTable = await compute(primaryCareWithin14Days, { ...options, data: { health_care_visit: arquero } });
    const fromObjects = await compute(primaryCareWithin14Days, { ...options, data: { health_care_visit: objects } });
    expect(fromTable).toEqual(fromObjects);
  });
});

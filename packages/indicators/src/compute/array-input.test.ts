/**
 * `compute` on a table of cell arrays (`{ columns, batches }`, input.ts): the same result and input
 * accounting as the same rows as objects, and messages that name the record numbers given (F9).
 */
import { describe, expect, it } from "vitest";
import { DataError } from "@virta/core";
import { compute } from "./compute";
import { inputBatches, isArrayTable, type ArrayTableInput } from "./input";
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
const objects = values.map((row) => Object.fromEntries(columns.map((name, index) => [name, row[index]])));

describe("compute on a table of cell arrays", () => {
  it("gives the result and accounting of the same rows as objects, over async batches", async () => {
    async function* batches() {
      yield { records: [1, 2], values: values.slice(0, 2) };
      yield { records: [3, 4, 5, 6], values: values.slice(2) };
    }
    const options = { period: "2024", by: ["organizer"] };
    const fromArrays = await compute(primaryCareWithin14Days, {
      ...options,
      data: { health_care_visit: { columns, batches: batches() } },
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

  it("names the given record number in a rejection (F9: records, not lines), and counts on without records", async () => {
    const bad = cells("v9", "2024-03-01", "2024-02-30"); // no 30 February
    const table: ArrayTableInput = { columns, batches: [{ records: [1, 7], values: [values[0]!, bad] }] };
    const error = await compute(primaryCareWithin14Days, {
      period: "2024",
      strict: true,
      data: { health_care_visit: table },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/^health_care_visit row 7, field visit_date: /);

    const unnumbered: ArrayTableInput = { columns, batches: [{ values: [values[0]!, values[1]!, bad] }] };
    const second = await compute(primaryCareWithin14Days, {
      period: "2024",
      strict: true,
      data: { health_care_visit: unnumbered },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((second as DataError).message).toMatch(/^health_care_visit row 3, field visit_date: /);
  });

  it("treats a short row's missing cells as absent and warns about an unknown column once, as for objects (F1)", async () => {
    const wide = [...columns, "note"];
    const short = values[0]!.slice(0, 10); // no visit_date
    const table: ArrayTableInput = {
      columns: wide,
      batches: [{ records: [1, 2], values: [[...values[1]!, "x"], short] }],
    };
    const result = await compute(primaryCareWithin14Days, { period: "2024", data: { health_care_visit: table } });
    expect(result.input.health_care_visit!.rows_read).toBe(2);
    expect(result.input.health_care_visit!.rows_rejected).toBe(1);
    expect(result.input.health_care_visit!.rejected_by_reason).toEqual({ missing: 1 }); // the missing visit_date (concepts.md rejection reason "missing");
    expect(result.warnings.filter((warning) => warning.includes('unknown column "note"'))).toHaveLength(1);
  });

  it("an empty table of cell arrays reads 0 rows and warns about no column", async () => {
    const result = await compute(primaryCareWithin14Days, {
      period: "2024",
      data: { health_care_visit: { columns: [...columns, "note"], batches: [] } },
    });
    expect(result.input.health_care_visit!.rows_read).toBe(0);
    expect(result.warnings.some((warning) => warning.includes("note"))).toBe(false);
  });

  it("isArrayTable tells the shape apart from rows and Arrow-like tables; inputBatches still gives row objects", async () => {
    expect(isArrayTable({ columns: ["a"], batches: [] })).toBe(true);
    expect(isArrayTable([{ columns: ["a"], batches: [] }])).toBe(false);
    expect(isArrayTable({ columns: "a", batches: [] })).toBe(false);
    expect(isArrayTable({ numRows: 0, schema: { fields: [] }, getChild: () => null, columns: [], batches: [] })).toBe(
      false,
    );
    const batches: unknown[] = [];
    for await (const batch of inputBatches({ columns: ["a", "b"], batches: [{ values: [["1", "2"], ["3"]] }] }))
      batches.push(batch);
    expect(batches).toEqual([
      [
        { a: "1", b: "2" },
        { a: "3", b: undefined },
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { type ConceptName, REJECTION_REASONS, validate } from "@virta/concepts";
import { GOOD_ROWS, rowWith } from "../test-support/rows";

interface Case {
  readonly concept: ConceptName;
  readonly changes: Record<string, unknown>;
  readonly reason: string;
  readonly field: string;
  readonly why: string;
}

/** One bad row per reason code; each differs from a good row in one way (checked by hand). */
const CASES: readonly Case[] = [
  {
    concept: "health_care_visit",
    changes: { visit_date: undefined },
    reason: "missing",
    field: "visit_date",
    why: "required date absent (F1)",
  },
  {
    concept: "health_care_visit",
    changes: { visit_date: "   " },
    reason: "missing",
    field: "visit_date",
    why: "white space only is absent (F1)",
  },
  {
    concept: "health_care_visit",
    changes: { visit_date: "2023-02-29" },
    reason: "invalid_format",
    field: "visit_date",
    why: "a date that does not exist",
  },
  {
    concept: "health_care_visit",
    changes: { urgency: "soon" },
    reason: "not_in_list",
    field: "urgency",
    why: "enum word not listed",
  },
  { concept: "population", changes: { age: "101" }, reason: "out_of_range", field: "age", why: "age is 0–100" },
  {
    concept: "health_care_visit",
    changes: { visit_id: "x".repeat(65) },
    reason: "too_long",
    field: "visit_id",
    why: "ids are at most 64 code points (F6)",
  },
  {
    concept: "health_care_visit",
    changes: { municipality_code: "999" },
    reason: "unknown_code",
    field: "municipality_code",
    why: "no municipality 999",
  },
  {
    concept: "health_care_visit",
    changes: { client_id: "131052-308T" },
    reason: "personal_identity_code",
    field: "client_id",
    why: "a valid hetu as an id (F11)",
  },
  {
    concept: "health_care_visit",
    changes: { organizer_code: "03" },
    reason: "organizer_mismatch",
    field: "organizer_code",
    why: "167 Joensuu belongs to 14 (F10)",
  },
  {
    concept: "health_care_visit",
    changes: { need_assessment_date: "2024-03-20" },
    reason: "visit_before_assessment",
    field: "visit_date",
    why: "assessment 20.3 after visit 15.3",
  },
  {
    concept: "health_care_visit",
    changes: { contact_date: "2024-03-05" },
    reason: "assessment_before_contact",
    field: "contact_date",
    why: "contact 5.3 after assessment 1.3",
  },
  {
    concept: "health_care_visit",
    changes: { birth_date: "2024-03-16" },
    reason: "born_after_event",
    field: "birth_date",
    why: "born the day after the visit (F12)",
  },
  {
    concept: "specialised_care_referral",
    changes: { treatment_date: "2024-01-09" },
    reason: "left_before_referral",
    field: "treatment_date",
    why: "treated the day before the referral arrived",
  },
  {
    concept: "specialised_care_referral",
    changes: { removed_date: "2024-05-01" },
    reason: "treated_and_removed",
    field: "removed_date",
    why: "treatment and removal both given",
  },
  {
    concept: "social_care_assessment",
    changes: { started_date: "2024-03-04" },
    reason: "dates_out_of_order",
    field: "started_date",
    why: "started 4.3 before initiated 5.3 (F13)",
  },
  {
    concept: "social_care_assessment",
    changes: { started_date: undefined },
    reason: "completed_without_start",
    field: "completed_date",
    why: "completed without a start date (F13)",
  },
  {
    concept: "child_welfare_case",
    changes: { birth_date: "2006-05-02" },
    reason: "not_a_child",
    field: "birth_date",
    why: "turns 18 on the opening day: age 18 is not < 18",
  },
];

describe("every reason code has a bad row that gets exactly that code (F8)", () => {
  for (const testCase of CASES) {
    it(`${testCase.concept}: ${testCase.why} → ${testCase.reason}`, () => {
      const { valid, rejections, summary } = validate(testCase.concept, [rowWith(testCase.concept, testCase.changes)], {
        maxRejectedShare: 1,
      });
      expect(valid).toEqual([]);
      expect(rejections).toHaveLength(1);
      expect(rejections[0]).toMatchObject({
        concept: testCase.concept,
        row: 1,
        field: testCase.field,
        reason: testCase.reason,
      });
      expect(summary.rejected_by_reason).toEqual({ [testCase.reason]: 1 });
    });
  }

  it("duplicate_id: the second row with visit_id v1 is rejected, the first kept (F9)", () => {
    const { valid, rejections } = validate("health_care_visit", [
      rowWith("health_care_visit"),
      rowWith("health_care_visit", { client_id: "c2" }),
    ]);
    expect(valid.map((row) => row.client_id)).toEqual(["c1"]);
    expect(rejections).toMatchObject([{ row: 2, field: "visit_id", value: "v1", reason: "duplicate_id" }]);
    expect(rejections[0]!.message).toContain("repeats row 1");
  });

  it("an answer out of its question's range says each range the declaration gives (rangeBy, F8)", () => {
    const { rejections } = validate("customer_feedback_answer", [
      rowWith("customer_feedback_answer", { question_code: "nps", answer: "11" }),
      rowWith("customer_feedback_answer", { response_id: "r2", question_code: "S3", answer: "0" }),
      rowWith("customer_feedback_answer", { response_id: "r3" }),
      rowWith("customer_feedback_answer", { response_id: "r4" }),
    ]);
    expect(rejections.map((rejection) => [rejection.row, rejection.reason])).toEqual([
      [1, "out_of_range"],
      [2, "out_of_range"],
    ]);
    for (const rejection of rejections) {
      expect(rejection.message).toContain(
        "expected for question_code nps an integer 0–10; for any other question_code an integer 1–5 or eos",
      );
    }
  });

  it("duplicate_key: population (year, municipality, age, sex) repeated, even with another count (F9)", () => {
    const { rejections } = validate("population", [
      rowWith("population"),
      rowWith("population", { count: "3", municipality_code: " 167 " }),
    ]);
    expect(rejections).toMatchObject([{ row: 2, field: "year,municipality_code,age,sex", reason: "duplicate_key" }]);
  });

  it("duplicate_key: customer feedback (response_id, question_code) compares normalised values (NPS = nps)", () => {
    const { rejections, valid } = validate("customer_feedback_answer", [
      rowWith("customer_feedback_answer"),
      rowWith("customer_feedback_answer", { question_code: "S1", answer: "4" }),
      rowWith("customer_feedback_answer", { question_code: "NPS", answer: "3" }),
    ]);
    expect(valid).toHaveLength(2);
    expect(rejections).toMatchObject([
      { row: 3, reason: "duplicate_key", field: "response_id,question_code", value: "q1,nps" },
    ]);
  });

  it("the reason list is exactly the codes of concepts.md and F8–F13", () => {
    const used = new Set([...CASES.map((testCase) => testCase.reason), "duplicate_id", "duplicate_key"]);
    expect(new Set(REJECTION_REASONS)).toEqual(used);
  });
});

describe("one reason per row, the first in F8's order", () => {
  it("fields in table order: a too long visit_id wins over a bad visit_date", () => {
    const { rejections } = validate(
      "health_care_visit",
      [rowWith("health_care_visit", { visit_id: "x".repeat(70), visit_date: "nope" })],
      { maxRejectedShare: 1 },
    );
    expect(rejections.map((r) => [r.field, r.reason])).toEqual([["visit_id", "too_long"]]);
  });

  it("within a field, invalid_format comes before unknown_code: 4-digit municipality 0091", () => {
    const { rejections } = validate(
      "health_care_visit",
      [rowWith("health_care_visit", { municipality_code: "0091" })],
      { maxRejectedShare: 1 },
    );
    expect(rejections[0]!.reason).toBe("invalid_format");
  });

  it("organizer_mismatch comes before the row rules", () => {
    const { rejections } = validate(
      "health_care_visit",
      [rowWith("health_care_visit", { organizer_code: "90", need_assessment_date: "2024-04-01" })],
      { maxRejectedShare: 1 },
    );
    expect(rejections[0]!.reason).toBe("organizer_mismatch");
  });

  it("row rules in listing order: visit_before_assessment before born_after_event", () => {
    const { rejections } = validate(
      "health_care_visit",
      [
        rowWith("health_care_visit", {
          need_assessment_date: "2024-03-20",
          contact_date: undefined,
          birth_date: "2024-03-30",
        }),
      ],
      { maxRejectedShare: 1 },
    );
    expect(rejections[0]!.reason).toBe("visit_before_assessment");
  });

  it("child welfare: not_a_child is listed before dates_out_of_order", () => {
    const { rejections } = validate(
      "child_welfare_case",
      [rowWith("child_welfare_case", { birth_date: "2000-01-01", decision_date: "2024-05-01" })],
      { maxRejectedShare: 1 },
    );
    expect(rejections[0]!.reason).toBe("not_a_child");
  });

  it("a child one day short of 18 on the opening day is a child", () => {
    expect(
      validate("child_welfare_case", [rowWith("child_welfare_case", { birth_date: "2006-05-03" })]).valid,
    ).toHaveLength(1);
  });

  it("uniqueness last and only among rows not otherwise rejected (F9)", () => {
    const rows = [
      rowWith("health_care_visit", { visit_date: "2024-02-30" }), // row 1: invalid_format, its id does not count
      rowWith("health_care_visit"), // row 2: kept, the first valid v1
      rowWith("health_care_visit", { urgency: "x" }), // row 3: not_in_list, not duplicate_id
      rowWith("health_care_visit"), // row 4: duplicate_id of row 2
    ];
    const { rejections, valid } = validate("health_care_visit", rows, { maxRejectedShare: 1 });
    expect(valid).toHaveLength(1);
    expect(rejections.map((r) => [r.row, r.reason])).toEqual([
      [1, "invalid_format"],
      [3, "not_in_list"],
      [4, "duplicate_id"],
    ]);
  });

  it("a municipality valid in no year is unknown_code even when the row's date is bad (field order)", () => {
    const { rejections } = validate(
      "health_care_visit",
      [rowWith("health_care_visit", { municipality_code: "999", visit_date: "x" })],
      { maxRejectedShare: 1 },
    );
    expect(rejections[0]).toMatchObject({ field: "municipality_code", reason: "unknown_code" });
  });

  it("Pertunmaa 588 is valid on a 2024 visit but unknown_code on a 2025 visit (merged into 507)", () => {
    const rows = [
      rowWith("health_care_visit", { municipality_code: "588", visit_id: "a" }),
      rowWith("health_care_visit", {
        municipality_code: "588",
        visit_id: "b",
        contact_date: "2025-01-02",
        need_assessment_date: "2025-01-03",
        visit_date: "2025-01-10",
      }),
    ];
    const { valid, rejections } = validate("health_care_visit", rows, { maxRejectedShare: 1 });
    expect(valid.map((row) => [row.visit_id, row.organizer_code])).toEqual([["a", "12"]]);
    expect(rejections).toMatchObject([{ row: 2, field: "municipality_code", reason: "unknown_code" }]);
    expect(rejections[0]!.message).toContain("2025");
  });
});

describe("a table with one of each bad row", () => {
  it("reports every row once and valid + rejected = read, per concept", () => {
    const byConcept = new Map<ConceptName, Case[]>();
    for (const testCase of CASES)
      byConcept.set(testCase.concept, [...(byConcept.get(testCase.concept) ?? []), testCase]);
    for (const [concept, cases] of byConcept) {
      // Distinct ids (population: distinct ages) so that no row is a duplicate of another.
      const idField = concept === "population" ? "age" : Object.keys(GOOD_ROWS[concept])[0]!;
      const bad = cases.map((testCase, index) => rowWith(concept, { [idField]: `${10 + index}`, ...testCase.changes }));
      const good = [rowWith(concept, { [idField]: "1" }), rowWith(concept, { [idField]: "2" })];
      const rows = [good[0]!, ...bad, good[1]!];
      const { valid, rejections, summary } = validate(concept, rows, { maxRejectedShare: 1 });
      expect(rejections.map((r) => r.reason)).toEqual(cases.map((testCase) => testCase.reason));
      expect(new Set(rejections.map((r) => r.row)).size).toBe(cases.length);
      expect(summary.rows_valid + summary.rows_rejected).toBe(summary.rows_read);
      expect(summary.rows_read).toBe(rows.length);
      expect(valid).toHaveLength(summary.rows_valid);
    }
  });
});

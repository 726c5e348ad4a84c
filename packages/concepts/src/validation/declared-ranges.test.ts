/**
 * The answer ranges by question and "municipality or organizer" are declaration data (issue 13): a
 * changed declaration changes every in-memory validator alike — the columnar validator, the
 * reference validator and the zod schema — with no rule keyed on a concept's name.
 */
import { describe, expect, it } from "vitest";
import { customerFeedbackAnswerModel } from "../concepts/customer-feedback-answer";
import { populationModel } from "../concepts/population";
import type { ConceptModel } from "../model/concept-model";
import { zodSchemaOf } from "../model/zod-schema";
import { referenceValidate } from "../test-support/reference-validator";
import { rowWith } from "../test-support/rows";
import { RowValidator } from "./validator";

/** Customer feedback with other ranges: nps 0–10 or eos, S1 1–3, the rest 1–4 (no eos). */
const changed: ConceptModel = {
  ...customerFeedbackAnswerModel,
  fields: customerFeedbackAnswerModel.fields.map((field) =>
    field.rangeBy === undefined
      ? field
      : {
          ...field,
          rangeBy: {
            field: "question_code",
            cases: { nps: { min: 0, max: 10, eos: true }, S1: { min: 1, max: 3, eos: false } },
            otherwise: { min: 1, max: 4, eos: false },
          },
        },
  ),
};

const ROWS = [
  rowWith("customer_feedback_answer", { question_code: "nps", answer: "eos" }), // 1
  rowWith("customer_feedback_answer", { question_code: "S1", answer: "4" }), // 2
  rowWith("customer_feedback_answer", { question_code: "s1", answer: "3" }), // 3
  rowWith("customer_feedback_answer", { question_code: "S2", answer: "5" }), // 4
  rowWith("customer_feedback_answer", { question_code: "S2", answer: "EOS" }), // 5
  rowWith("customer_feedback_answer", { question_code: "S3", answer: "4" }), // 6
  rowWith("customer_feedback_answer", { question_code: "nps", answer: "11" }), // 7
].map((row, index) => ({ ...row, response_id: `r${index + 1}` }));

/** Rows 2, 4, 5 and 7 break the changed ranges; row 1 (eos for nps) is now allowed. */
const EXPECTED = [
  { row: 2, field: "answer", reason: "out_of_range" },
  { row: 4, field: "answer", reason: "out_of_range" },
  { row: 5, field: "answer", reason: "out_of_range" },
  { row: 7, field: "answer", reason: "out_of_range" },
];

function columnar(model: ConceptModel, rows: ReadonlyArray<Record<string, unknown>>) {
  const validator = new RowValidator(model, { maxRejectedShare: 1 });
  rows.forEach((row, index) => validator.push(row, index + 1));
  validator.finish();
  return validator.rejections.map(({ row, field, reason }) => ({ row, field, reason }));
}

describe("ranges declared as data", () => {
  it("the columnar and the reference validator follow a changed rangeBy", () => {
    expect(columnar(changed, ROWS)).toEqual(EXPECTED);
    expect(referenceValidate(changed, ROWS).rejections).toEqual(EXPECTED);
  });

  it("the declared ranges: nps 0–10 without eos, the statements 1–5 or eos", () => {
    const expected = [
      { row: 1, field: "answer", reason: "out_of_range" },
      { row: 7, field: "answer", reason: "out_of_range" },
    ];
    expect(columnar(customerFeedbackAnswerModel, ROWS)).toEqual(expected);
    expect(referenceValidate(customerFeedbackAnswerModel, ROWS).rejections).toEqual(expected);
  });

  it("the zod schema follows a changed rangeBy, naming the declared ranges", () => {
    const schema = zodSchemaOf(changed);
    const base = { ...rowWith("customer_feedback_answer"), response_date: "2024-03-01" };
    expect(schema.safeParse({ ...base, question_code: "nps", answer: "eos" }).success).toBe(true);
    const broken = schema.safeParse({ ...base, question_code: "S1", answer: 4 });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.message).toBe(
      "out_of_range: nps answers are 0–10 or eos; S1 answers are 1–3; other answers are 1–4",
    );
  });

  it("requiredUnless is read from the declaration, not from the concept's name", () => {
    const schema = zodSchemaOf(populationModel);
    const row = { year: 2024, municipality_code: null, age: 40, sex: "female", count: 3 }; // no organizer
    const result = schema.safeParse(row);
    expect(result.error?.issues[0]?.message).toBe("missing: municipality_code or organizer_code is required");
    const renamed = zodSchemaOf({ ...populationModel, name: "population_copy" });
    expect(renamed.safeParse(row).error?.issues[0]?.message).toBe(
      "missing: municipality_code or organizer_code is required",
    );
  });
});

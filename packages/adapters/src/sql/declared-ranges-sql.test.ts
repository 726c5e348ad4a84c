/**
 * The SQL validation reads an answer's ranges by question from the declaration (issue 13, F34): a
 * changed `rangeBy` changes the SQL's reasons as it changes the in-memory validators' (the same rows
 * as concepts' declared-ranges test), on DuckDB.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbDialect, validationQuery } from "@virta/core";
import { customerFeedbackAnswerModel } from "@virta/concepts";
import { expect, it } from "vitest";
import { sqlValidationData } from "./validation-declaration";

const changed = {
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

const ANSWERS = [
  ["nps", "eos"],
  ["S1", "4"],
  ["s1", "3"],
  ["S2", "5"],
  ["S2", "EOS"],
  ["S3", "4"],
  ["nps", "11"],
];

async function reasons(declaration: typeof changed): Promise<unknown[][]> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const columns = ["response_id", "organizer_code", "service_code", "response_date", "question_code", "answer"];
  await connection.run(`CREATE TABLE t (${columns.map((c) => `"${c}" VARCHAR`).join(", ")})`);
  const values = ANSWERS.map(
    ([question, answer], i) => `('r${i + 1}', '14', 'TK-01', '2024-03-15', '${question}', '${answer}')`,
  );
  await connection.run(`INSERT INTO t VALUES ${values.join(", ")}`);
  const query = validationQuery(declaration, sqlValidationData(), duckdbDialect, { table: ["t"], present: columns });
  const rows = (await connection.runAndReadAll(query)).getRowsJson().map((row) => [Number(row[0]), row[1]]);
  connection.closeSync();
  return rows.filter(([, reason]) => reason !== null);
}

it("the SQL validation follows the declared and a changed rangeBy", async () => {
  expect(await reasons(customerFeedbackAnswerModel)).toEqual([
    [1, "out_of_range"],
    [7, "out_of_range"],
  ]);
  expect(await reasons(changed)).toEqual([
    [2, "out_of_range"],
    [4, "out_of_range"],
    [5, "out_of_range"],
    [7, "out_of_range"],
  ]);
});

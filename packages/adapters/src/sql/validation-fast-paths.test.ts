/**
 * The cheap first branches of DuckDB's SQL validation (issue 15, F34), checked by hand: a cell that
 * starts and ends with a visible character is taken without trimming, a padded one is trimmed of the
 * F1 white space (tab, CR, LF, form feed, space; a trailing no-break space stays); a 10-character date
 * is valid when DuckDB's date cast reads it and writes the same text back (F4: 2000-02-29 and 0999-12-31
 * valid; 1900-02-29, year 0000 and 2024/01/05 not); words equal to a spelling skip `LOWER` (F2).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import {
  compileValidationSql,
  duckdbDialect,
  MUNICIPALITY_CLASSIFICATION,
  municipalityClassificationSql,
} from "@virta/core";
import { afterAll, describe, expect, it } from "vitest";
import { GOOD_ROWS } from "../../../concepts/src/test-support/rows";
import { sqlDeclaration, sqlValidationData } from "./validation-declaration";

const connection = await (await DuckDBInstance.create(":memory:")).connect();
await connection.run("SET TimeZone = 'Europe/Helsinki'");
afterAll(() => connection.closeSync());

const good = GOOD_ROWS.health_care_visit as Record<string, string>;
const CHANGES: Array<Record<string, string>> = [
  { visit_id: "\tv1\r\n" },
  { birth_date: "2000-02-29" },
  { birth_date: "1900-02-29" },
  { birth_date: "0000-01-01" },
  { birth_date: "\t1980-05-01\f" },
  { sex: "\tMale\r" },
  { professional_group: "Doctor" },
  { sex: "x" },
  { birth_date: "2024-0a-05" },
  { visit_id: " " },
  { birth_date: "2023-02-29" },
  { birth_date: "2024/01/05" },
  { birth_date: "0999-12-31" },
  { visit_id: "v 13\u00a0" },
];

async function validated(): Promise<unknown[][]> {
  const fields = Object.keys(good);
  await connection.run(`CREATE OR REPLACE TABLE t (${fields.map((f) => `"${f}" VARCHAR`).join(", ")})`);
  const appender = await connection.createAppender("t");
  CHANGES.forEach((change, index) => {
    const row: Record<string, string> = { ...good, visit_id: `v${index + 1}`, ...change };
    for (const field of fields) appender.appendVarchar(row[field]!);
    appender.endRow();
  });
  appender.closeSync();
  const data = sqlValidationData();
  const validation = compileValidationSql(sqlDeclaration("health_care_visit"), data, duckdbDialect, {
    table: ["t"],
    present: fields,
  });
  const ctes = [
    { name: MUNICIPALITY_CLASSIFICATION, sql: municipalityClassificationSql(duckdbDialect, data) },
    ...validation.ctes,
  ];
  const text =
    `WITH ${ctes.map((cte) => `"${cte.name}" AS (${cte.sql})`).join(", ")} SELECT "__row", "__reason", "visit_id",` +
    ` CAST("birth_date" AS VARCHAR), "sex", "professional_group" FROM "${validation.rows}" ORDER BY "__row"`;
  return (await connection.runAndReadAll(text)).getRowsJson().map((row) => [Number(row[0]), ...row.slice(1)]);
}

describe("DuckDB validation fast paths", () => {
  it("trims, reads plain dates and words exactly as the general branches", async () => {
    const rows = await validated();
    expect(rows.map(([row, reason]) => [row, reason])).toEqual([
      [1, null],
      [2, null],
      [3, "invalid_format"],
      [4, "invalid_format"],
      [5, null],
      [6, null],
      [7, null],
      [8, "not_in_list"],
      [9, "invalid_format"],
      [10, "missing"],
      [11, "invalid_format"],
      [12, "invalid_format"],
      [13, null],
      [14, null],
    ]);
    expect(rows[0]!.slice(2)).toEqual(["v1", "1980-05-01", "female", "doctor"]);
    expect(rows[1]![3]).toBe("2000-02-29");
    expect(rows[4]![3]).toBe("1980-05-01");
    expect(rows[5]![4]).toBe("male");
    expect(rows[6]![5]).toBe("doctor");
    // DuckDB's date cast reads 2024/01/05 as a date, but its own text of it differs: not YYYY-MM-DD (F4).
    expect(rows[12]![3]).toBe("0999-12-31");
    // Inner spaces and a trailing no-break space are kept (F1 trims ASCII white space only).
    expect(rows[13]![2]).toBe("v 13\u00a0");
  });
});

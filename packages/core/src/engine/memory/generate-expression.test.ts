/**
 * The generated age (F16) of the in-memory engine's row loop (issue 14): raw int32 day numbers into
 * `ageOn` (whose packed dates come from a table for 1900–2099 and are computed outside it), absent when
 * a date is absent or the reference date is before the birth date; and conditions (`emitCondition`) that
 * hold exactly when a rule's three-valued value is true. Run here as small generated functions over two
 * date columns.
 */
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/date";
import type { Expression } from "../../expression/expression";
import { ColumnChunk, NULL_DAY } from "./columns";
import { emitCondition, emitExpression, SourceWriter } from "./generate-expression";

/** The ages the generated code gives for (birth, at) pairs of "YYYY-MM-DD" texts (null = absent). */
function generatedAges(pairs: Array<[string | null, string | null]>): number[] {
  const day = (text: string | null) =>
    text === null ? NULL_DAY : dayNumber(...(text.split("-").map(Number) as [number, number, number]));
  const birth = Int32Array.from(pairs, ([b]) => day(b));
  const at = Int32Array.from(pairs, ([, a]) => day(a));
  const chunk = new ColumnChunk({ birth_date: "date", visit_date: "date" }, ["birth_date", "visit_date"]);
  chunk.loadColumnar({ length: pairs.length, columns: { birth_date: birth, visit_date: at } });
  const w = new SourceWriter(chunk, {}, {});
  const age: Expression = {
    op: "age_on",
    args: [
      { op: "field", name: "birth_date" },
      { op: "field", name: "visit_date" },
    ],
  };
  const out = emitExpression(age, w);
  const columns = [...w.columns.values()];
  const body = `"use strict"; return function (${columns.join(", ")}, ages) {
    for (let i = 0; i < ages.length; i++) { ${w.lines.join("\n")}\n ages[i] = ${out.code}; } };`;
  const run = new Function(...w.externalNames, body)(...w.externalValues);
  const ages = new Float64Array(pairs.length);
  run(...[...w.columns.keys()].map((field) => chunk.column(field).data), ages);
  return [...ages];
}

describe("generated age_on", () => {
  it("gives completed years inside and outside the packed-date table, 29 February's birthday on 1 March", () => {
    expect(
      generatedAges([
        ["1899-12-31", "2024-03-05"], // birth outside the table: 125 years less one before the birthday
        ["1900-01-01", "2000-01-01"], // the table's first day: the birthday itself counts
        ["2000-02-29", "2023-02-28"], // common year: not yet 23
        ["2000-02-29", "2023-03-01"], // 1 March is the birthday (F16)
        ["2099-12-31", "2100-12-31"], // reference date outside the table
        ["1850-06-15", "1899-06-14"], // both outside: the day before the 49th birthday
      ]),
    ).toEqual([124, 100, 22, 23, 1, 48]);
  });

  it("is unknown (NaN) when a date is absent or the reference date is before the birth date", () => {
    expect(
      generatedAges([
        [null, "2024-03-05"],
        ["1980-01-01", null],
        ["2024-03-06", "2024-03-05"],
        ["2024-03-05", "2024-03-05"],
      ]),
    ).toEqual([Number.NaN, Number.NaN, Number.NaN, 0]);
  });
});

/** Whether the generated condition holds for each (need, visit) pair of "YYYY-MM-DD" texts (null = absent). */
function generatedConditions(condition: Expression, pairs: Array<[string | null, string | null]>): boolean[] {
  const day = (text: string | null) =>
    text === null ? NULL_DAY : dayNumber(...(text.split("-").map(Number) as [number, number, number]));
  const chunk = new ColumnChunk({ need: "date", visit: "date" }, ["need", "visit"]);
  const columns = { need: Int32Array.from(pairs, ([n]) => day(n)), visit: Int32Array.from(pairs, ([, v]) => day(v)) };
  chunk.loadColumnar({ length: pairs.length, columns });
  const w = new SourceWriter(chunk, {}, {});
  const test = emitCondition(condition, w);
  const body = `"use strict"; return function (${[...w.columns.values()].join(", ")}, out) {
    for (let i = 0; i < out.length; i++) { ${w.lines.join("\n")}\n out[i] = ${test} ? 1 : 0; } };`;
  const run = new Function(...w.externalNames, body)(...w.externalValues);
  const out = new Uint8Array(pairs.length);
  run(...[...w.columns.keys()].map((field) => chunk.column(field).data), out);
  return [...out].map((value) => value === 1);
}

describe("generated conditions", () => {
  const need: Expression = { op: "field", name: "need" };
  const visit: Expression = { op: "field", name: "visit" };
  const pairs: Array<[string | null, string | null]> = [
    ["2024-03-01", "2024-03-15"], // wait 14
    ["2024-03-01", "2024-03-16"], // wait 15
    [null, "2024-03-15"], // no need assessment: unknown
    ["2024-03-01", null],
  ];

  it("hold only when the value is true: a comparison with an absent operand is unknown, not true", () => {
    const within14: Expression = {
      op: "le",
      args: [
        { op: "days", args: [need, visit] },
        { op: "literal", value: 14 },
      ],
    };
    expect(generatedConditions(within14, pairs)).toEqual([true, false, false, false]);
    const over14: Expression = { op: "not", args: [within14] }; // not unknown is unknown: not true either
    expect(generatedConditions(over14, pairs)).toEqual([false, true, false, false]);
  });

  it("test presence and absence, which are never unknown", () => {
    const present: Expression = { op: "not", args: [{ op: "is_null", args: [need] }] };
    expect(generatedConditions(present, pairs)).toEqual([true, true, false, true]);
    expect(generatedConditions({ op: "is_null", args: [visit] }, pairs)).toEqual([false, false, false, true]);
  });
});

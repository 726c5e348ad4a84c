import { describe, expect, it } from "vitest";
import { ageOn } from "../calendar/age";
import { parseDate } from "../calendar/date";
import { evaluateRowReference } from "../engine/reference/evaluate";
import { $ } from "../expression/builder";
import type { Expression, ValueType } from "../expression/expression";
import { compileRuleFailure, ruleFailureSource } from "./row-rule";

const NAMES = ["a", "b", "c"] as const;
const TYPES: Record<string, ValueType> = { a: "date", b: "date", c: "date" };
const indexOf = (name: string) => NAMES.indexOf(name as (typeof NAMES)[number]);
const day = (text: string) => parseDate(text);

function generated(holds: Expression): (values: readonly unknown[]) => boolean {
  const body = `return ${ruleFailureSource(holds, (name) => `values[${indexOf(name)}]`)};`;
  return new Function("ageOn", `return function(values){${body}}`)(ageOn) as (values: readonly unknown[]) => boolean;
}

const a = $.field("a");
const b = $.field("b");
const c = $.field("c");
const RULES: Expression[] = [
  $.le(a, b),
  $.or($.isNull(a), $.isNull(b)),
  $.or($.isNull(a), $.isPresent(b)),
  $.lt($.ageOn(a, b), 18),
  $.and($.le(a, b), $.not($.gt(b, c))),
  $.or($.lt($.days(a, c), 30), $.in($.days(b, c), [0, 1, 2])),
  $.eq($.isNull(c), $.literal(false)),
  $.ge(c, $.date("2024-01-01")),
];

describe("compiled row rules (issue 13)", () => {
  it("hand-checked cases: unknown passes, false rejects", () => {
    const breaks = compileRuleFailure($.le(a, b), indexOf);
    expect(breaks([day("2024-04-10"), day("2024-04-01"), null])).toBe(true);
    expect(breaks([day("2024-04-01"), day("2024-04-01"), null])).toBe(false);
    expect(breaks([null, day("2024-04-01"), null])).toBe(false);
    const adult = compileRuleFailure($.lt($.ageOn(a, b), 18), indexOf);
    expect(adult([day("2006-03-01"), day("2024-02-29"), null])).toBe(false); // 17
    expect(adult([day("2006-03-01"), day("2024-03-01"), null])).toBe(true); // 18 on the birthday
    expect(adult([day("2024-03-01"), day("2006-03-01"), null])).toBe(false); // born after: unknown
  });

  it("closures and generated text agree with the reference evaluator on every value combination", () => {
    const pool = [null, day("2005-06-15"), day("2023-12-31"), day("2024-01-01"), day("2024-01-20")];
    let checked = 0;
    for (const holds of RULES) {
      const closure = compileRuleFailure(holds, indexOf);
      const source = generated(holds);
      for (const x of pool)
        for (const y of pool)
          for (const z of pool) {
            const values = [x, y, z];
            const reference = evaluateRowReference(holds, { a: x, b: y, c: z }, TYPES) === false;
            expect(closure(values)).toBe(reference);
            expect(source(values)).toBe(reference);
            checked += 1;
          }
    }
    expect(checked).toBe(RULES.length * 125);
  });

  it("refuses operators a row rule cannot use", () => {
    expect(() => compileRuleFailure($.eq($.param("as_of"), a), indexOf)).toThrow(/param/);
  });
});

import { describe, expect, it } from "vitest";
import { $ } from "./builder";
import { expressionText } from "./text";

describe("expressionText", () => {
  it("renders comparisons, null tests and ages in English", () => {
    expect(expressionText($.le($.field("need_assessment_date"), $.field("visit_date")))).toBe(
      "need_assessment_date ≤ visit_date",
    );
    expect(expressionText($.or($.isNull($.field("completed_date")), $.isPresent($.field("started_date"))))).toBe(
      "completed_date is absent or started_date is given",
    );
    expect(expressionText($.lt($.ageOn($.field("birth_date"), $.field("opened_date")), 18))).toBe(
      "age_on(birth_date, opened_date) < 18",
    );
  });

  it("takes the words of another language and brackets nested and/or", () => {
    const fi = {
      and: "ja",
      or: "tai",
      not: "ei",
      given: "on annettu",
      absent: "puuttuu",
      in: "∈",
      case: "jos",
      when: "kun",
      then: "niin",
      else: "muuten",
      effective: "voimassa päivänä",
    };
    const a = $.isNull($.field("a"));
    expect(expressionText($.and(a, $.or(a, $.in($.field("b"), ["x", "y"]))), fi)).toBe(
      "a puuttuu ja (a puuttuu tai b ∈ {x, y})",
    );
  });
});

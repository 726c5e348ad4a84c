/**
 * Each `let` value once, in its own CTE named after it (issue 15): the expression is written once, in
 * `"__let_<name>"`, and every later step refers to its column; a let that refers to another comes after
 * it; a let holding a working-day deadline joins the calendar in its own step; unused lets are not
 * computed. Checked on the text here and by running every deck on DuckDB and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import type { Definition } from "../definition/definition";
import type { Expression } from "../expression/expression";
import { planComputation } from "../plan/plan";
import { compilePlanToSql } from "./compile-plan";
import { duckdbDialect } from "./dialects/duckdb/duckdb-dialect";
import { postgresDialect } from "./dialects/postgres/postgres-dialect";
import { letsInOrder } from "./plan-lets";

const field = (name: string): Expression => ({ op: "field", name });
const ref = (name: string): Expression => ({ op: "ref", name });
const literal = (value: number): Expression => ({ op: "literal", value });

const waits: Definition = {
  id: "test.waits",
  version: "1.0.0",
  area: "availability",
  title: { fi: "t", sv: "t", en: "t" },
  description: { fi: "d", sv: "d", en: "d" },
  formula: { fi: "f", sv: "f", en: "f" },
  unit: "percent",
  decimals: 1,
  kind: "proportion",
  concepts: ["visit"],
  fields: { visit: { assessed: "date", visited: "date", branch: "string" } },
  source: { concept: "visit", date: field("visited") },
  periods: "interval",
  asOf: false,
  // Declared before the let it refers to, and one let no expression uses.
  let: {
    long_wait: { op: "gt", args: [ref("wait"), literal(14)] },
    wait: { op: "days", args: [field("assessed"), field("visited")] },
    unused: { op: "days", args: [field("branch"), field("visited")] },
    deadline: { op: "working_day_deadline", args: [field("assessed")], days: 7 },
  },
  population: [{ reason: "no_wait", keep: { op: "not", args: [{ op: "is_null", args: [ref("wait")] }] } }],
  numerator: {
    where: {
      op: "and",
      args: [
        { op: "not", args: [ref("long_wait")] },
        { op: "le", args: [ref("wait"), literal(7)] },
        { op: "le", args: [field("visited"), ref("deadline")] },
      ],
    },
  },
  scale: 100,
  breakdowns: { wait_band: { kind: "band", value: ref("wait"), bands: [{ lower: 0, label: "0+" }] } },
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: [],
  changelog: [],
};

describe("let values as CTEs", () => {
  const plan = planComputation(waits, { period: "2024", by: ["wait_band"] });

  it("orders the used lets after the lets they refer to, and leaves unused ones out", () => {
    expect(letsInOrder(plan)).toEqual(["wait", "long_wait", "deadline"]);
  });

  it("writes each let's expression once, in its own CTE, and later steps use its column", () => {
    const text = compilePlanToSql(plan, postgresDialect).rows.text;
    expect(text.split('("visited" - "assessed")')).toHaveLength(2);
    expect(text).toContain(
      '"__let_wait" AS (\n  SELECT\n    "__base".*,\n    ("visited" - "assessed") AS "wait"\n  FROM "__base"\n)',
    );
    expect(text).toContain('"__let_long_wait" AS (\n  SELECT\n    "__let_wait".*,\n    ("wait" > 14) AS "long_wait"');
    expect(text).toContain('(CASE WHEN "wait" >= 0 THEN CAST($');
    expect(text).toContain('FROM "__let_deadline"\n)');
    expect(text).not.toContain('"__let_unused"');
  });

  it("a deadline let joins the calendar in its own step; the classified rows need no join of their own", () => {
    const text = compilePlanToSql(plan, duckdbDialect).rows.text;
    const step = text.slice(text.indexOf('"__let_deadline" AS ('), text.indexOf('"__classified" AS ('));
    expect(step).toContain('ON "__wd0_cal"."__day" = "assessed"');
    expect(text.match(/LEFT JOIN \(SELECT "__day"/g)).toHaveLength(1);
    expect(text).not.toContain('"__rows" AS (');
  });

  it("a let named like a field is refused (its column would be ambiguous)", () => {
    const clash = { ...waits, let: { ...waits.let, visited: literal(1) } };
    const numerator = { where: { op: "eq" as const, args: [ref("visited"), literal(1)] as [Expression, Expression] } };
    const clashing = planComputation({ ...clash, numerator }, { period: "2024" });
    expect(() => compilePlanToSql(clashing, duckdbDialect)).toThrow(/let visited has the name of a field of visit/);
  });
});

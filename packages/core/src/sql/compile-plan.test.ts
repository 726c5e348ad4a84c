/**
 * Expected SQL per dialect (issue 6; style.md "kysely — cross-dialect tests state the expected SQL for
 * every dialect"): the calendar and arithmetic fragments each dialect must spell its own way, checked on
 * real definitions, plus the safety rules — values from options and definitions are parameters,
 * identifiers are quoted.
 */
import { describe, expect, it } from "vitest";
import { planComputation } from "../plan/plan";
import { parseDate, formatDate } from "../calendar/date";
import { compilePlanToSql } from "./compile-plan";
import { duckdbDialect } from "./dialects/duckdb/duckdb-dialect";
import { postgresDialect } from "./dialects/postgres/postgres-dialect";
import { snowflakeDialect } from "./dialects/snowflake/snowflake-dialect";
import { sqlDialect } from "./dialects/dialects";
import { workingDayCalendar } from "./working-day-calendar";
import type { Definition } from "../definition/definition";

/** The SQL without its layout white space: the fragments pinned here do not depend on line breaks (issue 15). */
const flat = (text: string): string => text.replace(/\s+/g, "");

const within3Months: Definition = {
  id: "test.within_3_months",
  version: "1.0.0",
  area: "availability",
  title: { fi: "t", sv: "t", en: "t" },
  description: { fi: "d", sv: "d", en: "d" },
  formula: { fi: "f", sv: "f", en: "f" },
  unit: "percent",
  decimals: 1,
  kind: "proportion",
  concepts: ["visit"],
  fields: { visit: { assessed: "date", visited: "date", birth: "date", branch: "string" } },
  source: { concept: "visit", date: { op: "field", name: "visited" } },
  periods: "interval",
  asOf: false,
  let: {},
  population: [
    {
      reason: "not_primary_care",
      keep: {
        op: "eq",
        args: [
          { op: "field", name: "branch" },
          { op: "literal", value: "primary_care" },
        ],
      },
    },
  ],
  numerator: {
    where: {
      op: "le",
      args: [
        { op: "field", name: "visited" },
        { op: "add_months", args: [{ op: "field", name: "assessed" }], months: 3 },
      ],
    },
  },
  scale: 100,
  breakdowns: {
    age_group: {
      kind: "age_group",
      age: {
        op: "age_on",
        args: [
          { op: "field", name: "birth" },
          { op: "field", name: "visited" },
        ],
      },
    },
    quarter: { kind: "sub_period" },
  },
  disclosure: { policy: "national-1", basis: "denominator" },
  legalBasis: [],
  changelog: [],
};

describe("compilePlanToSql: each dialect's spelling", () => {
  const plan = planComputation(within3Months, { period: "2024", by: ["age_group", "quarter"] });

  it("addMonths (law 150/1930 3 §, F25): DuckDB and PostgreSQL intervals, Snowflake DATEADD (not ADD_MONTHS)", () => {
    expect(compilePlanToSql(plan, duckdbDialect).rows.text).toContain(`CAST(("assessed" + INTERVAL 3 MONTH) AS DATE)`);
    expect(compilePlanToSql(plan, postgresDialect).rows.text).toContain(
      `CAST(("assessed" + INTERVAL '3 months') AS DATE)`,
    );
    const snowflake = compilePlanToSql(plan, snowflakeDialect).rows.text;
    expect(snowflake).toContain(`DATEADD(month, 3, "assessed")`);
    expect(snowflake).not.toContain("ADD_MONTHS");
  });

  it("age in completed years from date parts only (F16), never age() or intervals", () => {
    const postgres = flat(compilePlanToSql(plan, postgresDialect).rows.text);
    expect(postgres).toContain(
      flat(
        '(CAST(EXTRACT(YEAR FROM "visited") AS INTEGER) - CAST(EXTRACT(YEAR FROM "birth") AS INTEGER) - ' +
          'CASE WHEN (CAST(EXTRACT(MONTH FROM "visited") AS INTEGER) * 100 ' +
          '+ CAST(EXTRACT(DAY FROM "visited") AS INTEGER)) ' +
          '< (CAST(EXTRACT(MONTH FROM "birth") AS INTEGER) * 100 + CAST(EXTRACT(DAY FROM "birth") AS INTEGER)) ' +
          "THEN 1 ELSE 0 END)",
      ),
    );
    expect(postgres).not.toMatch(/\bage\(/i);
    // Computed once per row in its own step, then read by every age band (issue 15).
    expect(postgres.split(flat('- CAST(EXTRACT(YEAR FROM "birth") AS INTEGER)'))).toHaveLength(2);
    expect(postgres).toContain(
      flat('"__d0_value" AS (\n  SELECT\n    "__base".*,\n    (CAST(EXTRACT(YEAR FROM "visited")'),
    );
    expect(postgres).toContain(flat('(CASE WHEN "__d0_value" < 0 THEN NULL WHEN "__d0_value" >= '));
    expect(flat(compilePlanToSql(plan, snowflakeDialect).rows.text)).toContain(
      flat(`(EXTRACT(YEAR FROM "visited") - EXTRACT(YEAR FROM "birth") - CASE WHEN`),
    );
  });

  it("F21 rounding by integer quotient: DuckDB //, PostgreSQL div(), Snowflake TRUNC(/); no round() on doubles", () => {
    const duck = flat(compilePlanToSql(plan, duckdbDialect).rows.text);
    expect(duck).toContain(
      flat(
        '((2 * ABS((CAST("__cells"."num" AS HUGEINT) * 1000)) + ABS(CAST("__cells"."den" AS HUGEINT))) ' +
          '// (2 * ABS(CAST("__cells"."den" AS HUGEINT))))',
      ),
    );
    expect(flat(compilePlanToSql(plan, postgresDialect).rows.text)).toContain(
      flat(
        'div((2 * ABS((CAST("__cells"."num" AS NUMERIC) * 1000)) + ABS(CAST("__cells"."den" AS NUMERIC))), ' +
          '(2 * ABS(CAST("__cells"."den" AS NUMERIC))))',
      ),
    );
    expect(flat(compilePlanToSql(plan, snowflakeDialect).rows.text)).toContain(
      flat(
        'TRUNC((2 * ABS((CAST("__cells"."num" AS NUMBER(38,0)) * 1000)) ' +
          '+ ABS(CAST("__cells"."den" AS NUMBER(38,0)))) ' +
          '/ (2 * ABS(CAST("__cells"."den" AS NUMBER(38,0)))))',
      ),
    );
    for (const dialect of [duckdbDialect, postgresDialect, snowflakeDialect])
      expect(flat(compilePlanToSql(plan, dialect).rows.text)).not.toMatch(/DOUBLE|FLOAT|round\(/i);
  });

  it("placeholders: $n for DuckDB and PostgreSQL, :n for Snowflake; period bounds are parameters", () => {
    const postgres = compilePlanToSql(plan, postgresDialect);
    expect(postgres.rows.text).toContain(
      `NOT COALESCE("visited" >= CAST($1 AS DATE) AND "visited" <= CAST($2 AS DATE), FALSE) THEN 'outside_period'`,
    );
    expect(postgres.rows.parameters.slice(0, 3)).toEqual(["2024-01-01", "2024-12-31", "primary_care"]);
    expect(compilePlanToSql(plan, snowflakeDialect).rows.text).toContain(`"visited" >= CAST(:1 AS DATE)`);
  });

  it("sub-period labels by integer division of the month (quarter: 2024-Q1 … 2024-Q4)", () => {
    expect(flat(compilePlanToSql(plan, duckdbDialect).rows.text)).toContain(
      flat(`'-Q' || CAST((((CAST(EXTRACT(MONTH FROM "visited") AS BIGINT) - 1) // 3) + 1) AS VARCHAR)`),
    );
  });

  it("both queries carry every parameter (PostgreSQL and DuckDB reject unused ones)", () => {
    for (const dialect of [duckdbDialect, postgresDialect]) {
      const compiled = compilePlanToSql(plan, dialect);
      for (const query of [compiled.rows, compiled.accounts]) {
        const used = new Set([...query.text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
        expect(used.size).toBe(query.parameters.length);
      }
    }
  });
});

describe("hostile values are parameters, identifiers are quoted", () => {
  it("a code containing '; drop table x; -- is bound, never pasted", () => {
    const hostile = "'; drop table x; --";
    const definition = {
      ...within3Months,
      population: [
        {
          reason: "r",
          keep: {
            op: "in" as const,
            args: [{ op: "field" as const, name: "branch" }] as [{ op: "field"; name: string }],
            values: [hostile],
          },
        },
      ],
    };
    const compiled = compilePlanToSql(planComputation(definition, { period: "2024" }), postgresDialect);
    expect(compiled.rows.text).not.toContain("drop table");
    expect(compiled.rows.parameters).toContain(hostile);
  });

  it("a table and a column mapping with a double quote are quoted with the quote doubled", () => {
    const compiled = compilePlanToSql(planComputation(within3Months, { period: "2024" }), postgresDialect, {
      tables: { visit: { table: ['we"ird', "vis;its"], columns: { branch: 'bra"nch' } } },
    });
    expect(compiled.rows.text).toContain(`FROM "we""ird"."vis;its"`);
    expect(compiled.rows.text).toContain(`CAST("bra""nch" AS TEXT) AS "branch"`);
  });

  it("an unknown dialect is a usage error naming the accepted ones", () => {
    expect(() => sqlDialect("oracle")).toThrow(/use duckdb, postgres or snowflake/);
  });
});

describe("the generated working-day calendar (calendar.md, law 150/1930 2 §)", () => {
  it("2024-03-26 + 7 working days is 2024-04-08 (Good Friday and Easter Monday skipped)", () => {
    const rows = workingDayCalendar(2024, 2024, [7]);
    const row = rows.find((entry) => entry.day === parseDate("2024-03-26"))!;
    expect(formatDate(row.deadlines[0]!)).toBe("2024-04-08");
    expect(rows).toHaveLength(366);
  });

  it("is written as a number series with the weekday holidays listed, and joined once per deadline", () => {
    const definition: Definition = {
      ...within3Months,
      numerator: {
        where: {
          op: "le",
          args: [
            { op: "field", name: "visited" },
            { op: "working_day_deadline", args: [{ op: "field", name: "assessed" }], days: 7 },
          ],
        },
      },
    };
    const text = compilePlanToSql(planComputation(definition, { period: "2024" }), duckdbDialect).rows.text;
    expect(text).toContain(`(DATE '2024-03-29')`); // Good Friday, a Friday: listed
    expect(text).not.toContain(`(DATE '2024-03-26')`); // an ordinary Tuesday: not listed
    expect(text).toContain(`WHERE "__c"."__day" <= DATE '2025-12-31'`);
    expect(text).toContain(
      'LEFT JOIN (SELECT "__day", "__deadline_7" AS "__wd0" FROM "__calendar") AS "__wd0_cal"\n' +
        '    ON "__wd0_cal"."__day" = "assessed"',
    );
    expect(text.match(/LEFT JOIN \(SELECT "__day"/g)).toHaveLength(1);
  });

  it("keeps the rejected rows (withReasons, issue 14): excluded first, counted per reason, one statement", () => {
    const plan = planComputation(within3Months, { period: "2024" });
    const plain = compilePlanToSql(plan, duckdbDialect);
    expect(plain.together).toBeUndefined();
    expect(flat(plain.accounts.text)).not.toContain('"rejected"');
    const kept = compilePlanToSql(plan, duckdbDialect, { withReasons: true });
    expect(flat(kept.rows.text)).toContain(flat(`SELECT "__reason", CAST("assessed" AS DATE) AS "assessed"`));
    expect(flat(kept.rows.text)).toContain(flat(`CASE WHEN "__reason" IS NOT NULL THEN 'rejected' WHEN NOT COALESCE`));
    // One grouping of the classified rows gives the cells and the accounts (a proportion: `__tally`).
    expect(flat(kept.rows.text)).toContain(
      flat(
        `"__tally" AS (SELECT "__exclusion", "__reason",` +
          ` COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS "num",` +
          ` SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows",`,
      ),
    );
    expect(flat(kept.rows.text)).toContain(
      flat(`SELECT COALESCE(SUM("num"), 0) AS "num", SUM("num_rows") AS "num_rows"`),
    );
    expect(flat(kept.accounts.text)).toContain(
      flat(
        `CAST("__reason" AS VARCHAR) AS "rejected", SUM("__rows") AS "rows" FROM "__tally"` +
          ` GROUP BY "__exclusion", "__reason"`,
      ),
    );
    const together = flat(kept.together!.text);
    expect(together).toContain(flat(`SELECT 'rows' AS "__part", * FROM ( SELECT`));
    expect(together).toContain(flat(`UNION ALL BY NAME SELECT 'accounts' AS "__part", * FROM ( SELECT (SELECT "main"`));
    expect(kept.together!.parameters).toEqual(kept.rows.parameters);
    expect(compilePlanToSql(plan, postgresDialect, { withReasons: true }).together).toBeUndefined();
  });
});

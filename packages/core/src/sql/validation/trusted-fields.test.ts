/**
 * Which fields a trust probe asks about, and what a trusted field compiles to (trusted-fields.ts,
 * issue 14, F34): word and code fields only, present, not typed dates, not required by another field;
 * a trusted field is read as it is and checked for absence only (F1). DuckDB runs the probe in the
 * adapters' tests (trusted-columns.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { ConceptDeclaration, FieldDeclaration } from "../../concept/declaration";
import { duckdbDialect } from "../dialects/duckdb/duckdb-dialect";
import { postgresDialect } from "../dialects/postgres/postgres-dialect";
import { snowflakeDialect } from "../dialects/snowflake/snowflake-dialect";
import type { SqlValidationData } from "./declaration";
import { trustedFieldsOf, trustProbeSql } from "./trusted-fields";
import { compileValidationSql } from "./validation-sql";

const field = (name: string, type: FieldDeclaration["type"], extra: Partial<FieldDeclaration> = {}) =>
  ({ name, type, required: true, default: null, description: name, ...extra }) as FieldDeclaration;

const concept: ConceptDeclaration = {
  name: "visit",
  title: "Visit",
  fields: [
    field("visit_id", "id"),
    field("sex", "sex"),
    field("municipality_code", "municipality", { requiredUnless: "organizer_code" }),
    field("organizer_code", "organizer", { required: false }),
    field("mode", "enum", { values: ["remote", "in_person"] }),
    field("kind", "enum", { values: ["a", "b"] }),
    field("visit_date", "date"),
  ],
  rules: [],
  key: ["visit_id"],
  keyReason: "duplicate_id",
  eventDateField: "visit_date",
  hasPerson: false,
};

const data: SqlValidationData = {
  organizers: ["01", "14"],
  municipalities: [{ year: 2024, entries: [["167", "14"]] }],
  sexWords: [
    ["male", "male"],
    ["female", "female"],
  ],
  boolWords: [],
};

describe("trustProbeSql", () => {
  it("asks about present word and code fields not required by another field", () => {
    const probe = trustProbeSql(concept, data, duckdbDialect, {
      table: ["t"],
      present: ["sex", "organizer_code", "mode"],
    });
    expect(probe!.fields).toEqual(["sex", "organizer_code", "mode"]);
    expect(probe!.text).toContain('list(DISTINCT CAST("mode" AS VARCHAR)) AS "mode"');
    expect(probe!.text).toContain('count("mode") <= 4096 AND bool_and("mode" IS NULL OR');
  });

  it("reads a mapped or typed column through its cell", () => {
    const probe = trustProbeSql(concept, data, duckdbDialect, {
      table: ["dw", "visits"],
      columns: { sex: "SUKUPUOLI" },
      cells: { mode: 'CAST("mode" AS VARCHAR)' },
      dates: ["kind"],
    });
    expect(probe!.fields).toEqual(["sex", "organizer_code", "mode"]);
    expect(probe!.text).toContain('list(DISTINCT CAST("SUKUPUOLI" AS VARCHAR)) AS "sex"');
    expect(probe!.text).toContain('FROM "dw"."visits"');
  });

  it("takes a grouping set per column on PostgreSQL, and has no probe on Snowflake", () => {
    const probe = trustProbeSql(concept, data, postgresDialect, { table: ["t"], present: ["sex", "mode"] });
    expect(probe!.fields).toEqual(["sex", "mode"]);
    expect(probe!.text).toContain('GROUP BY GROUPING SETS ((CAST("sex" AS TEXT)), (CAST("mode" AS TEXT)))');
    expect(probe!.text).toContain('count("mode") <= 4096 AND COALESCE(bool_and(');
    expect(trustProbeSql(concept, data, snowflakeDialect, { table: ["t"] })).toBeNull();
  });

  it("also asks whether a code column passes once padded (F3), and reads the answer", () => {
    const probe = trustProbeSql(concept, data, duckdbDialect, { table: ["t"], present: ["sex", "organizer_code"] })!;
    expect(probe.padded).toEqual(["organizer_code"]);
    expect(probe.text).toContain(`= LPAD("organizer_code", 2, '0'), FALSE)) AS "__padded_organizer_code"`);
    const postgres = trustProbeSql(concept, data, postgresDialect, { table: ["t"], present: ["organizer_code"] })!;
    expect(postgres.text).toContain(`= LPAD("organizer_code", 2, '0'), FALSE)) FILTER`);
    // Trusted as it is wins over padded; a field neither way is not trusted.
    expect(trustedFieldsOf(probe, { sex: true, organizer_code: false, __padded_organizer_code: true })).toEqual({
      trusted: ["sex", "organizer_code"],
      padded: ["organizer_code"],
    });
    expect(trustedFieldsOf(probe, { sex: false, organizer_code: true, __padded_organizer_code: true })).toEqual({
      trusted: ["organizer_code"],
      padded: [],
    });
    expect(trustedFieldsOf(probe, { sex: null, organizer_code: false, __padded_organizer_code: false })).toEqual({
      trusted: [],
      padded: [],
    });
  });
});

describe("compileValidationSql with trusted fields", () => {
  it("reads a trusted field as it is and checks its absence only", () => {
    const compiled = compileValidationSql(concept, data, duckdbDialect, { table: ["t"], trusted: ["sex", "mode"] });
    const sql = compiled.ctes.map((cte) => cte.sql).join("\n");
    expect(sql).toContain('CAST("sex" AS VARCHAR) AS "sex"');
    expect(sql).toContain(`CASE WHEN "sex" IS NULL THEN 'missing' ELSE NULL END AS "__e_sex"`);
    expect(sql).not.toContain('"__nul_sex"');
    expect(sql).not.toContain('LOWER("sex")');
    expect(sql).toContain('LOWER("kind")'); // untrusted words keep the general check
    expect(sql).toContain('"__nul_kind"');
  });

  it("reads a padded code field as its text padded to the code's width (F3)", () => {
    const options = { table: ["t"], trusted: ["sex", "organizer_code"], padded: ["organizer_code", "sex"] };
    const sql = compileValidationSql(concept, data, duckdbDialect, options)
      .ctes.map((cte) => cte.sql)
      .join("\n");
    expect(sql).toContain(`LPAD(CAST("organizer_code" AS VARCHAR), 2, '0') AS "organizer_code"`);
    expect(sql).toContain('CAST("sex" AS VARCHAR) AS "sex"'); // no code: nothing to pad
    // Padded but not trusted: not read padded (the general check pads it).
    const untrusted = compileValidationSql(concept, data, duckdbDialect, { table: ["t"], padded: ["organizer_code"] })
      .ctes.map((cte) => cte.sql)
      .join("\n");
    expect(untrusted).not.toContain(`LPAD(CAST("organizer_code" AS VARCHAR)`);
  });
});

import { $ } from "@virta/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CONCEPT_NAMES,
  type ConceptName,
  assertHeader,
  getConcept,
  type HealthCareVisitRow,
  type PopulationRow,
  requiredColumns,
  validate,
} from "@virta/concepts";
import { CONCEPT_SCHEMAS, healthCareVisitSchema } from "@virta/concepts/schemas";
import { GOOD_ROWS } from "../test-support/rows";

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  // The schemas are z.object(...).superRefine(...): the object's shape is on the inner type.
  const def = (schema as unknown as { def: { shape?: Record<string, z.ZodType> } }).def;
  return def.shape ?? (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
}

describe("the eight concept models", () => {
  it("derive zod schemas with the declared fields in the declared order (docs/concepts.md is held to it)", () => {
    for (const name of CONCEPT_NAMES) {
      const names = getConcept(name).fields.map((field) => field.name);
      expect(Object.keys(objectShape(CONCEPT_SCHEMAS[name]))).toEqual(names);
    }
    expect(getConcept("population").fields.map((field) => field.name)).toEqual([
      "year",
      "municipality_code",
      "organizer_code",
      "age",
      "sex",
      "count",
    ]);
  });

  it("declare keys (F9), event dates (F10, F16) and person fields as documented", () => {
    const summary = CONCEPT_NAMES.map((name) => {
      const model = getConcept(name);
      return [name, model.key.join("+"), model.keyReason, model.eventDateField, model.hasPerson];
    });
    expect(summary).toEqual([
      ["health_care_visit", "visit_id", "duplicate_id", "visit_date", true],
      ["specialised_care_referral", "referral_id", "duplicate_id", "referral_received_date", true],
      ["social_care_assessment", "assessment_id", "duplicate_id", "initiated_date", true],
      ["child_welfare_case", "case_id", "duplicate_id", "opened_date", true],
      ["population", "year+municipality_code+age+sex", "duplicate_key", "year", false],
      ["customer_feedback_answer", "response_id+question_code", "duplicate_key", "response_date", false],
      ["staff_fte", "", "duplicate_key", "year", false],
      ["cost", "", "duplicate_key", "year", false],
    ]);
  });

  it("every declaration is plain data: it survives a JSON round trip unchanged (issue 13)", () => {
    for (const name of CONCEPT_NAMES) {
      const model = getConcept(name);
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    }
    expect(getConcept("social_care_assessment").rules.map((rule) => [rule.reason, rule.field])).toEqual([
      ["dates_out_of_order", "started_date"],
      ["dates_out_of_order", "completed_date"],
      ["dates_out_of_order", "completed_date"],
      ["completed_without_start", "completed_date"],
      ["born_after_event", "birth_date"],
    ]);
  });

  it("every concept with person fields ends its rules with born_after_event on its event date (F12)", () => {
    for (const name of CONCEPT_NAMES) {
      const model = getConcept(name);
      const last = model.rules.at(-1);
      if (model.hasPerson)
        expect(last).toEqual({
          reason: "born_after_event",
          field: "birth_date",
          holds: { op: "le", args: [$.field("birth_date"), $.field(model.eventDateField)] },
          description: `birth_date ≤ ${model.eventDateField} (F12)`,
        });
      else expect(model.rules.some((rule) => rule.reason === "born_after_event")).toBe(false);
    }
  });
});

describe("requiredColumns and assertHeader", () => {
  it("population needs municipality_code or organizer_code", () => {
    expect(requiredColumns("population")).toEqual([
      "year",
      ["municipality_code", "organizer_code"],
      "age",
      "sex",
      "count",
    ]);
    expect(requiredColumns("health_care_visit")).toEqual([
      "visit_id",
      "client_id",
      "birth_date",
      "sex",
      "municipality_code",
      "service_branch",
      "professional_group",
      "urgency",
      "contact_mode",
      "visit_date",
    ]);
  });

  it("a header without a required column is a UsageError naming the file and the column", () => {
    expect(() => assertHeader("population", ["year", "organizer_code", "age", "sex", "count"], "p.csv")).not.toThrow();
    expect(() => assertHeader("population", [" year", "age", "sex", "count"], "p.csv")).toThrowError(
      expect.objectContaining({
        code: "missing_column",
        exitCode: 2,
        message: expect.stringContaining("p.csv: the header has no municipality_code or organizer_code column"),
      }),
    );
  });
});

/** A small deterministic PRNG (mulberry32) for the corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Canonical values per field type, good and bad (absent = undefined). No lenient spellings here. */
const POOLS: Record<string, unknown[]> = {
  id: ["v1", "x".repeat(64), "x".repeat(65), "131052-308T", "131052-308U", undefined],
  date: ["2024-03-10", "2024-02-29", "2023-02-29", "1900-01-01", "2025-01-15", "2024-13-01", undefined],
  sex: ["male", "female", "unknown", "x", undefined],
  municipality: ["167", "091", "588", "049", "999", "9x9", undefined],
  organizer: ["14", "90", "03", "12", "22", undefined],
  bool: [true, false, "maybe", undefined],
  integer: [2024, 2025, 1989, 40, 0, 100, 101, -1, 3.5, undefined],
  decimal: ["812.5", "0", "-3", "0.25", "1e3", "abc", undefined],
  string: ["20", "TK-01", "x".repeat(11), "x".repeat(21), undefined],
  answer: [0, 3, 5, 10, 11, "eos", -1, undefined],
};

function corpus(name: ConceptName, size: number): Record<string, unknown>[] {
  const next = random(name.length * 7919);
  const model = getConcept(name);
  const base = Object.fromEntries(
    Object.entries(GOOD_ROWS[name]).map(([key, value]) => {
      const type = model.fields.find((field) => field.name === key)!.type;
      return [
        key,
        type === "integer"
          ? Number(value)
          : type === "answer"
            ? Number(value)
            : type === "decimal"
              ? value.replace(",", ".").replace(/\.?0+$/, "")
              : value,
      ];
    }),
  );
  const rows: Record<string, unknown>[] = [base];
  for (let n = 1; n < size; n += 1) {
    const row: Record<string, unknown> = { ...base };
    const changes = 1 + Math.floor(next() * 3);
    for (let c = 0; c < changes; c += 1) {
      const field = model.fields[Math.floor(next() * model.fields.length)]!;
      const pool = field.type === "enum" ? [...(field.values ?? []), "soon", undefined] : POOLS[field.type]!;
      const value = pool[Math.floor(next() * pool.length)];
      if (value === undefined) delete row[field.name];
      else row[field.name] = value;
    }
    rows.push(row);
  }
  return rows;
}

describe("differential: the zod schemas (published model) and the compiled validator agree", () => {
  for (const name of CONCEPT_NAMES) {
    it(`${name}: accept and reject the same canonical rows of a 1500-row corpus`, () => {
      const rows = corpus(name, 1500);
      const schema = CONCEPT_SCHEMAS[name] as z.ZodType;
      const disagreements: string[] = [];
      let accepted = 0;
      for (const row of rows) {
        const byZod = schema.safeParse(row).success;
        const { valid, rejections } = validate(name, [row], { maxRejectedShare: 1 });
        if (byZod) accepted += 1;
        if (byZod !== (valid.length === 1))
          disagreements.push(`${JSON.stringify(row)} zod=${byZod} fast=${rejections[0]?.reason ?? "valid"}`);
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
      // The corpus must exercise both sides.
      expect(accepted).toBeGreaterThan(50);
      expect(rows.length - accepted).toBeGreaterThan(50);
    });

    it(`${name}: every row the validator normalises from lenient input conforms to the zod schema`, () => {
      const lenient: Record<string, unknown>[] = corpus(name, 600).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === "string"
              ? ` ${value.toUpperCase() === value ? value : value.toUpperCase()} `
              : typeof value === "number"
                ? String(value)
                : value,
          ]),
        ),
      );
      const { valid } = validate(name, lenient, { maxRejectedShare: 1 });
      const schema = CONCEPT_SCHEMAS[name] as z.ZodType;
      for (const row of valid) expect(schema.safeParse(row).success).toBe(true);
    });
  }
});

describe("row types derived from the declarations (issue 13)", () => {
  it("have the declared fields and value types", () => {
    const visit: HealthCareVisitRow = {
      visit_id: "v1",
      client_id: "c1",
      birth_date: "1980-01-01",
      sex: "female",
      municipality_code: "091",
      organizer_code: "90",
      service_branch: "primary_care",
      professional_group: "doctor",
      urgency: "urgent",
      contact_mode: "in_person",
      contact_date: null,
      need_assessment_date: null,
      visit_date: "2024-04-01",
    };
    const population: PopulationRow = {
      year: 2024,
      municipality_code: null,
      organizer_code: "90",
      age: 40,
      sex: "unknown",
      count: 3,
    };
    // @ts-expect-error an undeclared word is not a service branch
    const wrong: HealthCareVisitRow["service_branch"] = "tertiary_care";
    expect([visit.visit_date, population.count, wrong]).toEqual(["2024-04-01", 3, "tertiary_care"]);
    expect(healthCareVisitSchema.safeParse(visit).success).toBe(true);
  });
});

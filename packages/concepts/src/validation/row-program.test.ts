import { afterEach, describe, expect, it, vi } from "vitest";
import { getConcept } from "../concepts/registry";
import { compileConcept } from "./compiled-concept";
import type { ParseState } from "./field-parsers";
import { KeyTable } from "./key-table";
import { compileRowProgram } from "./row-program";

const population = compileConcept(getConcept("population"));

function freshState(cells: unknown[]): ParseState {
  return {
    reason: "missing",
    dateText: null,
    municipalities: null,
    classificationYear: Number.NaN,
    municipalityOrganizer: null,
    questionCode: null,
    organizerByNumber: null,
    cells,
  };
}

describe("compileRowProgram: one generated function per concept and dates option", () => {
  it("is generated once per concept and dates option (cached)", () => {
    const iso = compileRowProgram(population, true);
    expect(iso).not.toBeNull();
    expect(compileRowProgram(population, true)).toBe(iso);
    expect(compileRowProgram(population, false)).not.toBe(iso);
  });

  it("accepts a row with fast and general cells alike: 91 padded (F3), organizer 90 derived for Helsinki (F10), N → female (F2)", () => {
    const program = compileRowProgram(population, true)!;
    // Field order: year, municipality_code, organizer_code, age, sex, count. " 40 " goes through the general check (F1).
    const cells = ["2024", "91", "", " 40 ", "N", "812"];
    const row = program(cells, freshState(cells), 1, new KeyTable());
    expect(row).toEqual({
      year: 2024,
      municipality_code: "091",
      organizer_code: "90",
      age: 40,
      sex: "female",
      count: 812,
    });
    expect(Object.keys(row!)).toEqual(["year", "municipality_code", "organizer_code", "age", "sex", "count"]);
  });

  it("writes ISO dates as given or day numbers (F4)", () => {
    const visit = compileConcept(getConcept("health_care_visit"));
    const cells = visit.names.map(
      (name) =>
        ({
          visit_id: "v1",
          client_id: "c1",
          birth_date: "1980-01-31",
          sex: "2",
          municipality_code: "167",
          service_branch: "primary_care",
          professional_group: "nurse",
          urgency: "urgent",
          contact_mode: "remote",
          visit_date: "2024-03-15",
        })[name as "visit_id"] ?? "",
    );
    const iso = compileRowProgram(visit, true)!(cells, freshState(cells), 1, new KeyTable());
    const day = compileRowProgram(visit, false)!(cells, freshState(cells), 1, new KeyTable());
    expect(iso).toMatchObject({
      birth_date: "1980-01-31",
      visit_date: "2024-03-15",
      organizer_code: "14",
      sex: "female",
    });
    expect(day).toMatchObject({ birth_date: 3682, visit_date: 19797 });
  });

  it("answers null without recording the key for any row it would reject, so the general path tells why (F8, F9)", () => {
    const program = compileRowProgram(population, false)!;
    const keys = new KeyTable();
    const bad = ["2024", "91", "", "40", "x", "812"]; // sex x: not_in_list
    expect(program(bad, freshState(bad), 1, keys)).toBeNull();
    expect(keys.size).toBe(0);
    const mismatch = ["2024", "91", "14", "40", "N", "812"]; // Helsinki belongs to 90 (F10)
    expect(program(mismatch, freshState(mismatch), 2, keys)).toBeNull();
    expect(keys.size).toBe(0);
    const good = ["2024", "91", "", "40", "N", "812"];
    expect(program(good, freshState(good), 3, keys)).not.toBeNull();
    expect(program(good, freshState(good), 4, keys)).toBeNull(); // duplicate key: the first row (3) stays
    expect(keys.size).toBe(1);
    // The key (year, municipality_code, age, sex) as the general path builds it, first seen on row 3.
    expect(keys.firstRowOrAdd("2024\u001f091\u001f40\u001ffemale", 9)).toBe(3);
  });
});

describe("without code generation (a Content-Security-Policy without unsafe-eval)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("compileRowProgram gives null and the validator keeps the same rows and rejections on its plain path (F8, F9, F10)", async () => {
    vi.resetModules();
    vi.stubGlobal("Function", function forbidden(): never {
      throw new EvalError("Refused to evaluate a string as JavaScript");
    });
    const program = await import("./row-program");
    const compiled = await import("./compiled-concept");
    const registry = await import("../concepts/registry");
    const { createValidator } = await import("./create-validator");
    expect(program.compileRowProgram(compiled.compileConcept(registry.getConcept("population")), true)).toBeNull();
    const validator = createValidator("population", { maxRejectedShare: 1 });
    expect(validator.push({ year: "2024", municipality_code: "91", age: "40", sex: "N", count: "812" })).toEqual({
      year: 2024,
      municipality_code: "091",
      organizer_code: "90",
      age: 40,
      sex: "female",
      count: 812,
    });
    expect(validator.push({ year: "2024", municipality_code: "091", age: "40", sex: "F", count: "3" })).toBeNull();
    expect(
      validator.push({ year: "2024", municipality_code: "091", organizer_code: "14", age: "41", sex: "F", count: "3" }),
    ).toBeNull();
    expect(validator.rejections.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 2, field: "year,municipality_code,age,sex", reason: "duplicate_key" },
      { row: 3, field: "organizer_code", reason: "organizer_mismatch" },
    ]);
  });
});

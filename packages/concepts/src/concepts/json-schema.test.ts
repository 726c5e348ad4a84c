import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONCEPT_NAMES } from "@virta/concepts";
import { conceptJsonSchema } from "@virta/concepts/schemas";
import { schemaFilePath, schemaFileText } from "../../scripts/generate-json-schemas";

describe("committed JSON Schemas (packages/concepts/schema)", () => {
  for (const concept of CONCEPT_NAMES) {
    const regenerate = "node --import tsx packages/concepts/scripts/generate-json-schemas.ts";
    it(`${concept}.schema.json is up to date (regenerate: ${regenerate})`, () => {
      expect(readFileSync(schemaFilePath(concept), "utf8")).toBe(schemaFileText(concept));
    });
  }

  it("carry the limits of concepts.md: population age 0–100, required fields, organizer codes in table order", () => {
    const schema = conceptJsonSchema("population") as {
      required: string[];
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.required).toEqual(["year", "age", "sex", "count"]);
    expect(schema.properties.age).toMatchObject({ type: "integer", minimum: 0, maximum: 100 });
    expect((schema.properties.organizer_code!.enum as string[]).slice(-3)).toEqual(["21", "90", "91"]);
    const visit = conceptJsonSchema("health_care_visit") as { properties: Record<string, Record<string, unknown>> };
    expect(visit.properties.visit_id).toMatchObject({ type: "string", minLength: 1, maxLength: 64 });
    expect(visit.properties.visit_date).toMatchObject({ type: "string", format: "date" });
  });
});

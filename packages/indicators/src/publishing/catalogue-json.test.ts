/** catalogue.json and its JSON Schema (issue 9; fine-print F32: the catalogue ships canonical JSON and its SHA-256). */
import { describe, expect, test } from "vitest";
import { sha256Hex } from "@virta/core";
import { defineIndicator, definitionSchema } from "@virta/core/schemas";
import { catalogue, DEFINITIONS, LIBRARY } from "@virta/indicators";
import { buildCatalogueJson } from "./catalogue-json";
import { catalogueJsonSchema } from "./catalogue-schema";

const json = buildCatalogueJson(DEFINITIONS, LIBRARY);

describe("buildCatalogueJson", () => {
  test("lists the 22 indicators of edition 1 and the ten areas, four without a national definition yet", () => {
    expect(json.indicators).toHaveLength(22);
    expect(json.areas.map((area) => area.id)).toEqual([
      "population_health",
      "service_need",
      "availability",
      "quality",
      "costs",
      "productivity",
      "equality",
      "coordination",
      "staff",
      "customer_experience",
    ]);
    expect(json.areas.filter((area) => area.indicators.length === 0).map((area) => area.id)).toEqual([
      "service_need",
      "quality",
      "equality",
      "coordination",
    ]);
    expect(json.areas.find((area) => area.id === "availability")!.indicators).toHaveLength(14);
    expect(json.package).toEqual({ name: "@virta/indicators", version: LIBRARY.version });
  });

  test.each(json.indicators.map((indicator) => [indicator.id, indicator] as const))(
    "F32: %s ships sha256(canonical_json) as its hash, equal to the catalogue's",
    (id, indicator) => {
      expect(indicator.definition_hash).toBe(`sha256:${sha256Hex(indicator.canonical_json)}`);
      expect(indicator.definition_hash).toBe(catalogue.entry(id).definition_hash);
      expect(definitionSchema.safeParse(indicator.definition).success).toBe(true);
    },
  );

  test(
    "every catalogue definition passes defineIndicator's schema check (its file uses " + "defineCheckedIndicator)",
    () => {
      expect(DEFINITIONS).toHaveLength(22);
      for (const definition of DEFINITIONS) {
        expect(definitionSchema.safeParse(definition).success).toBe(true);
        expect(defineIndicator(definition)).toEqual(definition);
      }
    },
  );

  test("canonical_json leaves out the words: no title, changelog or rule text (interfaces.md)", () => {
    const within14 = json.indicators.find((indicator) => indicator.id === "availability.primary_care.within_14_days")!;
    const value = JSON.parse(within14.canonical_json) as Record<string, unknown>;
    for (const key of ["title", "description", "formula", "legalBasis", "changelog", "version", "area"])
      expect(value).not.toHaveProperty(key);
    expect(within14.canonical_json).not.toContain("kiireetön");
    expect(value.decimals).toBe(1);
    // RFC 8785: keys sorted by code unit, no whitespace.
    expect(within14.canonical_json.startsWith('{"asOf":false,"breakdowns":{')).toBe(true);
  });
});

describe("catalogueJsonSchema", () => {
  const schema = catalogueJsonSchema();
  const refs = (node: unknown, into: string[] = []): string[] => {
    if (Array.isArray(node)) node.forEach((child) => refs(child, into));
    else if (node && typeof node === "object")
      for (const [key, value] of Object.entries(node)) key === "$ref" ? into.push(value as string) : refs(value, into);
    return into;
  };

  test("is a draft 2020-12 schema of the envelope with the definition schema under $defs", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["format", "format_version", "package", "areas", "indicators"]);
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    expect(Object.keys(defs).slice(0, 3)).toEqual(["localized", "indicator", "definition"]);
    expect((defs.definition!.properties as Record<string, { enum?: string[] }>).kind!.enum).toEqual([
      "proportion",
      "count",
      "quantile",
      "rate",
      "index",
    ]);
  });

  test("every $ref points at a $defs entry that exists (the recursive expression schema included)", () => {
    const all = refs(schema);
    expect(all.length).toBeGreaterThan(5);
    const defs = schema.$defs as Record<string, unknown>;
    for (const ref of all) expect(ref in defs || (ref.startsWith("#/$defs/") && ref.slice(8) in defs)).toBe(true);
  });
});

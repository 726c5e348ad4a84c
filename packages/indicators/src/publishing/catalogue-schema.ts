/**
 * The JSON Schema (draft 2020-12) of catalogue.json (issue 9), for readers in other languages. The
 * envelope is written here; the schema of one definition is derived from `definitionSchema` of
 * `@virta/core/schemas` (the zod schema every definition is checked against), so the two cannot
 * disagree. Exported from `@virta/indicators/schemas` (it loads zod; issue 14).
 */
import { definitionSchema } from "@virta/core/schemas";
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION } from "./catalogue-json";

type JsonSchema = Record<string, unknown>;

/** Rewrites `#/$defs/NAME` references to `#/$defs/definition_NAME` (the hoisted names). */
function renameRefs(node: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((child) => renameRefs(child, rename));
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")
        ? `#/$defs/${rename(value.slice(8))}`
        : renameRefs(value, rename),
    ]),
  );
}

const localized: JsonSchema = {
  type: "object",
  properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
  required: ["fi", "sv", "en"],
  additionalProperties: false,
};

/**
 * The JSON Schema of catalogue.json.
 *
 * @example
 * ```ts
 * const schema = catalogueJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * (schema.required as string[]).includes("indicators"); // true
 * ```
 */
export function catalogueJsonSchema(): JsonSchema {
  const derived = definitionSchema.toJSONSchema({ target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  const {
    $schema: _ignored,
    $defs: innerDefs = {},
    ...definition
  } = derived as JsonSchema & { $defs?: Record<string, unknown> };
  const rename = (name: string) => `definition_${name}`;
  const hoisted = Object.fromEntries(
    Object.entries(innerDefs).map(([name, schema]) => [rename(name), renameRefs(schema, rename)]),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://virta-indicators.invalid/catalogue.schema.json",
    title: "virta-indicators catalogue.json",
    description:
      "The national minimum-data indicator catalogue: every definition with its version, its " +
      "definition hash (sha256 of canonical_json, fine-print F32) and the RFC 8785 canonical " +
      "JSON of its value part.",
    type: "object",
    required: ["format", "format_version", "package", "areas", "indicators"],
    properties: {
      $schema: { type: "string" },
      format: { const: CATALOGUE_FORMAT },
      format_version: { const: CATALOGUE_FORMAT_VERSION },
      package: {
        type: "object",
        required: ["name", "version"],
        properties: { name: { type: "string" }, version: { type: "string" } },
        additionalProperties: false,
      },
      areas: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "name", "indicators"],
          properties: {
            id: { type: "string" },
            name: { $ref: "#/$defs/localized" },
            indicators: { type: "array", items: { type: "string" } },
          },
          additionalProperties: false,
        },
      },
      indicators: { type: "array", items: { $ref: "#/$defs/indicator" } },
    },
    additionalProperties: false,
    $defs: {
      localized,
      indicator: {
        type: "object",
        required: [
          "id",
          "version",
          "area",
          "kind",
          "unit",
          "decimals",
          "title",
          "definition_hash",
          "canonical_json",
          "definition",
        ],
        properties: {
          id: { type: "string" },
          version: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+$" },
          area: { type: "string" },
          kind: { type: "string" },
          unit: { type: "string" },
          decimals: { type: "integer", minimum: 0 },
          title: { $ref: "#/$defs/localized" },
          definition_hash: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
          canonical_json: {
            type: "string",
            description: "RFC 8785 canonical JSON of the value part; its SHA-256 is definition_hash",
          },
          definition: { $ref: "#/$defs/definition" },
        },
        additionalProperties: false,
      },
      definition: renameRefs(definition, rename),
      ...hoisted,
    },
  };
}

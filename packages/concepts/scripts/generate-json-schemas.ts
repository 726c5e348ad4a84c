/**
 * Regenerates packages/concepts/schema/<concept>.schema.json from the zod schemas.
 *
 * Run: node --import tsx packages/concepts/scripts/generate-json-schemas.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONCEPT_NAMES } from "../src/index";
import { conceptJsonSchema } from "../src/schemas";

/** The text of one schema file (two-space JSON, final newline). */
export function schemaFileText(concept: string): string {
  return `${JSON.stringify(conceptJsonSchema(concept), null, 2)}\n`;
}

/** Where the schema of `concept` is committed. */
export function schemaFilePath(concept: string): string {
  return fileURLToPath(new URL(`../schema/${concept}.schema.json`, import.meta.url));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const concept of CONCEPT_NAMES) {
    writeFileSync(schemaFilePath(concept), schemaFileText(concept));
    console.log(`wrote ${schemaFilePath(concept)}`);
  }
}

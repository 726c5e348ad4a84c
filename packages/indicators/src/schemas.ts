/**
 * @virta/indicators/schemas — reading a catalogue.json (each definition checked against the zod
 * `definitionSchema`) and the JSON Schema of catalogue.json. Kept out of the main entry so that a
 * program which only computes never loads zod (≈ 95 ms of a cold start; issue 14: a quick CLI).
 *
 * @example
 * ```ts
 * import { parseCatalogueJson } from "@virta/indicators/schemas";
 * const old = parseCatalogueJson(readFileSync("old/catalogue.json", "utf8"), "old/catalogue.json");
 * ```
 * @module @virta/indicators/schemas
 */
export { parseCatalogueJson } from "./publishing/parse-catalogue-json";
export { catalogueJsonSchema } from "./publishing/catalogue-schema";

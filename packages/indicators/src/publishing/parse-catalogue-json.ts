/**
 * Reading a catalogue.json (issue 9): the layout, and each definition against `definitionSchema`.
 * Exported from `@virta/indicators/schemas`, the entry that loads zod, so that computing never loads
 * it (issue 14: a quick CLI); `virta diff` reads the two catalogues it compares through it.
 */
import { DataError } from "@virta/core";
import { definitionSchema } from "@virta/core/schemas";
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION, type CatalogueJson } from "./catalogue-json";

function fail(source: string, where: string, expected: string): never {
  throw new DataError(
    "invalid_catalogue",
    `${source}: ${where}: expected ${expected} (a catalogue.json written by @virta/indicators)`,
    { source, where },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a catalogue.json text: checks the layout and each definition against `definitionSchema`, and
 * returns it typed. Anything else is a `DataError` naming the source and the place that is wrong.
 *
 * @example
 * ```ts
 * const old = parseCatalogueJson(readFileSync("old/catalogue.json", "utf8"), "old/catalogue.json");
 * parseCatalogueJson("[]", "x.json");
 * // throws: x.json: top level: expected an object with format "virta-indicator-catalogue" …
 * ```
 */
export function parseCatalogueJson(text: string, source: string): CatalogueJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(source, "not JSON", `valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value) || value.format !== CATALOGUE_FORMAT)
    fail(source, "top level", `an object with format "${CATALOGUE_FORMAT}"`);
  if (value.format_version !== CATALOGUE_FORMAT_VERSION)
    fail(source, "format_version", `${CATALOGUE_FORMAT_VERSION}, got ${JSON.stringify(value.format_version)}`);
  const pkg = value.package;
  if (!isObject(pkg) || typeof pkg.name !== "string" || typeof pkg.version !== "string")
    fail(source, "package", "{ name, version } strings");
  if (!Array.isArray(value.indicators)) fail(source, "indicators", "an array");
  const seen = new Set<string>();
  (value.indicators as unknown[]).forEach((indicator, index) => {
    const where = `indicators[${index}]`;
    if (!isObject(indicator) || typeof indicator.id !== "string")
      return fail(source, where, "an object with a string id");
    for (const key of ["version", "definition_hash", "canonical_json"] as const) {
      if (typeof indicator[key] !== "string") fail(source, `${where} (${indicator.id}).${key}`, "a string");
    }
    if (seen.has(indicator.id)) fail(source, `${where}.id`, `unique ids, "${indicator.id}" occurs twice`);
    seen.add(indicator.id);
    const parsed = definitionSchema.safeParse(indicator.definition);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(
        source,
        `${where} (${indicator.id}).definition.${issue?.path.join(".") ?? ""}`,
        `a valid definition (${issue?.message ?? "invalid"})`,
      );
    }
    return undefined;
  });
  if (!Array.isArray(value.areas)) fail(source, "areas", "an array");
  return value as unknown as CatalogueJson;
}

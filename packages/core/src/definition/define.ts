/**
 * Checking, freezing and hashing definitions. `definition_hash` is the SHA-256 of the RFC 8785
 * canonical JSON of everything in the definition that can change a value (interfaces.md; fine-print
 * F32): titles, descriptions, the formula in words, legal basis, changelog, version and area are left
 * out, so the same hash means the same numbers.
 */
import { canonicalJson, sha256Hex } from "../hash/index";
import { NON_VALUE_FIELDS, type Definition } from "./definition";
import { checkDefinitionReferences } from "./references";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

/**
 * Like `defineIndicator` without the schema parse: checks the internal references and returns the
 * definition frozen. For definitions whose shape is checked elsewhere — the catalogue's own, each
 * parsed with `definitionSchema` by the catalogue tests — so that loading the catalogue and calling
 * `compute` never load zod (a browser bundle stays small, issue 17; a cold start is ≈ 95 ms quicker,
 * issue 14). Give anything from outside to `defineIndicator` of `@virta/core/schemas`.
 *
 * @example
 * ```ts
 * export const myIndicator = defineCheckedIndicator({ id: "availability.primary_care.within_14_days", … });
 * ```
 */
export function defineCheckedIndicator(definition: Definition): Definition {
  checkDefinitionReferences(definition);
  return deepFreeze(structuredCloneDefinition(definition));
}

function structuredCloneDefinition(definition: Definition): Definition {
  return JSON.parse(JSON.stringify(definition)) as Definition;
}

/** The part of a definition that can change a value (what the hash covers). */
export function valuePartOf(definition: Definition): Record<string, unknown> {
  const part: Record<string, unknown> = { ...definition };
  for (const key of NON_VALUE_FIELDS) delete part[key];
  // Population rule texts are words, not values.
  part.population = definition.population.map(({ reason, keep }) => ({ reason, keep }));
  // The age-group set a given field's labels belong to (F17) is provenance for the result, not a value.
  part.breakdowns = Object.fromEntries(
    Object.entries(definition.breakdowns).map(([name, spec]) => {
      if (spec.kind !== "field" || spec.ageGroupSet === undefined) return [name, spec];
      const { ageGroupSet: _labels, ...rest } = spec;
      return [name, rest];
    }),
  );
  return part;
}

/**
 * The definition hash: `sha256:` + the hex SHA-256 of the canonical JSON of the value part.
 *
 * @example
 * ```ts
 * definitionHash(definition).startsWith("sha256:"); // true
 * ```
 */
export function definitionHash(definition: Definition): string {
  return `sha256:${sha256Hex(canonicalJson(valuePartOf(definition)))}`;
}

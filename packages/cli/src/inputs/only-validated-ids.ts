/**
 * The identifier fields of a concept that an indicator, or `virta validate`, only validates (issue 14):
 * `client_id` of `health_care_visit` for an indicator that counts visits. The Parquet reader may then give their
 * plainly valid cells without a string each (`ReadTableOptions.onlyValidatedIds` of `@virta/adapters`);
 * the validation's reasons and counts are the same (F1, F5a, F6, F11).
 *
 * The choice errs on the side of reading: a field is left out when its name is any text of the
 * definition outside its declared column types (an expression's field, a breakdown, a join's key, a
 * sum's field, or anything yet to come), when the concept's key (F9), a row rule (F8, F12) or another
 * field's condition reads it, or when its maximum length is under 12 characters.
 */
import { type Definition, fieldsOf } from "@virta/core";
import { getConcept } from "@virta/concepts";

/** Every text anywhere in a plain value (strings, object keys included). */
function textsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      textsOf(item, into);
    }
  }
  return into;
}

/**
 * The `id` fields of `concept` that `definition` (or, without one, the validation alone) only
 * validates (see the module comment).
 *
 * @example
 * ```ts
 * onlyValidatedIds("health_care_visit", catalogue.entry("availability.primary_care.within_14_days").definition);
 * // ["client_id"] (visit_id is the key)
 * onlyValidatedIds("health_care_visit"); // ["client_id"], as `virta validate` reads a file
 * ```
 */
export function onlyValidatedIds(concept: string, definition?: Definition): string[] {
  const declaration = getConcept(concept);
  // `fields` declares the type of every column of each table the definition reads; the engine takes
  // only the fields its expressions and breakdowns name. Without a definition (`virta validate`),
  // nothing is read but the validation's own fields.
  const { fields: _declared, ...named } = definition ?? { fields: {} };
  const read = textsOf(named, new Set<string>());
  for (const name of declaration.key) read.add(name);
  for (const rule of declaration.rules) fieldsOf(rule.holds, {}, read);
  for (const field of declaration.fields) {
    if (field.requiredUnless !== undefined) read.add(field.requiredUnless);
    if (field.rangeBy !== undefined) read.add(field.rangeBy.field);
  }
  return declaration.fields
    .filter((field) => field.type === "id" && (field.maxLength ?? 64) >= 12 && !read.has(field.name))
    .map((field) => field.name);
}

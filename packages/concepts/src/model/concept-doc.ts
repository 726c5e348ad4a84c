/**
 * The concept pages of docs/concepts.md, derived from the declarations (issue 13): the heading, the
 * key (F9) and the event date (F10), the field table in F8 order with types, requirements, defaults
 * (F1) and limits (F6, concepts.md), and the row rules in order (F8, F12, F13). A test requires the
 * docs to hold exactly this text, so the page cannot drift from the declaration.
 */
import type { ConceptModel, FieldSpec } from "./concept-model";

function requirement(field: FieldSpec): string {
  if (field.required) return "yes";
  if (field.requiredUnless !== undefined) return `unless \`${field.requiredUnless}\``;
  return field.derivedFrom === undefined ? "no" : "no (derived)";
}

function limits(field: FieldSpec): string {
  if (field.values !== undefined) return field.values.map((value) => `\`${value}\``).join(", ");
  const parts: string[] = [];
  if (field.min !== undefined) parts.push(`≥ ${field.min}`);
  if (field.max !== undefined) parts.push(`≤ ${field.max}`);
  if (field.maxLength !== undefined) parts.push(`≤ ${field.maxLength} chars`);
  return parts.join("; ");
}

/**
 * The markdown block of one concept in docs/concepts.md.
 *
 * @example
 * ```ts
 * conceptMarkdown(costModel).split("\n")[0]; // "### `cost` — net operating costs"
 * ```
 */
export function conceptMarkdown(model: ConceptModel): string {
  const key = model.key.length === 0 ? "none" : `${model.key.map((name) => `\`${name}\``).join(", ")}`;
  const keyLine = model.key.length === 0 ? "Key: none." : `Key: ${key} (\`${model.keyReason}\`).`;
  const year = model.eventDateField === "year" ? " (31 December)" : "";
  const rows = model.fields.map(
    (field, index) =>
      `| ${index + 1} | \`${field.name}\` | ${field.type} | ${requirement(field)} | ${
        field.default === null ? "" : `\`${String(field.default)}\``
      } | ${limits(field)} |`,
  );
  const reasons = [...new Set(model.rules.map((rule) => rule.reason))];
  const rules =
    reasons.length === 0
      ? "none"
      : reasons
          .map((reason) => `\`${reason}\` (${model.rules.find((rule) => rule.reason === reason)!.description})`)
          .join("; ");
  return [
    `### \`${model.name}\` — ${model.title}`,
    "",
    `${keyLine} Placed in a period by \`${model.eventDateField}\`${year}.`,
    "",
    "| # | field | type | required | default | limits |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `Row rules, in order: ${rules}.`,
  ].join("\n");
}

/**
 * The concept pages of docs/concepts.md and of the catalogue site, derived from the declarations
 * (issue 13): the heading, the key (F9) and the event date (F10), the field table in F8 order with
 * types, requirements and derivations (F1, F10), defaults, limits (F5, F6), the accepted spellings of
 * words read from the tables the checks use (F2), answer ranges by question, the row rules as their
 * `holds` expressions (F8, F12, F13) and the reason codes each concept can give, in F8 order. A test
 * requires docs/concepts.md to hold exactly this text between its markers, so a page cannot drift from
 * the declaration; the site renders the same `conceptReference` at build time.
 */
import { expressionText } from "@virta/core";
import { wordsOf } from "../validation/field-parsers";
import { type ConceptModel, type FieldSpec, REJECTION_REASONS, type RejectionReason } from "./concept-model";

/** One accepted word of a sex, bool or enum field: its value and the other spellings read as it (F2). */
export interface WordReference {
  readonly value: string;
  /** Spellings other than the value itself and its case variants (`1`, `M` for `male`). */
  readonly also: readonly string[];
}

/** One field of a concept page. */
export interface FieldReference {
  readonly field: FieldSpec;
  /** `yes`, `no`, `no (derived from \`x\`, F10)` or `unless \`x\`` (English, with markdown code spans). */
  readonly requirement: string;
  /** The limits in words: ranges, lengths, digits (F5, F6), answer ranges by question, F13 implications. */
  readonly limits: readonly string[];
  /** The accepted words, in listing order (F19), or null for fields that are not words. */
  readonly words: readonly WordReference[] | null;
  /** The reason codes a value of this field can give, in F8 order. */
  readonly reasons: readonly RejectionReason[];
}

/** One row rule of a concept page, in the concept's order (F8). */
export interface RuleReference {
  readonly reason: RejectionReason;
  readonly field: string;
  /** The `holds` expression as text (core's `expressionText`). */
  readonly condition: string;
  readonly description: string;
}

/** Everything a concept page shows, derived from the declaration. */
export interface ConceptReference {
  readonly model: ConceptModel;
  readonly fields: readonly FieldReference[];
  readonly rules: readonly RuleReference[];
  /**
   * Every reason code the concept can give, in F8's precedence: the field reasons, `organizer_mismatch`
   * (F10), the row rules in the concept's order, the key's reason (F9).
   */
  readonly reasons: readonly RejectionReason[];
}

/** The field-level reasons of each type beyond `missing` (F8; the checks of validation/field-parsers.ts). */
const TYPE_REASONS: Readonly<Record<FieldSpec["type"], readonly RejectionReason[]>> = {
  id: ["invalid_format", "too_long", "personal_identity_code"],
  string: ["invalid_format", "too_long", "personal_identity_code"],
  date: ["invalid_format"],
  municipality: ["invalid_format", "unknown_code"],
  organizer: ["invalid_format", "unknown_code", "personal_identity_code"],
  sex: ["invalid_format", "not_in_list"],
  bool: ["invalid_format"],
  enum: ["invalid_format", "not_in_list"],
  integer: ["invalid_format", "out_of_range"],
  decimal: ["invalid_format", "out_of_range"],
  answer: ["invalid_format", "out_of_range"],
};

const inF8Order = (reasons: Iterable<RejectionReason>): RejectionReason[] => {
  const set = new Set(reasons);
  return REJECTION_REASONS.filter((reason) => set.has(reason));
};

function requirement(field: FieldSpec): string {
  if (field.required) return "yes";
  if (field.requiredUnless !== undefined) return `unless \`${field.requiredUnless}\``;
  return field.derivedFrom === undefined ? "no" : `no (derived from \`${field.derivedFrom}\`, F10)`;
}

function limits(field: FieldSpec): string[] {
  const parts: string[] = [];
  if (field.min !== undefined) parts.push(`≥ ${field.min}`);
  if (field.max !== undefined) parts.push(`≤ ${field.max}`);
  if (field.maxLength !== undefined) parts.push(`≤ ${field.maxLength} chars`);
  else if (field.type === "id" || field.type === "string") parts.push("≤ 64 chars");
  if (field.digits !== undefined) {
    parts.push(`≤ ${field.digits.integer} digits before the point, ≤ ${field.digits.fraction} after (F5)`);
  }
  if (field.rangeBy !== undefined) {
    const range = (r: { min: number; max: number; eos: boolean }) => `${r.min}–${r.max}${r.eos ? " or `eos`" : ""}`;
    const cases = Object.entries(field.rangeBy.cases).map(([value, r]) => `\`${value}\` ${range(r)}`);
    parts.push(
      `by \`${field.rangeBy.field}\`: ${[...cases, `otherwise ${range(field.rangeBy.otherwise)}`].join(", ")}`,
    );
  }
  if (field.trueWhenGiven !== undefined) parts.push(`\`true\` when \`${field.trueWhenGiven}\` is given (F13)`);
  return parts;
}

/**
 * The accepted words of a sex, bool or enum field grouped by meaning, from the very spelling tables of
 * the checks (F2; `wordsOf`): each value with its other spellings (case variants left out). `null` for
 * other fields.
 *
 * @example
 * ```ts
 * wordReferences(sexField)?.[0]; // { value: "male", also: ["1", "M"] }
 * ```
 */
export function wordReferences(field: FieldSpec): WordReference[] | null {
  const list = wordsOf(field);
  if (list === null) return null;
  const byValue = new Map<string, string[]>();
  list.meanings.forEach((meaning, index) => {
    const value = String(meaning);
    const spelling = list.spellings[index]!;
    const also = byValue.get(value) ?? [];
    byValue.set(value, also);
    const lower = spelling.toLowerCase();
    if (lower !== value.toLowerCase() && !also.some((other) => other.toLowerCase() === lower)) also.push(spelling);
  });
  return [...byValue].map(([value, also]) => ({ value, also }));
}

/**
 * The page of one concept, derived from its declaration.
 *
 * @example
 * ```ts
 * conceptReference(getConcept("cost")).reasons;
 * // ["missing", "invalid_format", "out_of_range", "too_long", "unknown_code", "personal_identity_code"]
 * ```
 */
export function conceptReference(model: ConceptModel): ConceptReference {
  const fields = model.fields.map((field) => {
    const absent: RejectionReason[] = field.required || field.requiredUnless !== undefined ? ["missing"] : [];
    return {
      field,
      requirement: requirement(field),
      limits: limits(field),
      words: wordReferences(field),
      // A henkilötunnus has 11 characters: a shorter text field is too_long first (F6, F11).
      reasons: inF8Order([...absent, ...TYPE_REASONS[field.type]]).filter(
        (reason) => reason !== "personal_identity_code" || (field.maxLength ?? 64) >= 11 || field.type === "organizer",
      ),
    };
  });
  const rules = model.rules.map((rule) => ({
    reason: rule.reason,
    field: rule.field,
    condition: expressionText(rule.holds),
    description: rule.description,
  }));
  const derived = model.fields.some((field) => field.derivedFrom !== undefined);
  const reasons = [
    ...new Set<RejectionReason>([
      ...inF8Order(fields.flatMap((field) => field.reasons)),
      ...(derived ? (["organizer_mismatch"] as const) : []),
      ...rules.map((rule) => rule.reason),
      ...(model.key.length > 0 ? [model.keyReason] : []),
    ]),
  ];
  return { model, fields, rules, reasons };
}

const code = (text: string) => `\`${text}\``;

/** The words of a field as markdown: `` `male` (also `1`, `M`) ``. */
function wordsMarkdown(list: readonly WordReference[]): string {
  return list
    .map((word) => `${code(word.value)}${word.also.length ? ` (also ${word.also.map(code).join(", ")})` : ""}`)
    .join(", ");
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
  const page = conceptReference(model);
  const keyLine =
    model.key.length === 0 ? "Key: none." : `Key: ${model.key.map(code).join(", ")} (${code(model.keyReason)}, F9).`;
  const year = model.eventDateField === "year" ? " (31 December)" : "";
  const rows = page.fields.map((entry, index) => {
    const { field } = entry;
    const values = [...(entry.words ? [wordsMarkdown(entry.words)] : []), ...entry.limits].join("; ");
    const fallback = field.default === null ? "" : code(String(field.default));
    return (
      `| ${index + 1} | ${code(field.name)} | ${field.type} | ${entry.requirement} | ${fallback} | ${values} | ` +
      `${entry.reasons.map(code).join(", ")} |`
    );
  });
  const rules =
    page.rules.length === 0
      ? ["Row rules: none."]
      : [
          "Row rules, in order (the row is rejected when the condition is false; unknown passes):",
          "",
          "| # | reason | field | condition | in words |",
          "| --- | --- | --- | --- | --- |",
          ...page.rules.map(
            (rule, index) =>
              `| ${index + 1} | ${code(rule.reason)} | ${code(rule.field)} | ${code(rule.condition)} | ` +
              `${rule.description} |`,
          ),
        ];
  return [
    `### ${code(model.name)} — ${model.title}`,
    "",
    `${keyLine} Placed in a period by ${code(model.eventDateField)}${year}.`,
    "",
    "| # | field | type | required | default | values / limits | reasons |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...rules,
    "",
    `Reason codes, in F8's order: ${page.reasons.map(code).join(", ")}.`,
  ].join("\n");
}

/** The markers around the generated part of docs/concepts.md. */
export const CONCEPT_DOCS_MARKERS = Object.freeze({
  start: "<!-- generated from the concept declarations (pnpm docs:concepts); do not edit -->",
  end: "<!-- end of the generated concept pages -->",
});

/**
 * The generated part of docs/concepts.md: every concept's block in the given order, between the markers.
 *
 * @example
 * ```ts
 * conceptDocsSection([costModel]).startsWith(CONCEPT_DOCS_MARKERS.start); // true
 * ```
 */
export function conceptDocsSection(models: readonly ConceptModel[]): string {
  return [
    CONCEPT_DOCS_MARKERS.start,
    "",
    ...models.map((model) => `${conceptMarkdown(model)}\n`),
    CONCEPT_DOCS_MARKERS.end,
  ].join("\n");
}

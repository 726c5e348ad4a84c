/**
 * The public zod schema of a concept, derived from its declaration (issue 13; concepts.md): one zod
 * field per declared field (type, limits, words, defaults F1, descriptions), and a row refinement: the
 * municipality must exist in the classification of the row's year (classifications.md), organizer and
 * municipality must agree (F10), a `requiredUnless` field (population's municipality) needs its partner,
 * a `rangeBy` answer must fit the range declared for its question, and the declared row rules (F8,
 * F12, F13) compiled from their `holds`.
 * `RowOf` derives the TypeScript row type from an `as const` field table the same way.
 */
import {
  answerRangeOf,
  compileRuleFailure,
  dayNumber,
  type DayNumber,
  type RangeByDeclaration,
  tryParseDate,
  yearOf,
} from "@virta/core";
import { z } from "zod";
import { municipalityTable } from "../classifications/municipalities";
import type { SEX_CODES } from "../classifications/sex";
import type { ConceptModel, FieldSpec } from "./concept-model";
import {
  boundedString,
  dateSchema,
  decimalSchema,
  idSchema,
  integerSchema,
  municipalitySchema,
  optionalBoolSchema,
  optionalDateSchema,
  organizerSchema,
  sexSchema,
} from "./zod-fields";

type Row = Record<string, unknown>;

/** The day that places a row in a period (F10): the event date, or 31 December of `year`. */
export function eventDayOf(model: ConceptModel, row: Row): DayNumber | null {
  const value = row[model.eventDateField];
  if (model.eventDateField === "year") {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 9999
      ? dayNumber(value, 12, 31)
      : null;
  }
  return typeof value === "string" ? tryParseDate(value) : null;
}

function dateOf(row: Row, field: string): DayNumber | null {
  const value = row[field];
  return typeof value === "string" ? tryParseDate(value) : null;
}

/** The values of a canonical row in field order, dates as day numbers (what compiled rules read). */
function ruleValues(model: ConceptModel, row: Row): unknown[] {
  return model.fields.map((field) => (field.type === "date" ? dateOf(row, field.name) : (row[field.name] ?? null)));
}

/** The declared ranges in words: "nps answers are 0–10; other answers are 1–5 or eos". */
function rangeText(rangeBy: RangeByDeclaration): string {
  const words = (range: { min: number; max: number; eos: boolean }) =>
    `${range.min}–${range.max}${range.eos ? " or eos" : ""}`;
  const cases = Object.entries(rangeBy.cases).map(([value, range]) => `${value} answers are ${words(range)}`);
  return [...cases, `other answers are ${words(rangeBy.otherwise)}`].join("; ");
}

const RULES = new WeakMap<ConceptModel, Array<(values: readonly unknown[]) => boolean>>();

function ruleTests(model: ConceptModel): Array<(values: readonly unknown[]) => boolean> {
  let tests = RULES.get(model);
  if (tests === undefined) {
    const indexOf = (name: string) => model.fields.findIndex((field) => field.name === name);
    tests = model.rules.map((rule) => compileRuleFailure(rule.holds, indexOf));
    RULES.set(model, tests);
  }
  return tests;
}

/**
 * A `superRefine` callback checking the row-level rules of `model` on a canonical row.
 */
function rowChecks(model: ConceptModel): (row: Row, context: z.RefinementCtx) => void {
  return (row, context) => {
    const issue = (reason: string, field: string, message: string) =>
      context.addIssue({ code: "custom", path: [field], message: `${reason}: ${message}`, params: { reason } });
    const eventDay = eventDayOf(model, row);
    if (eventDay === null) return; // the event field itself is invalid: zod reports it on the field
    const year = yearOf(eventDay);
    const municipality = row.municipality_code;
    const organizer = row.organizer_code;
    // `requiredUnless` (population: a municipality or an organizer), as declared.
    for (const field of model.fields) {
      if (field.requiredUnless !== undefined && row[field.name] == null && row[field.requiredUnless] == null) {
        issue("missing", field.name, `${field.name} or ${field.requiredUnless} is required`);
        return;
      }
    }
    if (typeof municipality === "string") {
      const owner = municipalityTable(year).get(municipality);
      if (owner === undefined) {
        issue(
          "unknown_code",
          "municipality_code",
          `municipality ${municipality} is not in the classification of ${year}`,
        );
        return;
      }
      if (typeof organizer === "string" && organizer !== owner) {
        issue(
          "organizer_mismatch",
          "organizer_code",
          `municipality ${municipality} belongs to organizer ${owner}, not ${organizer}`,
        );
        return;
      }
    }
    // `rangeBy` (customer feedback: the answer's range by question), as declared.
    for (const field of model.fields) {
      if (field.rangeBy === undefined) continue;
      const answer = row[field.name];
      const range = answerRangeOf(field.rangeBy, row[field.rangeBy.field]);
      const ok =
        answer === "eos" ? range.eos : typeof answer === "number" && answer >= range.min && answer <= range.max;
      if (!ok) {
        issue("out_of_range", field.name, rangeText(field.rangeBy));
        return;
      }
    }
    const tests = ruleTests(model);
    const values = tests.length === 0 ? [] : ruleValues(model, row);
    for (let index = 0; index < tests.length; index += 1) {
      if (tests[index]!(values)) {
        const rule = model.rules[index]!;
        issue(rule.reason, rule.field, rule.description);
        return;
      }
    }
  };
}

/** The zod schema of one declared field. */
function zodFieldOf(field: FieldSpec): z.ZodType {
  const description = field.description;
  switch (field.type) {
    case "id":
      return field.maxLength === undefined || field.maxLength === 64
        ? idSchema(description)
        : boundedString(field.maxLength).describe(description);
    case "date":
      return field.required ? dateSchema(description) : optionalDateSchema(description);
    case "municipality":
      return field.required
        ? municipalitySchema(description)
        : municipalitySchema(description).nullable().default(null);
    case "organizer":
      return field.derivedFrom === undefined ? organizerSchema(description) : organizerSchema(description).optional();
    case "sex":
      return sexSchema(description);
    case "bool":
      return optionalBoolSchema(description);
    case "decimal":
      return decimalSchema(description, field.min === 0);
    case "integer":
      return integerSchema(description, field.min, field.max);
    case "enum": {
      const words = z.enum(field.values as [string, ...string[]]);
      return (typeof field.default === "string" ? words.default(field.default) : words).describe(description);
    }
    case "string":
      return boundedString(field.maxLength ?? 64).describe(description);
    case "answer":
      return z
        .union([
          z
            .number()
            .int()
            .min(field.min ?? 0)
            .max(field.max ?? 10),
          z.literal("eos"),
        ])
        .describe(description);
  }
}

/** The value type of one field of an `as const` field table in a normalised row. */
export type FieldValueOf<F extends FieldSpec> = F extends { type: "date"; required: true }
  ? string
  : F extends { type: "date" }
    ? string | null
    : F extends { type: "municipality"; requiredUnless: string }
      ? string | null
      : F extends { type: "sex" }
        ? (typeof SEX_CODES)[number]
        : F extends { type: "bool" }
          ? boolean
          : F extends { type: "integer" }
            ? number
            : F extends { type: "answer" }
              ? number | "eos"
              : F extends { type: "enum"; values: readonly (infer V)[] }
                ? V
                : string;

/**
 * The normalised row type of an `as const` field table (dates as ISO strings; the organizer always filled).
 *
 * @example
 * ```ts
 * type Row = RowOf<readonly [{ name: "year"; type: "integer"; required: true; default: null; description: "" }]>;
 * // { year: number }
 * ```
 */
export type RowOf<Fields extends readonly FieldSpec[]> = {
  -readonly [F in Fields[number] as F["name"]]: FieldValueOf<F>;
};

/**
 * The public zod schema of a concept, derived from its declaration: the declared fields in order, the
 * row refinement, and the description `<name> — <title>`. `Row` is the row type it parses to.
 *
 * @example
 * ```ts
 * const schema = zodSchemaOf<CostRow>(costModel);
 * schema.safeParse({ organizer_code: "90", year: 2024, service_class: "3110", net_cost_eur: "10.5" }).success; // true
 * ```
 */
export function zodSchemaOf<Row>(model: ConceptModel): z.ZodType<Row> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of model.fields) shape[field.name] = zodFieldOf(field);
  return z
    .object(shape)
    .superRefine(rowChecks(model))
    .describe(`${model.name} — ${model.title}`) as unknown as z.ZodType<Row>;
}

/**
 * The one declaration of a concept (issue 13; concepts.md): its fields in the order the concept's table
 * lists them (the order of F8), their types and limits, the organizer derivation (F10), the row rules
 * written in the expression language (F8, F12, F13), the uniqueness key (F9) and the date that places a
 * row in a period (F10, F12, F16). It is plain data (no closures): it can be serialised, hashed and
 * compiled — to the in-memory validator, to SQL (F34), to zod and JSON Schemas and to the docs.
 */
import type { Expression } from "../expression/expression";

/** The field types of concepts.md ("Common types"), plus `integer`, `string` and `answer`. */
export type ConceptFieldType =
  | "id"
  | "date"
  | "municipality"
  | "organizer"
  | "sex"
  | "bool"
  | "decimal"
  | "integer"
  | "enum"
  | "string"
  | "answer";

/** The most digits a decimal value may have before and after its point (F5). */
export interface DecimalDigitsDeclaration {
  readonly integer: number;
  readonly fraction: number;
}

/** The values an `answer` field allows for one case of its `rangeBy` (F8: others are `out_of_range`). */
export interface AnswerRangeDeclaration {
  /** The least and greatest integer answer. */
  readonly min: number;
  readonly max: number;
  /** Whether `eos` ("can't say") is allowed. */
  readonly eos: boolean;
}

/**
 * An `answer` field whose range depends on another field of the row (`customer_feedback_answer`: the
 * question): the range of the case named by that field's normalised value, else `otherwise`.
 */
export interface RangeByDeclaration {
  /** The field (earlier in the table) whose value chooses the range. */
  readonly field: string;
  /** The range per value of that field. */
  readonly cases: Readonly<Record<string, AnswerRangeDeclaration>>;
  /** The range of every other value. */
  readonly otherwise: AnswerRangeDeclaration;
}

/** One field of a concept's table. */
export interface FieldDeclaration {
  readonly name: string;
  readonly type: ConceptFieldType;
  /** A required field that is absent is rejected `missing` (F1). */
  readonly required: boolean;
  /** `population.municipality_code`: required unless this other field is given (else `missing`, F1). */
  readonly requiredUnless?: string;
  /** The value an absent optional field takes (F1); `null` when it has none. */
  readonly default: string | boolean | null;
  /** `enum`: the allowed words in listing order (F19). */
  readonly values?: readonly string[];
  /** `integer`/`decimal`: inclusive limits (`out_of_range`). */
  readonly min?: number;
  readonly max?: number;
  /** `decimal`: the most digits before and after the point (F5: 18 and 6; more is `out_of_range`). */
  readonly digits?: DecimalDigitsDeclaration;
  /** `id`/`string`: the most code points allowed (F6, `too_long`). */
  readonly maxLength?: number;
  /** `organizer` of a person concept: derived from `municipality_code` when absent (F10). */
  readonly derivedFrom?: string;
  /** `answer`: the range chosen by another field's value (`out_of_range`). */
  readonly rangeBy?: RangeByDeclaration;
  /** `bool`: taken as true when this other field is given (F13: `assessment_started`). */
  readonly trueWhenGiven?: string;
  /** What the field means (concepts.md). */
  readonly description: string;
}

/**
 * A row rule (F8, F12, F13): the row is rejected with `reason`, naming `field`, when `holds` evaluates
 * to false on the row's normalised values (dates as day numbers, absent = null). Unknown (null) passes,
 * as in SQL's three-valued logic: a rule between two dates says nothing when one is absent. Several
 * entries may share a reason (a chain of dates); the first failing entry decides.
 */
export interface RowRuleDeclaration<Reason extends string = string> {
  readonly reason: Reason;
  /** The field the rejection names. */
  readonly field: string;
  /** The condition every accepted row meets. */
  readonly holds: Expression;
  /** The rule in words, for messages and the docs. */
  readonly description: string;
}

/** A concept's declaration. */
export interface ConceptDeclaration<Name extends string = string, Reason extends string = string> {
  readonly name: Name;
  /** One line for readers (concepts.md heading). */
  readonly title: string;
  /** Fields in the order the concept's table lists them (F8). */
  readonly fields: readonly FieldDeclaration[];
  /** Row rules in the order the concept lists them (F8), `born_after_event` (F12) last. */
  readonly rules: readonly RowRuleDeclaration<Reason>[];
  /** The uniqueness key (F9); empty when the concept has none. */
  readonly key: readonly string[];
  /** The reason a later row with an equal key gets (F9). */
  readonly keyReason: "duplicate_id" | "duplicate_key";
  /** The field whose date places a row in a period (F10, F16); `year` is read as 31 December. */
  readonly eventDateField: string;
  /** Whether the concept has the person fields (F12). */
  readonly hasPerson: boolean;
}

/**
 * The range of an `answer` field for the value of its `rangeBy` field (that value's case, else
 * `otherwise`).
 *
 * @example
 * ```ts
 * const nps = { min: 0, max: 10, eos: false };
 * const rangeBy = { field: "q", cases: { nps }, otherwise: { min: 1, max: 5, eos: true } };
 * answerRangeOf(rangeBy, "nps").max; // 10
 * answerRangeOf(rangeBy, "S1").eos; // true
 * ```
 */
export function answerRangeOf(rangeBy: RangeByDeclaration, value: unknown): AnswerRangeDeclaration {
  return typeof value === "string" && Object.hasOwn(rangeBy.cases, value) ? rangeBy.cases[value]! : rangeBy.otherwise;
}

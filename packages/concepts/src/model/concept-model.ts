/**
 * The shape of a concept model (concepts.md): its fields in the order the concept's table lists them
 * (the order of F8), their types and limits, the row rules in listing order, the uniqueness key (F9)
 * and the date that places a row in a period (F10, F12, F16). The validator compiles a model into
 * per-field checks; the zod schemas and the documentation are written from the same tables.
 */

/** The field types of concepts.md ("Common types"), plus `integer`, `string` and `answer`. */
export type FieldType =
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

/** One field of a concept's table. */
export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** A required field that is absent is rejected `missing` (F1). */
  readonly required: boolean;
  /** `population.municipality_code`: required unless this other field is given. */
  readonly requiredUnless?: string;
  /** The value an absent optional field takes (F1); `null` when it has none. */
  readonly default: string | boolean | null;
  /** `enum`: the allowed words in listing order (F19). */
  readonly values?: readonly string[];
  /** `integer`/`decimal`: inclusive limits (`out_of_range`). */
  readonly min?: number;
  readonly max?: number;
  /** `decimal`: the most digits before and after the point (F5: 18 and 6; more is `out_of_range`). */
  readonly digits?: DecimalDigits;
  /** `id`/`string`: the most code points allowed (F6, `too_long`). */
  readonly maxLength?: number;
  /** `organizer` of a person concept: derived from `municipality_code` when absent (F10). */
  readonly derivedFrom?: string;
  /** `bool`: taken as true when this other field is given (F13: `assessment_started`). */
  readonly trueWhenGiven?: string;
  /** What the field means (concepts.md). */
  readonly description: string;
}

/** The most digits a decimal value may have before and after its point (leading and trailing zeros not counted). */
export interface DecimalDigits {
  readonly integer: number;
  readonly fraction: number;
}

/**
 * F5's limits of every decimal field: 18 digits before the point, 6 after. The in-memory validator and
 * the SQL validation both read them from the field table, and the SQL engines choose types that hold
 * these values and their sums exactly (DECIMAL(38,6), NUMERIC).
 */
export const F5_DECIMAL_DIGITS: DecimalDigits = Object.freeze({ integer: 18, fraction: 6 });

/**
 * The reason codes of row rejections: the field reasons in F8's order, then `organizer_mismatch`, then
 * the row rules, then uniqueness (F9). Summaries list `rejected_by_reason` in this order.
 */
export const REJECTION_REASONS = Object.freeze([
  "missing",
  "invalid_format",
  "not_in_list",
  "out_of_range",
  "too_long",
  "unknown_code",
  "personal_identity_code",
  "organizer_mismatch",
  "visit_before_assessment",
  "assessment_before_contact",
  "born_after_event",
  "left_before_referral",
  "treated_and_removed",
  "dates_out_of_order",
  "completed_without_start",
  "not_a_child",
  "duplicate_id",
  "duplicate_key",
] as const);

/** A reason code of a rejected row (F8). */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A row rule: a relation between the fields of one row, checked after every field (F8). */
export type RowRule =
  | {
      /** Each pair `[earlier, later]` whose two dates are both given must have earlier ≤ later. */
      readonly kind: "in_order";
      readonly reason: RejectionReason;
      readonly pairs: ReadonlyArray<readonly [string, string]>;
      /** Which date of a failing pair the rejection names: the later one (default) or the earlier one. */
      readonly report?: "earlier" | "later";
      readonly description: string;
    }
  | {
      /** The two fields must not both be given. */
      readonly kind: "not_both";
      readonly reason: RejectionReason;
      readonly fields: readonly [string, string];
      readonly description: string;
    }
  | {
      /** `field` given requires `requires` given. */
      readonly kind: "requires";
      readonly reason: RejectionReason;
      readonly field: string;
      readonly requires: string;
      readonly description: string;
    }
  | {
      /** Age in completed years of `birth` on `at` must be below `years`. */
      readonly kind: "younger_than";
      readonly reason: RejectionReason;
      readonly birth: string;
      readonly at: string;
      readonly years: number;
      readonly description: string;
    };

/** A concept model. */
export interface ConceptModel<Name extends string = string> {
  readonly name: Name;
  /** One line for readers (concepts.md heading). */
  readonly title: string;
  /** Fields in the order the concept's table lists them (F8). */
  readonly fields: readonly FieldSpec[];
  /** Row rules in the order the concept lists them (F8), `born_after_event` (F12) last. */
  readonly rules: readonly RowRule[];
  /** The uniqueness key (F9); empty when the concept has none. */
  readonly key: readonly string[];
  /** The reason a later row with an equal key gets (F9). */
  readonly keyReason: "duplicate_id" | "duplicate_key";
  /**
   * The field whose date places a row in a period (F10, F16). For the yearly tables it is `year`,
   * read as 31 December of that year.
   */
  readonly eventDateField: string;
  /** Whether the concept has the person fields (F12). */
  readonly hasPerson: boolean;
}

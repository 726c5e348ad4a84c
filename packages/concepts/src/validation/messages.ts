/**
 * Messages of row rejections: each names the table (file), row, field and the offending value, and
 * says what would be right (common.md; concepts.md "A row is rejected …"). The accepted spellings of
 * sex and bool are read from the checks' own tables (`wordReferences`), and the answer ranges from the
 * declaration (`rangeBy`), never written here again.
 */
import type { RangeByDeclaration } from "@virta/core";
import { ORGANIZER_CODES } from "../classifications/organizers";
import { wordReferences } from "../model/concept-doc";
import type { FieldSpec, RejectionReason, RowRule } from "../model/concept-model";

/** What a valid value of the field looks like. */
export function expectedValue(field: FieldSpec): string {
  switch (field.type) {
    case "id":
      return (
        `a pseudonymous identifier of 1–${field.maxLength ?? 64} characters ` + "that is not a personal identity code"
      );
    case "string":
      return `text of 1–${field.maxLength} characters`;
    case "date":
      return "a date written YYYY-MM-DD (or an RFC 3339 date-time, F4)";
    case "municipality":
      return "a Statistics Finland municipality code of 1–3 digits, such as 091";
    case "organizer":
      return `an organizer code: ${ORGANIZER_CODES.join(", ")}`;
    case "sex": {
      // From the spelling table of the check (F2): "male, female or unknown (also 1/M for male, …)".
      const words = wordReferences(field)!;
      const values = words.map((word) => word.value);
      const also = words
        .filter((word) => word.also.length > 0)
        .map((word) => `${word.also.join("/")} for ${word.value}`);
      return `${values.slice(0, -1).join(", ")} or ${values.at(-1)} (also ${also.join(", ")})`;
    }
    case "bool": {
      // "true/false (also 1/0, yes/no, …)": the other spellings of true and false, pair by pair (F2).
      const [yes, no] = wordReferences(field)!;
      const pairs = yes!.also.map((spelling, index) => `${spelling}/${no!.also[index]}`);
      return `${yes!.value}/${no!.value} (also ${pairs.join(", ")})`;
    }
    case "enum":
      return `one of ${(field.values ?? []).join(", ")}`;
    case "integer":
      return field.min !== undefined && field.max !== undefined
        ? `an integer ${field.min}–${field.max}`
        : field.min !== undefined
          ? `an integer ≥ ${field.min}`
          : "an integer";
    case "decimal":
      return (
        `${field.min === 0 ? "a non-negative" : "a"} decimal number such as 1234.50 ` +
        "(, also as the decimal separator; no grouping, no exponent" +
        (field.digits
          ? `; at most ${field.digits.integer} digits before the point and ${field.digits.fraction} after, F5`
          : "") +
        ")"
      );
    case "answer":
      return field.rangeBy === undefined ? answerRangeText(field) : answerRangesText(field.rangeBy);
  }
}

/** One answer range in words: `an integer 1–5 or eos`. */
function answerRangeText(range: { readonly min?: number; readonly max?: number; readonly eos?: boolean }): string {
  return `an integer ${range.min}–${range.max}${range.eos === true ? " or eos" : ""}`;
}

/** The ranges of an answer field by the value of another field, in words, read from the declaration. */
function answerRangesText(rangeBy: RangeByDeclaration): string {
  const cases = Object.entries(rangeBy.cases).map(
    ([value, range]) => `for ${rangeBy.field} ${value} ${answerRangeText(range)}`,
  );
  return [...cases, `for any other ${rangeBy.field} ${answerRangeText(rangeBy.otherwise)}`].join("; ");
}

/** The problem of a field, in words, for a field-level reason. */
export function fieldProblem(
  field: FieldSpec,
  reason: RejectionReason,
  shown: string,
  classificationYear: number,
): string {
  const value = JSON.stringify(shown);
  switch (reason) {
    case "missing":
      return field.requiredUnless !== undefined
        ? `${field.name} is missing and so is ${field.requiredUnless}; one of them is required`
        : `required field ${field.name} is missing`;
    case "invalid_format":
      return `${value} is not ${expectedValue(field)}`;
    case "not_in_list":
      return `${value} is not in the list`;
    case "out_of_range":
      return field.digits
        ? `${value} is out of range (more than ${field.digits.integer} digits before the point ` +
            `or ${field.digits.fraction} after, F5)`
        : `${value} is out of range`;
    case "too_long":
      return `the value is longer than ${field.maxLength} characters`;
    case "unknown_code":
      return field.type === "municipality"
        ? `municipality ${value} is not in the municipality classification` +
            (Number.isNaN(classificationYear) ? "" : ` of ${classificationYear}`)
        : `organizer ${value} is not in the organizer classification`;
    case "personal_identity_code":
      return field.type === "id"
        ? `${field.name} holds a personal identity code (henkilötunnus), ` +
            "which is never accepted as an identifier (F11)"
        : `${field.name} holds a personal identity code (henkilötunnus), which is never accepted as a code (F36)`;
    default:
      return `${value} is not valid`;
  }
}

/** The text after "expected" for a field-level reason. */
export function fieldExpectation(field: FieldSpec, reason: RejectionReason, classificationYear: number): string {
  if (reason === "unknown_code" && field.type === "municipality") {
    return `a municipality code valid in ${Number.isNaN(classificationYear) ? "the row's year" : classificationYear}`;
  }
  if (reason === "personal_identity_code")
    return field.type === "id" ? "a pseudonymous identifier" : "a service or organizer code";
  return expectedValue(field);
}

/** The message of a failed row rule. */
export function ruleProblem(rule: RowRule, shownFields: string): string {
  return `${rule.reason}: ${shownFields} breaks the rule ${rule.description}`;
}

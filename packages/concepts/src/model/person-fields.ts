/**
 * The person fields shared by every concept with a person (concepts.md): `client_id`, `birth_date`,
 * `sex`, `municipality_code` (of residence) and `organizer_code` (derived from the municipality when
 * absent, F10). F12 gives each such concept the row rule `born_after_event`.
 */
import { $ } from "@virta/core";
import type { FieldSpec, RowRule } from "./concept-model";

/** The person fields in their listing order. */
export const PERSON_FIELDS = Object.freeze([
  {
    name: "client_id",
    type: "id",
    required: true,
    default: null,
    maxLength: 64,
    description: "pseudonymous client identifier (never a personal identity code, F11)",
  },
  { name: "birth_date", type: "date", required: true, default: null, description: "date of birth" },
  {
    name: "sex",
    type: "sex",
    required: true,
    default: null,
    description: "male, female or unknown (1/M → male, 2/F/N → female)",
  },
  {
    name: "municipality_code",
    type: "municipality",
    required: true,
    default: null,
    description: "municipality of residence (Statistics Finland code)",
  },
  {
    name: "organizer_code",
    type: "organizer",
    required: false,
    default: null,
    derivedFrom: "municipality_code",
    description: "organizer; derived from the municipality on the row's date when absent (F10)",
  },
] as const satisfies readonly FieldSpec[]);

/** F12: `birth_date` after the row's event date is rejected `born_after_event`, naming `birth_date`. */
export function bornAfterEvent(eventDateField: string): RowRule {
  return {
    reason: "born_after_event",
    field: "birth_date",
    holds: $.le($.field("birth_date"), $.field(eventDateField)),
    description: `birth_date ≤ ${eventDateField} (F12)`,
  };
}

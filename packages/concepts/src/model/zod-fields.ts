/**
 * The zod schemas of the common field types (concepts.md "Common types") in their canonical,
 * normalised form — the published model: what a normalised row looks like, and what the generated
 * JSON Schemas describe. Input leniency (trimming, case, padding, date-times, `,` decimals) is the
 * validator's job; these schemas accept exactly the canonical spelling.
 */
import { z } from "zod";
import { codePointLength } from "./code-points";
import { isOrganizerCode, ORGANIZER_CODES } from "../classifications/organizers";
import { SEX_CODES } from "../classifications/sex";
import { isPersonalIdentityCode } from "../hetu/personal-identity-code";

/** Canonical exact decimal text (F5, printed as F30: no trailing zeros, no exponent, zero unsigned). */
export const CANONICAL_DECIMAL = /^(?:0|-?(?:[1-9]\d*(?:\.\d*[1-9])?|0\.\d*[1-9]))$/;

/** A string of 1…`max` code points (F6); the JSON Schema carries `maxLength` (which counts code points). */
export function boundedString(max: number) {
  return z
    .string()
    .min(1)
    .refine((text) => codePointLength(text) <= max, { message: `at most ${max} characters (F6)` })
    .meta({ maxLength: max });
}

/** `id`: a non-empty pseudonymous identifier of at most 64 code points, never a personal identity code (F11). */
export function idSchema(description: string) {
  return boundedString(64)
    .refine((text) => !isPersonalIdentityCode(text), {
      message: "a personal identity code is not accepted as an identifier (F11)",
    })
    .describe(description);
}

/** `date`: a calendar date `YYYY-MM-DD` (F4, canonical form). */
export function dateSchema(description: string) {
  return z.iso.date().describe(description);
}

/** An optional `date`: absent is `null` (F1). */
export function optionalDateSchema(description: string) {
  return z.iso.date().nullable().default(null).describe(description);
}

/** `municipality`: three digits (F3, padded); whether it exists is checked against the row's year. */
export function municipalitySchema(description: string) {
  return z
    .string()
    .regex(/^\d{3}$/)
    .describe(description);
}

/**
 * `organizer`: one of the 23 codes of the classification, listed in the JSON Schema in table order
 * (a `z.enum` would reorder the integer-like codes).
 */
export function organizerSchema(description: string) {
  return z
    .string()
    .refine((code) => isOrganizerCode(code), { message: `one of ${ORGANIZER_CODES.join(", ")}` })
    .meta({ enum: [...ORGANIZER_CODES] })
    .describe(description);
}

/** `sex`: `male`, `female` or `unknown`. */
export function sexSchema(description: string) {
  return z.enum(SEX_CODES).describe(description);
}

/** `bool` with default `false` (F1). */
export function optionalBoolSchema(description: string) {
  return z.boolean().default(false).describe(description);
}

/** `decimal` as canonical text (F5); `nonNegative` refuses a minus sign (`fte ≥ 0`). */
export function decimalSchema(description: string, nonNegative = false) {
  const base = z.string().regex(CANONICAL_DECIMAL);
  return (nonNegative ? base.refine((text) => !text.startsWith("-"), { message: "at least 0" }) : base).describe(
    description,
  );
}

/** `integer` with inclusive limits. */
export function integerSchema(description: string, min?: number, max?: number) {
  let schema = z.number().int();
  if (min !== undefined) schema = schema.min(min);
  if (max !== undefined) schema = schema.max(max);
  return schema.describe(description);
}

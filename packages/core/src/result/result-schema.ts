/**
 * The result object of interfaces.md as a zod schema and as JSON Schema (draft 2020-12), so systems that
 * do not run TypeScript can check a result they received, and tests check every result the SDK produces.
 */
import { z } from "zod";

const account = /* @__PURE__ */ (() =>
  z
    .object({
      rows_read: z.number().int().nonnegative(),
      rows_rejected: z.number().int().nonnegative(),
      rows_excluded: z.number().int().nonnegative(),
      rows_in_population: z.number().int().nonnegative(),
      excluded_by_reason: z.record(z.string(), z.number().int().positive()),
      rejected_by_reason: z.record(z.string(), z.number().int().positive()),
    })
    .strict()
    .refine((value) => value.rows_read === value.rows_rejected + value.rows_excluded + value.rows_in_population, {
      message: "rows_read must equal rows_rejected + rows_excluded + rows_in_population",
    }))();

const isoDate = /* @__PURE__ */ (() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/))();

/**
 * An exact number of a result (F5, F21): a JSON number when it is exactly the decimal meant, else exact
 * decimal text (`"123456789012345679901.5"`: digits, an optional minus sign and `.` fraction).
 */
const exactNumber = /* @__PURE__ */ (() =>
  z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(?:\.\d+)?$/)
      .describe("exact decimal text, for a number a double cannot hold exactly"),
  ]))();

/** The zod schema of a result row: dimension values, then numerator, denominator, value, suppressed. */
export const resultRowSchema = /* @__PURE__ */ (() =>
  z
    .object({
      numerator: exactNumber.nullable(),
      denominator: exactNumber.nullable(),
      value: exactNumber.nullable(),
      suppressed: z.boolean(),
    })
    .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()])))();

/**
 * The zod schema of the result object.
 *
 * @example
 * ```ts
 * resultSchema.parse(await compute(definition, options)); // throws when the shape is wrong
 * ```
 */
export const resultSchema = /* @__PURE__ */ (() =>
  z
    .object({
      indicator: z
        .object({ id: z.string(), version: z.string(), definition_hash: z.string().regex(/^sha256:[0-9a-f]{64}$/) })
        .strict(),
      library: z.object({ name: z.string(), version: z.string() }).strict(),
      period: z.object({ id: z.string(), start: isoDate, end: isoDate }).strict(),
      as_of: isoDate.nullable(),
      unit: z.enum(["percent", "days", "persons", "per_100", "per_1000", "euros", "visits_per_fte", "index"]),
      decimals: z.number().int().nonnegative(),
      breakdown: z.array(z.string()),
      age_groups: z.string().nullable(),
      disclosure: z.enum(["national-1", "none"]),
      warnings: z.array(z.string()),
      input: z.record(z.string(), account),
      rows: z.array(resultRowSchema),
    })
    .strict())();

/**
 * The JSON Schema of the result object.
 *
 * @example
 * ```ts
 * const schema = resultJsonSchema(); // { "$schema": "https://json-schema.org/draft/2020-12/schema", … }
 * ```
 */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(resultSchema, { unrepresentable: "any" }) as Record<string, unknown>;
}

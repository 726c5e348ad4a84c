/**
 * @virta/core/schemas — the zod schemas of the definition model and of results, and `defineIndicator`,
 * which checks a definition against them. Kept out of the main entry so that a program which only
 * computes (the catalogue's definitions are checked when they are built) never loads zod: loading it
 * is ≈ 95 ms of a cold start (issue 14: a quick CLI). Import this entry to validate definitions or
 * results from outside, or to publish their JSON Schema.
 *
 * @example
 * ```ts
 * import { defineIndicator, resultSchema } from "@virta/core/schemas";
 * resultSchema.safeParse(result).success; // true
 * ```
 * @module @virta/core/schemas
 */
export { definitionSchema, expressionSchema } from "./definition/schema";
export { defineIndicator } from "./definition/define-indicator";
export { resultJsonSchema, resultRowSchema, resultSchema } from "./result/result-schema";

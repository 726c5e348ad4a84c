/**
 * The zod schema of definitions: a definition read from JSON (a catalogue file, another language's
 * tooling) is checked before any engine sees it.
 */
import { z } from "zod";
import type { Definition } from "./definition";
import type { Expression } from "../expression/expression";

const isoDate = /* @__PURE__ */ (() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD"))();

/** The schema of one expression node (recursive). */
export const expressionSchema: z.ZodType<Expression> = /* @__PURE__ */ (() =>
  z.lazy(
    () =>
      z.union([
        z.object({ op: z.literal("field"), name: z.string().min(1) }).strict(),
        z
          .object({ op: z.literal("literal"), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })
          .strict(),
        z.object({ op: z.literal("date"), value: isoDate }).strict(),
        z
          .object({ op: z.literal("param"), name: z.enum(["period_start", "period_end", "as_of", "census_date"]) })
          .strict(),
        z.object({ op: z.literal("ref"), name: z.string().min(1) }).strict(),
        z
          .object({
            op: z.enum(["eq", "ne", "lt", "le", "gt", "ge", "days", "age_on"]),
            args: z.tuple([expressionSchema, expressionSchema]),
          })
          .strict(),
        z.object({ op: z.enum(["and", "or"]), args: z.array(expressionSchema).min(1) }).strict(),
        z.object({ op: z.enum(["not", "is_null"]), args: z.tuple([expressionSchema]) }).strict(),
        z
          .object({
            op: z.literal("in"),
            args: z.tuple([expressionSchema]),
            values: z.array(z.union([z.string(), z.number()])).min(1),
          })
          .strict(),
        z.object({ op: z.literal("add_months"), args: z.tuple([expressionSchema]), months: z.number().int() }).strict(),
        z
          .object({
            op: z.literal("working_day_deadline"),
            args: z.tuple([expressionSchema]),
            days: z.number().int().positive(),
          })
          .strict(),
        z
          .object({
            op: z.literal("case"),
            when: z.array(z.object({ if: expressionSchema, then: expressionSchema }).strict()).min(1),
            else: expressionSchema,
          })
          .strict(),
        z
          .object({
            op: z.literal("effective"),
            date: expressionSchema,
            rules: z
              .array(
                z
                  .object({
                    from: isoDate.nullable(),
                    until: isoDate.nullable(),
                    when: expressionSchema.optional(),
                    value: expressionSchema,
                    source: z.string().optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      ]) as unknown as z.ZodType<Expression>,
  ))();

const localized = /* @__PURE__ */ (() =>
  z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) }).strict())();
const populationRule = /* @__PURE__ */ (() =>
  z.object({ reason: z.string().regex(/^[a-z_]+$/), keep: expressionSchema, text: localized.optional() }).strict())();
const sumSpec = /* @__PURE__ */ (() =>
  z
    .object({ where: expressionSchema.optional(), value: expressionSchema.optional(), field: z.string().optional() })
    .strict())();
const valueType = /* @__PURE__ */ (() => z.enum(["date", "integer", "decimal", "string", "boolean"]))();

/** The schema of a whole definition. */
export const definitionSchema: z.ZodType<Definition> = /* @__PURE__ */ (() =>
  z
    .object({
      id: z
        .string()
        .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, "expected a dotted lower snake case id such as area.topic.measure"),
      version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a semantic version such as 1.0.0"),
      area: z.string().min(1),
      title: localized,
      description: localized,
      unit: z.enum(["percent", "days", "persons", "per_100", "per_1000", "euros", "visits_per_fte", "index"]),
      decimals: z.number().int().min(0).max(6),
      kind: z.enum(["proportion", "count", "quantile", "rate", "index"]),
      concepts: z.array(z.string().min(1)).min(1),
      fields: z.record(z.string(), z.record(z.string(), valueType)),
      source: z
        .object({
          concept: z.string().min(1),
          date: expressionSchema.optional(),
          yearField: z.string().optional(),
          organizerField: z.string().optional(),
        })
        .strict(),
      periods: z.enum(["interval", "census", "year"]),
      asOf: z.boolean(),
      let: z.record(z.string(), expressionSchema),
      population: z.array(populationRule),
      numerator: sumSpec.optional(),
      denominator: z
        .union([
          sumSpec,
          z
            .object({
              join: z
                .object({
                  concept: z.string().min(1),
                  yearField: z.string().min(1),
                  population: z.array(populationRule),
                  sum: z.object({ field: z.string().min(1) }).strict(),
                  organizerField: z.string().min(1),
                })
                .strict(),
            })
            .strict(),
        ])
        .optional(),
      quantile: z
        .object({ value: expressionSchema, p: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/) })
        .strict()
        .optional(),
      scale: z.number().positive(),
      breakdowns: z.record(
        z.string(),
        z.union([
          z
            .object({
              kind: z.literal("field"),
              field: z.string().min(1),
              order: z.array(z.string()).optional(),
              ageGroupSet: z.string().optional(),
            })
            .strict(),
          z.object({ kind: z.literal("age_group"), age: expressionSchema }).strict(),
          z.object({ kind: z.literal("sub_period") }).strict(),
          z
            .object({
              kind: z.literal("band"),
              value: expressionSchema,
              set: z.string().min(1),
              bands: z
                .array(
                  z.object({ label: z.string(), lower: z.number().int(), upper: z.number().int().nullable() }).strict(),
                )
                .min(1),
            })
            .strict(),
        ]),
      ),
      forced: z
        .object({ dimension: z.string().min(1), inDenominator: z.boolean() })
        .strict()
        .optional(),
      disclosure: z
        .object({ policy: z.literal("national-1"), basis: z.enum(["denominator", "numerator", "none"]) })
        .strict(),
      legalBasis: z.array(z.string()),
      formula: localized,
      changelog: z
        .array(
          z
            .object({
              version: z.string(),
              date: isoDate,
              class: z.enum(["A", "B", "initial"]),
              fi: z.string(),
              en: z.string(),
            })
            .strict(),
        )
        .min(1),
    })
    .strict() as unknown as z.ZodType<Definition>)();

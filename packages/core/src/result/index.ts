export type { IndicatorResult, InputAccount, ResultRow, Unit } from "./result";
export { resultJsonSchema, resultRowSchema, resultSchema } from "./result-schema";

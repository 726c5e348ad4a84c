export type { IndicatorResult, InputAccount, ResultRow, Unit } from "./result";

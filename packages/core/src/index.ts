/**
 * @virta/core — the pure bottom layer: calendar dates and Finnish working days, age, periods, exact
 * decimals and rounding, quantiles, disclosure, the definition model and its engines. No drivers, files
 * or network; runs in a browser.
 * @module @virta/core
 */
export const packageName = "@virta/core";
export * from "./errors/index";
export * from "./result/index";
export * from "./calendar/index";
export * from "./classification/index";
export * from "./period/index";
export * from "./arithmetic/index";
export * from "./hash/index";
export * from "./expression/index";
export * from "./concept/index";
export * from "./definition/index";
export * from "./plan/index";
export * from "./engine/index";
export * from "./sql/index";
export * from "./disclosure/index";
export { canGenerateCode } from "./engine/memory/generate-loop";
export { columnarFromRows, isColumnarTable, NULL_DAY } from "./engine/memory/columns";
export type { ColumnarColumn, ColumnarTable } from "./engine/memory/columns";
export type { InMemoryOptions, InMemoryRun, TableSource } from "./engine/memory/evaluate";

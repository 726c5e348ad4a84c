/** @module @virta/adapters */
export const packageName = "@virta/adapters";
export * from "./open-data/index";
export * from "./compare/index";
export * from "./readers/index";
export * from "./writers/index";
export * from "./sql/index";
export * from "./disclosure/index";

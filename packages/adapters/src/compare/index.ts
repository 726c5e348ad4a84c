/** Comparison of computed results with published Sotkanet values (docs/open-data.md). */
export * from "./compare-with-sotkanet";
export * from "./exact-decimal";
export * from "./format-comparison";

/** Disclosure control of publication sets (fine-print F35): linked tables, the LP audit, complements. */
export * from "./linked-tables";
export * from "./linear-program";
export * from "./audit";
export * from "./complementary";

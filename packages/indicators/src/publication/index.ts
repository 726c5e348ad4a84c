/** Publication sets (fine-print F35): population families, fixed-shape tables, one suppression pattern. */
export { DEFAULT_TABLES, familyKey, groupFamilies, setTables, tableName } from "./family";
export { publishSet } from "./publication-set";
export type { PublicationSet, PublishedIndicator, PublishedTable, PublishRequest } from "./publication-set";
export { auditPublishedTables } from "./audit-publication";
export type { PublicationAudit, PublicationCheck, PublishedTableData } from "./audit-publication";

/** Result writers: JSON, CSV (F30) and JSON-stat 2.0 (F31). */
export { formatResultJson, RESULT_KEYS } from "./result-json";
export { breakdownCsvCell, csvCell, formatResultCsv, MEASURE_COLUMNS } from "./result-csv";
export { formatResultJsonStat, toJsonStat, SINGLE_CELL_DIMENSION } from "./result-jsonstat";
export type { ResultJsonStat, ResultJsonStatDimension, ResultJsonStatOptions } from "./result-jsonstat";
export { fixedDecimalText, plainNumberText } from "./number-text";
export { checkUpdatedDate, helsinkiDate, jsonStatRole, jsonStatSource } from "./jsonstat-common";
export type { JsonStatRole } from "./jsonstat-common";

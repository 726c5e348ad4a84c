/** File readers: CSV, JSON, NDJSON and Parquet as streams of column batches (fine-print F29). */
export { readTable } from "./read-table";
export { CsvWorkerStarts } from "./csv-bytes/worker-start";
export type { RawValue, ReadTableOptions, Table, TableFormat } from "./table";
export { CSV_BATCH_SIZE, DEFAULT_BATCH_SIZE, FORMAT_BY_EXTENSION } from "./table";
export { CsvScanner, detectDelimiter } from "./csv-scanner";
export { checkColumns } from "./header-check";

/**
 * The workbench's file readers in the browser (fine-print F29): a dropped CSV file (UTF-8, BOM
 * stripped, `,` or `;` detected from the header line, RFC 4180 quoting, wholly empty lines skipped)
 * with the project's own scanner, or a Parquet file with hyparquet, as a table of cell arrays with
 * record numbers for `compute` (the same input shape the CLI gives it). The concept is named by the
 * file name (`health_care_visit.csv`) or chosen on the page.
 */
import { detectDelimiter, CsvScanner } from "../../../packages/adapters/src/readers/csv-scanner";

/** A parsed table: its header and rows of text cells. */
export interface ParsedTable {
  columns: string[];
  rows: string[][];
}

/** Reads a CSV file's bytes; `progress` gets the share of bytes scanned. */
export function parseCsv(name: string, bytes: Uint8Array, progress: (share: number) => void): ParsedTable {
  if (bytes.length === 0) throw new Error(`file "${name}" is empty (0 bytes); choose a file with a header row`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`file "${name}" is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and drop it again`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const scanner = new CsvScanner(detectDelimiter(text.slice(0, 65_536)));
  let columns: string[] | null = null;
  const rows: string[][] = [];
  const sink = (fields: readonly string[]) => {
    if (columns === null) columns = fields.map((field) => field.trim());
    else rows.push(fields.slice());
  };
  const chunk = 4 << 20;
  for (let start = 0; start < text.length; start += chunk) {
    scanner.feed(text.slice(start, start + chunk), sink);
    progress(Math.min(1, (start + chunk) / text.length));
  }
  scanner.finish(sink);
  if (columns === null) throw new Error(`file "${name}" has no header row`);
  return { columns, rows };
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
};

/** Reads a Parquet file's bytes (dates as `YYYY-MM-DD`, other values as text). */
export async function parseParquet(name: string, bytes: ArrayBuffer): Promise<ParsedTable> {
  const { parquetMetadata, parquetReadObjects, parquetSchema } = await import("hyparquet");
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(bytes);
  } catch (error) {
    throw new Error(`file "${name}" is not a readable Parquet file (${(error as Error).message})`);
  }
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  const objects = await parquetReadObjects({ file: bytes, metadata });
  return { columns, rows: objects.map((object) => columns.map((column) => text(object[column]))) };
}

/**
 * Reads a Parquet file (interfaces.md, fine-print F4, F5, F29). The footer is read with `hyparquet`;
 * the rows are streamed by DuckDB (`parquet-duckdb.ts`, issue 8: ~20× faster and constant memory)
 * whenever every column's exact value can come from it, otherwise row group by row group with
 * `hyparquet`, converting the cells with `parquet-values.ts`. hyparquet would turn DECIMAL into binary
 * floats and timestamps into `Date`s without telling whether they were adjusted to UTC, so those
 * columns are read as their raw integers (their logical type is removed from a copy of the metadata)
 * and converted here exactly. INT96 timestamps (a legacy Spark/Impala encoding) are taken as adjusted
 * to UTC, Spark's convention.
 */
import { type ColumnBatch, UsageError } from "@virta/core";
import type { AsyncBuffer, FileMetaData, SchemaElement } from "hyparquet";
import { dictionaryEncodedColumns } from "./duckdb-code-columns";
import { dictionarySpellings } from "./parquet-dictionaries";
import { duckdbColumnsOf, duckdbParquetBatches } from "./parquet-duckdb";
import {
  dateFromEpochDays,
  decimalText,
  integerValue,
  signedBigIntFromBytes,
  timestampText,
  type TimestampUnit,
} from "./parquet-values";
import { type RawValue, skippedColumns, type Table } from "./table";

/** Converts one raw cell of a column; never called with `null`/`undefined`. */
type Converter = (value: unknown) => RawValue;

const passThrough: Converter = (value) => value as RawValue;
const fromBigInt: Converter = (value) => (typeof value === "bigint" ? integerValue(value) : (value as RawValue));

function unscaled(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return BigInt(value);
  return signedBigIntFromBytes(value as Uint8Array);
}

/** How a top-level column's cells are converted, and whether its logical type must be removed. */
function converterOf(element: SchemaElement, label: string): { convert: Converter; raw: boolean } {
  const logical = element.logical_type;
  if (element.converted_type === "DECIMAL" || logical?.type === "DECIMAL") {
    if (element.type === "BYTE_ARRAY") {
      throw new UsageError(
        "unreadable_file",
        `${label}: column ${JSON.stringify(element.name)} is a DECIMAL stored as BYTE_ARRAY, which is not supported; ` +
          "write it as FIXED_LEN_BYTE_ARRAY, INT32 or INT64 (DuckDB and Arrow do)",
        { column: element.name },
      );
    }
    const scale = logical?.type === "DECIMAL" ? logical.scale : (element.scale ?? 0);
    return { convert: (value) => decimalText(unscaled(value), scale), raw: true };
  }
  if (element.converted_type === "DATE" || logical?.type === "DATE") {
    return { convert: (value) => dateFromEpochDays(Number(value)), raw: true };
  }
  if (logical?.type === "TIMESTAMP") {
    const { unit, isAdjustedToUTC } = logical;
    return {
      convert: (value) => timestampText(BigInt(value as bigint), unit as TimestampUnit, isAdjustedToUTC),
      raw: true,
    };
  }
  if (element.converted_type === "TIMESTAMP_MILLIS" || element.converted_type === "TIMESTAMP_MICROS") {
    // A converted type without a logical type means "adjusted to UTC" (Parquet format, LogicalTypes.md).
    const unit: TimestampUnit = element.converted_type === "TIMESTAMP_MILLIS" ? "MILLIS" : "MICROS";
    return { convert: (value) => timestampText(BigInt(value as bigint), unit, true), raw: true };
  }
  if (element.type === "INT96") {
    return { convert: (value) => timestampText(value as bigint, "NANOS", true), raw: false };
  }
  if (element.type === "INT64") return { convert: fromBigInt, raw: false };
  return { convert: passThrough, raw: false };
}

/**
 * hyparquet's parsers: INT96 timestamps stay nanoseconds (bigint) so that they convert exactly here;
 * strings keep a leading byte order mark (U+FEFF), which the default TextDecoder drops: F1 trims ASCII
 * white space only, so "\uFEFF2024-01-01" is no date, as in DuckDB's SQL.
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const parsers = {
  timestampFromNanoseconds: (nanos: bigint) => nanos,
  stringFromBytes: (bytes: Uint8Array | undefined) => bytes && utf8.decode(bytes),
};

/**
 * Opens a Parquet table: reads its footer for the columns and returns a {@link Table} whose `batches()`
 * streams the file through DuckDB, or (when a column needs it, or `engine` is `"hyparquet"`, which
 * tests use to compare the two paths) reads one row group at a time with hyparquet. Through DuckDB,
 * the TIMESTAMP columns named in `dayColumns` come as day numbers (`ReadTableOptions.dayColumns`), and
 * the identifier columns named in `onlyValidatedIds` give their plainly valid cells as one text
 * (`ReadTableOptions.onlyValidatedIds`, `plain-ids.ts`).
 *
 * @example
 * ```ts
 * const table = await openParquetTable("visits.parquet", 'file "visits.parquet"', 16_384);
 * for await (const batch of table.batches()) console.log(batch.columns[0]?.[0]);
 * ```
 */
export async function openParquetTable(
  path: string,
  label: string,
  batchSize: number,
  engine: "auto" | "hyparquet" = "auto",
  dayColumns: readonly string[] = [],
  readColumns?: readonly string[],
  onlyValidatedIds: readonly string[] = [],
): Promise<Table> {
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    const { asyncBufferFromFile, parquetMetadataAsync } = await import("hyparquet"); // loaded on first use
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UsageError("unreadable_file", `${label} is not a readable Parquet file (${(error as Error).message})`, {
      file: path,
    });
  }
  const { parquetSchema } = await import("hyparquet");
  const top = parquetSchema(metadata).children.map((child) => child.element);
  const columns = top.map((element) => element.name);
  // A column not read (`readColumns`) is neither decoded nor converted, whatever its type.
  const skipped = skippedColumns(columns, readColumns);
  const converters = top.map((element, index) =>
    skipped?.[index] ? { convert: passThrough, raw: false } : converterOf(element, label),
  );
  const planned = engine === "auto" ? duckdbColumnsOf(top, skipped) : null;
  // A date field's timestamps come as day numbers (F4; parquet-timestamps.ts).
  // A text column stored in small dictionaries comes as codes, its spellings from its dictionary pages
  // where they can be read (duckdb-code-columns.ts, parquet-dictionaries.ts).
  const dictionaryEncoded = dictionaryEncodedColumns(metadata, columns).map((encoded, index) => {
    const column = planned?.[index];
    return encoded && column?.kind === "plain" && column.text === true;
  });
  const spellings = planned ? await dictionarySpellings(path, metadata, columns, dictionaryEncoded) : [];
  const viaDuckDb = planned?.map((column, index) => {
    if (column.kind === "timestamp" && dayColumns.includes(column.name)) return { ...column, asDay: true };
    if (column.kind !== "plain") return column;
    if (!dictionaryEncoded[index])
      return column.text === true && onlyValidatedIds.includes(column.name)
        ? { ...column, onlyValidatedId: true }
        : column;
    return { ...column, dictionaryEncoded: true, ...(spellings[index] ? { spellings: spellings[index] } : {}) };
  });
  if (viaDuckDb !== undefined) {
    const rows = Number(metadata.num_rows);
    const batches = () => duckdbParquetBatches(path, label, viaDuckDb, batchSize, rows);
    return { path, label, format: "parquet", columns, batches };
  }
  const rawNames = new Set(top.filter((_, index) => converters[index]!.raw).map((element) => element.name));
  // Remove the logical type of the columns converted here, so hyparquet hands over the raw integers.
  const rawMetadata: FileMetaData = {
    ...metadata,
    schema: metadata.schema.map((element, index) =>
      index > 0 && rawNames.has(element.name) && element.num_children === undefined
        ? { ...element, converted_type: undefined, logical_type: undefined }
        : element,
    ),
  };
  const batches = () =>
    hyparquetBatches(
      file,
      rawMetadata,
      columns,
      converters.map((c) => c.convert),
      path,
      label,
      batchSize,
      skipped,
    );
  return { path, label, format: "parquet", columns, batches };
}

/**
 * The hyparquet path as column batches: each row group's columns are decoded column by column
 * (`parquetScan`'s `readColumn`, no object per row) and each cell converted (`converters`, null
 * absent), in batches of at most `batchSize` rows numbered from 1 in file order (F9).
 */
async function* hyparquetBatches(
  file: AsyncBuffer,
  metadata: FileMetaData,
  columns: readonly string[],
  converters: readonly Converter[],
  path: string,
  label: string,
  batchSize: number,
  skipped: readonly boolean[] | null,
): AsyncGenerator<ColumnBatch> {
  const { parquetScan } = await import("hyparquet");
  let scan: Awaited<ReturnType<typeof parquetScan>>;
  try {
    scan = await parquetScan({ file, metadata, parsers, useOffsetIndex: false });
  } catch (error) {
    throw new UsageError("unreadable_file", `${label} is not a readable Parquet file (${(error as Error).message})`, {
      file: path,
    });
  }
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let decoded: ArrayLike<unknown>[];
    try {
      decoded = await Promise.all(
        columns.map((column, index) => (skipped?.[index] ? [] : scan.readColumn({ column, rowStart, rowEnd }))),
      );
    } catch (error) {
      throw new UsageError(
        "unreadable_file",
        `${label}: rows ${rowStart + 1}–${rowEnd} cannot be read (${(error as Error).message})`,
        { file: path },
      );
    }
    for (let start = 0; start < rowEnd - rowStart; start += batchSize) {
      const length = Math.min(batchSize, rowEnd - rowStart - start);
      const records = new Array<number>(length);
      for (let row = 0; row < length; row++) records[row] = rowStart + start + row + 1;
      const cells = decoded.map((values, index) => {
        const convert = converters[index]!;
        const column = new Array<RawValue>(length);
        if (skipped?.[index]) return column; // absent cells
        for (let row = 0; row < length; row++) {
          const value = values[start + row];
          column[row] = value === null || value === undefined ? null : convert(value);
        }
        return column;
      });
      yield { source: label, names: columns, columns: cells, length, records };
    }
    rowStart = rowEnd;
  }
}

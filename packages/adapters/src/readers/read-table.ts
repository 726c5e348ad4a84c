/**
 * Opens an input file as a {@link Table}, choosing the reader by extension (fine-print F29:
 * `.csv`, `.json`, `.jsonl`, `.ndjson`, `.parquet`), and checks the header for the required columns.
 * A missing file, a directory, a 0-byte file or an unknown extension stops with a `UsageError`
 * (exit 2) naming the file and what would be right (concepts.md "Bad input as a whole").
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { UsageError } from "@virta/core";
import { openCsvTable } from "./csv-reader";
import { checkColumns } from "./header-check";
import { openJsonTable } from "./json-reader";
import { openParquetTable } from "./parquet-reader";
import {
  CSV_BATCH_SIZE,
  DEFAULT_BATCH_SIZE,
  FORMAT_BY_EXTENSION,
  type ReadTableOptions,
  skippedColumns,
  type Table,
  withoutSkipped,
} from "./table";

/**
 * Opens a CSV, JSON, NDJSON or Parquet file for streaming and checks its columns.
 *
 * @example
 * ```ts
 * const table = await readTable("visits.csv", { source: "health_care_visit", requiredColumns: ["visit_id"] });
 * let count = 0;
 * for await (const batch of table.batches()) count += batch.length;
 * ```
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const label = options.source === undefined ? `file "${path}"` : `${options.source} file "${path}"`;
  const extension = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  const batchSize = options.batchSize ?? (format === "csv" ? CSV_BATCH_SIZE : DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new UsageError("invalid_option", `batchSize ${batchSize}: expected a positive integer such as 16384`, {
      batchSize,
    });
  }
  if (format === undefined) {
    throw new UsageError(
      "unreadable_file",
      `${label}: unknown extension ${JSON.stringify(extension)}; accepted are ` +
        `${Object.keys(FORMAT_BY_EXTENSION).join(", ")}`,
      { file: path, extension },
    );
  }
  await checkReadableFile(path, label);
  const { dayColumns, readColumns, onlyValidatedIds } = options;
  const table =
    format === "csv"
      ? await openCsvTable(
          path,
          label,
          batchSize,
          dayColumns,
          "auto",
          readColumns,
          options.csvWorkers,
          onlyValidatedIds,
        )
      : format === "parquet"
        ? await openParquetTable(path, label, batchSize, "auto", dayColumns, readColumns, onlyValidatedIds)
        : skipping(await openJsonTable(path, label, format, batchSize), readColumns);
  checkColumns(table.columns, label, options);
  return table;
}

/** A table whose batches have the cells of the columns not in `readColumns` absent (JSON: parsed anyway). */
function skipping(table: Table, readColumns?: readonly string[]): Table {
  const skipped = skippedColumns(table.columns, readColumns);
  if (skipped === null) return table;
  const batches = table.batches;
  return {
    ...table,
    batches: async function* () {
      for await (const batch of batches()) yield withoutSkipped(batch, skipped);
    },
  };
}

/** Missing → `missing_file`; a directory or a 0-byte file → `unreadable_file` (F29). */
async function checkReadableFile(path: string, label: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new UsageError("unreadable_file", `${label} is not a file; give the path of a CSV, JSON or Parquet file`, {
        file: path,
      });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new UsageError("missing_file", `${label} does not exist; check the path`, { file: path });
    }
    throw new UsageError(
      "unreadable_file",
      `${label} cannot be read (${code ?? String(error)}); check the path and its permissions`,
      {
        file: path,
      },
    );
  }
  if (size === 0) {
    throw new UsageError("unreadable_file", `${label} is empty (0 bytes); it needs at least a header line`, {
      file: path,
    });
  }
}

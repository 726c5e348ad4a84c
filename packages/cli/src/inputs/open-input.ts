/**
 * Opens one `--data` file for a concept with the readers of `@virta/adapters`: checks that the file
 * exists, is readable and UTF-8, and that its header has the concept's required columns (concepts.md
 * "Bad input as a whole": a usage error naming the file and the column, before anything is computed),
 * then streams the records as column batches with their record numbers (F9: record numbers name rows
 * in messages), counting progress on stderr; `compute` and `validate` take the batches as they are
 * (a CSV's plain dates in the concept's date fields already as day numbers).
 */
import { readTable } from "@virta/adapters";
import type { ColumnBatch, ColumnBatchSource } from "@virta/core";
import { getConcept, requiredColumns } from "@virta/concepts";
import type { CliIo } from "../cli/io";
import { withProgress } from "./progress";

/** An opened input: a column batch source (`batches()`, for `compute` and `validate`) and its header. */
export interface OpenedInput {
  concept: string;
  file: string;
  /** The header's column names. */
  columns: readonly string[];
  /** The records as column batches with their record numbers (F9), read again on every call, with progress. */
  table: ColumnBatchSource & { batches(): AsyncIterable<ColumnBatch> };
}

/**
 * Opens `file` as a table of `concept`; `onlyValidatedIds` names the identifier fields that are only
 * validated (`only-validated-ids.ts`).
 *
 * @example
 * ```ts
 * const input = await openInput("health_care_visit", "visits.csv", io);
 * for await (const batch of input.table.batches()) batch.records[0]; // 1
 * ```
 */
export async function openInput(
  concept: string,
  file: string,
  io: CliIo,
  onlyValidatedIds: readonly string[] = [],
): Promise<OpenedInput> {
  const required = requiredColumns(concept);
  const table = await readTable(file, {
    source: concept,
    requiredColumns: required.filter((column): column is string => typeof column === "string"),
    anyOfColumns: required.filter((column): column is readonly string[] => typeof column !== "string"),
    // The concept's date fields: a CSV's plain dates and a Parquet file's timestamps come as day
    // numbers (no string per cell, F4).
    dayColumns: getConcept(concept)
      .fields.filter((field) => field.type === "date")
      .map((field) => field.name),
    // Only the concept's fields are read: the validator ignores other columns (naming them once), so
    // their cells would only cost strings (Parquet: they are not even decoded).
    readColumns: getConcept(concept).fields.map((field) => field.name),
    // Identifier fields the indicator only validates (`only-validated-ids.ts`).
    onlyValidatedIds,
    // A CSV file's worker thread, when bin.ts started it at launch.
    ...(io.csvWorkers ? { csvWorkers: io.csvWorkers } : {}),
  });
  return { concept, file, columns: table.columns, table: withProgress(table, io, `${concept} ${file}`) };
}

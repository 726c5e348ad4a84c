/**
 * Opens one `--data` file for a concept with the readers of `@virta/adapters`: checks that the file
 * exists, is readable and UTF-8, and that its header has the concept's required columns (concepts.md
 * "Bad input as a whole": a usage error naming the file and the column, before anything is computed),
 * then streams the records in batches, counting progress on stderr: as cells in header order with
 * their record numbers for `compute` (no object per row; F9 record numbers name rows in messages),
 * or as plain row objects for whoever iterates the rows directly.
 */
import { readTable } from "@virta/adapters";
import { requiredColumns } from "@virta/concepts";
import type { ArrayBatch, ArrayTableInput } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { createProgress } from "./progress";

/**
 * The rows of an opened input, read lazily: `compute` takes them as a table of cell arrays
 * (`columns` + `batches`, validated with `setHeader` + `pushValues`); iterating them directly gives
 * batches of row objects. Each iteration reads the file again.
 */
export type InputRows = AsyncIterable<Record<string, unknown>[]> & ArrayTableInput;

/** An opened input: its rows (see {@link InputRows}). */
export interface OpenedInput {
  concept: string;
  file: string;
  rows: InputRows;
}

/**
 * Opens `file` as a table of `concept`.
 *
 * @example
 * ```ts
 * const input = await openInput("health_care_visit", "visits.csv", io);
 * for await (const batch of input.rows) batch[0]?.visit_id;
 * ```
 */
export async function openInput(concept: string, file: string, io: CliIo): Promise<OpenedInput> {
  const required = requiredColumns(concept);
  const table = await readTable(file, {
    source: concept,
    requiredColumns: required.filter((column): column is string => typeof column === "string"),
    anyOfColumns: required.filter((column): column is readonly string[] => typeof column !== "string"),
  });
  const label = `${concept} ${file}`;
  async function* objects(): AsyncGenerator<Record<string, unknown>[]> {
    const progress = createProgress(io, label);
    try {
      for await (const batch of table.rows()) {
        progress.add(batch.length);
        yield batch.map((record) => record.values);
      }
    } finally {
      progress.done();
    }
  }
  async function* arrays(): AsyncGenerator<ArrayBatch> {
    const progress = createProgress(io, label);
    try {
      for await (const batch of table.rowArrays()) {
        progress.add(batch.values.length);
        yield batch;
      }
    } finally {
      progress.done();
    }
  }
  const rows: InputRows = {
    columns: table.columns,
    batches: { [Symbol.asyncIterator]: arrays },
    [Symbol.asyncIterator]: objects,
  };
  return { concept, file, rows };
}

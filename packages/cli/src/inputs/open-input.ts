/**
 * Opens one `--data` file for a concept with the readers of `@virta/adapters`: checks that the file
 * exists, is readable and UTF-8, and that its header has the concept's required columns (concepts.md
 * "Bad input as a whole": a usage error naming the file and the column, before anything is computed),
 * then streams the records as plain row objects in batches, counting progress on stderr.
 */
import { readTable } from "@virta/adapters";
import { requiredColumns } from "@virta/concepts";
import type { CliIo } from "../cli/io";
import { createProgress } from "./progress";

/** An opened input: the rows as batches of objects (read lazily, once). */
export interface OpenedInput {
  concept: string;
  file: string;
  rows: AsyncIterable<Record<string, unknown>[]>;
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
  async function* rows(): AsyncGenerator<Record<string, unknown>[]> {
    const progress = createProgress(io, `${concept} ${file}`);
    try {
      for await (const batch of table.rows()) {
        progress.add(batch.length);
        yield batch.map((record) => record.values);
      }
    } finally {
      progress.done();
    }
  }
  return { concept, file, rows: rows() };
}

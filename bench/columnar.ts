/**
 * What the benchmarks share (bench/run.ts, bench/per-indicator.ts): files read and validated into the
 * engine's columnar chunks as `compute` does, timers, and the cell-by-cell check that every engine
 * agrees before a time is printed.
 */
import { readTable } from "@virta/adapters";
import { createValidator, getConcept } from "@virta/concepts";
import type { ColumnarTable, ResultRow } from "@virta/core";
import type { Concept } from "./generate";

/** Milliseconds as seconds with three decimals. */
export const seconds = (ms: number): number => Math.round(ms) / 1000;

/**
 * The value of `work` and its wall time in milliseconds.
 *
 * @example
 * ```ts
 * const [rows, ms] = await timed(async () => load());
 * ```
 */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** The date fields of a concept, which the CLI asks the CSV reader for as day numbers (`dayColumns`). */
const dayColumnsOf = (concept: Concept): string[] =>
  getConcept(concept)
    .fields.filter((field) => field.type === "date")
    .map((field) => field.name);

/**
 * Read + validate a file as `virta validate` does, streaming (nothing kept): the reader's column batches
 * with the concept's date columns as day numbers → `Validator.pushColumns`. Returns the rows read and the
 * wall milliseconds: the CSV read + validate throughput of issue 14.
 *
 * @example
 * ```ts
 * const { rows, ms } = await streamValidate("bench/data/1e6/health_care_visit.csv", "health_care_visit");
 * ```
 */
export async function streamValidate(path: string, concept: Concept): Promise<{ rows: number; ms: number }> {
  const start = performance.now();
  const validator = createValidator(concept, { dates: "day", maxRejectedShare: 0.5, source: path });
  const table = await readTable(path, { dayColumns: dayColumnsOf(concept) });
  for await (const batch of table.batches()) validator.pushColumns(batch);
  const rows = validator.finish().rows_read;
  return { rows, ms: performance.now() - start };
}

/**
 * Read + validate a file as `compute` (and so `virta compute --data`) does: the reader's column batches
 * (`readTable(path).batches()`, date columns as day numbers) → `Validator.pushColumns` → the engine's
 * `ColumnarTable` chunks with shared dictionaries (issue 14: no bench-only builder, no row objects). The
 * chunks are kept so that the catalogue is timed on data in memory (holding them makes the collector
 * work harder, so the throughput is taken from `streamValidate`).
 *
 * @example
 * ```ts
 * const { chunks, rows } = await loadColumnar("bench/data/1e6/health_care_visit.csv", "health_care_visit");
 * ```
 */
export async function loadColumnar(
  path: string,
  concept: Concept,
): Promise<{ chunks: ColumnarTable[]; rows: number; ms: number }> {
  const start = performance.now();
  const validator = createValidator(concept, { dates: "day", maxRejectedShare: 0.5, source: path });
  const chunks: ColumnarTable[] = [];
  let rows = 0;
  const table = await readTable(path, { dayColumns: dayColumnsOf(concept) });
  for await (const batch of table.batches()) {
    const { table: chunk } = validator.pushColumns(batch);
    if (chunk.length > 0) chunks.push(chunk);
    rows += chunk.length;
  }
  validator.finish();
  return { chunks, rows, ms: performance.now() - start };
}

/**
 * The chunks as the stream of `ColumnarTable`s the in-memory engine takes from `compute` (fresh each time).
 *
 * @example
 * ```ts
 * await evaluateInMemory(plan, { health_care_visit: streamOf(chunks) });
 * ```
 */
export const streamOf = (chunks: readonly ColumnarTable[]): Iterable<ColumnarTable> => ({
  [Symbol.iterator]: () => chunks.values(),
});

/** Numerator and denominator per cell, keyed by the dimension values joined with "|". */
export type Numbers = Map<string, [number, number]>;

/**
 * The numbers of result rows, keyed by their dimension values.
 *
 * @example
 * ```ts
 * numbersOf(result.rows, ["organizer", "age_group"]).get("14|25-64"); // [n, d]
 * ```
 */
export function numbersOf(rows: ResultRow[], by: string[]): Numbers {
  return new Map(
    rows.map((row) => [
      by.map((name) => String((row as Record<string, unknown>)[name])).join("|"),
      [Number(row.numerator), Number(row.denominator)],
    ]),
  );
}

/**
 * Throws unless both engines give the same cells with the same numbers.
 *
 * @example
 * ```ts
 * sameNumbers(memory, duck, "within_14_days by organizer,age_group");
 * ```
 */
export function sameNumbers(a: Numbers, b: Numbers, what: string): void {
  const problems: string[] = [];
  for (const [key, value] of a) {
    const other = b.get(key);
    if (!other || other[0] !== value[0] || other[1] !== value[1])
      problems.push(`${key}: ${JSON.stringify(value)} vs ${JSON.stringify(other)}`);
  }
  if (a.size !== b.size) problems.push(`${a.size} cells vs ${b.size}`);
  if (problems.length > 0) throw new Error(`${what}: engines disagree — ${problems.slice(0, 5).join("; ")}`);
}

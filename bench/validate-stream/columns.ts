/**
 * Benchmark (issue 13): the columnar validator alone, on `health_care_visit` column batches already in
 * memory, and the uniqueness key table's bytes per key. Rates are given per wall second and per CPU
 * second of this process (the machine is shared).
 *
 * The batches are read as `virta validate` reads them (the concept's date fields as day numbers,
 * `dayColumns`), or with every cell as text with the option `text`.
 *
 * Two ways to hold the batches, both timing only `pushColumns`:
 * - `held` (the default up to 2e6 visits): every batch is read first and held, then validated in three
 *   rounds;
 * - `streamed` (the default above 2e6, as a 50 M-row extract is validated): each batch is read just before
 *   it is validated and dropped after, and only the validator's calls are timed. Holding 1e7 visits as
 *   text takes ~4.4 GB of heap, and the rounds then measure the collector marking that held input
 *   rather than the validator (docs/benchmarks.md).
 *
 * Run: node --expose-gc --import tsx bench/validate-stream/columns.ts [visits, default 1e6] [text] [held|streamed]
 */
import type { ColumnBatch } from "../../packages/core/src/index";
import { readTable } from "../../packages/adapters/src/index";
import { createValidator, getConcept } from "../../packages/concepts/src/index";
import { generateCsv } from "../generate";

const total = Number(process.argv[2] ?? 1_000_000);
const flags = new Set(process.argv.slice(3));
const text = flags.has("text");
const streamed = flags.has("streamed") || (!flags.has("held") && total > 2_000_000);
const files = await generateCsv(total);
const dates = getConcept("health_care_visit").fields.filter((field) => field.type === "date");
const options = text ? {} : { dayColumns: dates.map((field) => field.name) };

/** The batches of the generated file, read afresh (streamed) or from the list read once (held). */
async function* batchesOf(held: ColumnBatch[] | null): AsyncGenerator<ColumnBatch> {
  if (held) yield* held;
  else yield* (await readTable(files.health_care_visit, options)).batches();
}

let held: ColumnBatch[] | null = null;
if (!streamed) {
  held = [];
  for await (const batch of batchesOf(null)) held.push(batch);
}
console.log(
  `batches ${streamed ? "streamed (only pushColumns timed)" : "read first and held"}, ` +
    `${text ? "every cell as text" : "dates as day numbers"}`,
);
(globalThis as { gc?: () => void }).gc?.();

for (let round = 1; round <= 3; round += 1) {
  const validator = createValidator("health_care_visit", { dates: "day" });
  let nanoseconds = 0n;
  let cpuMicroseconds = 0;
  let valid = 0;
  for await (const batch of batchesOf(held)) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    valid += validator.pushColumns(batch).table.length;
    const cpu = process.cpuUsage(cpuStarted);
    cpuMicroseconds += cpu.user + cpu.system;
    nanoseconds += process.hrtime.bigint() - started;
  }
  const seconds = Number(nanoseconds) / 1e9;
  const summary = validator.finish();
  const keys = (validator as unknown as { firstRowOfKey: { byteLength: number; size: number } }).firstRowOfKey;
  console.log(
    `pushColumns round ${round}: ${summary.rows_read.toLocaleString("en")} rows ` +
      `(${valid.toLocaleString("en")} valid) ` +
      `in ${seconds.toFixed(2)} s = ${Math.round(summary.rows_read / seconds).toLocaleString("en")} rows/s wall, ` +
      `${Math.round(summary.rows_read / (cpuMicroseconds / 1e6)).toLocaleString("en")} rows/CPU s; ` +
      `key table ${(keys.byteLength / keys.size).toFixed(1)} B/key`,
  );
}

/**
 * Benchmark (issue 13): the columnar validator alone, on `health_care_visit` column batches already in
 * memory (read from the generated CSV first, not timed), and the uniqueness key table's bytes per key.
 * Rates are given per wall second and per CPU second of this process (the machine is shared).
 *
 * The batches are read as `virta validate` reads them (the concept's date fields as day numbers,
 * `dayColumns`), or with every cell as text when the second argument is `text`.
 *
 * Run: node --expose-gc --import tsx bench/validate-stream/columns.ts [visits, default 1e6] [text]
 */
import type { ColumnBatch } from "../../packages/core/src/index";
import { readTable } from "../../packages/adapters/src/index";
import { createValidator, getConcept } from "../../packages/concepts/src/index";
import { generateCsv } from "../generate";

const total = Number(process.argv[2] ?? 1_000_000);
const text = process.argv[3] === "text";
const files = await generateCsv(total);
const dates = getConcept("health_care_visit").fields.filter((field) => field.type === "date");
const options = text ? {} : { dayColumns: dates.map((field) => field.name) };
const batches: ColumnBatch[] = [];
for await (const batch of (await readTable(files.health_care_visit, options)).batches()) batches.push(batch);
console.log(`batches read with ${text ? "every cell as text" : "dates as day numbers"}`);
(globalThis as { gc?: () => void }).gc?.();

for (let round = 1; round <= 3; round += 1) {
  const validator = createValidator("health_care_visit", { dates: "day" });
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let valid = 0;
  for (const batch of batches) valid += validator.pushColumns(batch).table.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const summary = validator.finish();
  const keys = (validator as unknown as { firstRowOfKey: { byteLength: number; size: number } }).firstRowOfKey;
  console.log(
    `pushColumns round ${round}: ${summary.rows_read.toLocaleString("en")} rows ` +
      `(${valid.toLocaleString("en")} valid) ` +
      `in ${seconds.toFixed(2)} s = ${Math.round(summary.rows_read / seconds).toLocaleString("en")} rows/s wall, ` +
      `${Math.round(summary.rows_read / cpuSeconds).toLocaleString("en")} rows/CPU s; ` +
      `key table ${(keys.byteLength / keys.size).toFixed(1)} B/key`,
  );
}

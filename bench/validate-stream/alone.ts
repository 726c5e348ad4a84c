/**
 * Validate alone (issue 13): the columnar validator on `health_care_visit` column batches already in
 * memory, timing only `pushColumns`, and the uniqueness key table's bytes per key. The batches are read
 * as `virta validate` reads them (the concept's date fields as day numbers, `dayColumns`), or with every
 * cell as text. Two ways to hold them:
 * - held: every batch is read first and kept, then validated in each round;
 * - streamed (as a 50 M-row extract is validated): each batch is read just before it is validated and
 *   dropped after. Holding 1e7 visits as text takes ~4.4 GB of heap, and the rounds then measure the
 *   collector marking that held input rather than the validator (docs/benchmarks.md).
 */
import type { ColumnBatch } from "../../packages/core/src/index";
import { readTable } from "../../packages/adapters/src/index";
import { createValidator, getConcept } from "../../packages/concepts/src/index";

/** One round: rows, valid rows, the validator's wall and CPU seconds, and the key table's bytes per key. */
export interface ValidateRound {
  rows: number;
  valid: number;
  seconds: number;
  cpuSeconds: number;
  bytesPerKey: number;
}

/**
 * Validates the visits file `rounds` times and returns each round's figures.
 *
 * @example
 * ```ts
 * const [first] = await validateAlone("bench/data/1e6/health_care_visit.csv", { rounds: 1, streamed: true });
 * first.rows / first.seconds; // rows per second
 * ```
 */
export async function validateAlone(
  path: string,
  options: { rounds: number; streamed: boolean; text?: boolean },
): Promise<ValidateRound[]> {
  const dates = getConcept("health_care_visit").fields.filter((field) => field.type === "date");
  const readOptions = options.text ? {} : { dayColumns: dates.map((field) => field.name) };
  const read = async function* (): AsyncGenerator<ColumnBatch> {
    yield* (await readTable(path, readOptions)).batches();
  };
  let held: ColumnBatch[] | null = null;
  if (!options.streamed) {
    held = [];
    for await (const batch of read()) held.push(batch);
  }
  const rounds: ValidateRound[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const validator = createValidator("health_care_visit", { dates: "day" });
    let nanoseconds = 0n;
    let cpuMicroseconds = 0;
    let valid = 0;
    for await (const batch of held ?? read()) {
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      valid += validator.pushColumns(batch).table.length;
      const cpu = process.cpuUsage(cpuStarted);
      cpuMicroseconds += cpu.user + cpu.system;
      nanoseconds += process.hrtime.bigint() - started;
    }
    const summary = validator.finish();
    const keys = (validator as unknown as { firstRowOfKey: { byteLength: number; size: number } }).firstRowOfKey;
    rounds.push({
      rows: summary.rows_read,
      valid,
      seconds: Number(nanoseconds) / 1e9,
      cpuSeconds: cpuMicroseconds / 1e6,
      bytesPerKey: keys.byteLength / keys.size,
    });
  }
  return rounds;
}

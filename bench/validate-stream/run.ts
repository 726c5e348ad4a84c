/**
 * Benchmark: `validateStream` over 1 000 000 generated `health_care_visit` rows (strings, as a CSV
 * reader gives them), in batches of 10 000. Prints rows/s of the whole pipeline, the validation time
 * alone, and the heap used at the end (bounded: only the uniqueness keys grow). The machine is shared,
 * so rates are also given per CPU second of this process (user + system), which other processes'
 * load disturbs much less than wall-clock time.
 *
 * Memory is measured after a full garbage collection when run with `--expose-gc`: the JS heap plus the
 * array buffers (the uniqueness table keeps its keys in typed arrays, outside the JS heap), per row.
 *
 * Run: node --expose-gc --import tsx bench/validate-stream/run.ts [rows] [dates: iso|day]
 */
import { createValidator, validateStream } from "../../packages/concepts/src/index";
import { generateVisits } from "./generate";

const total = Number(process.argv[2] ?? 1_000_000);
const dates = (process.argv[3] ?? "day") as "iso" | "day";
const batchSize = 10_000;

async function pipeline(): Promise<void> {
  let validNs = 0n;
  let validCpuMicros = 0;
  let valid = 0;
  async function* timed(): AsyncGenerator<Record<string, string>[]> {
    for await (const batch of generateVisits(total, batchSize)) {
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      yield batch;
      validNs += process.hrtime.bigint() - started; // time spent by the consumer (validation) on this batch
      const cpu = process.cpuUsage(cpuStarted);
      validCpuMicros += cpu.user + cpu.system;
    }
  }
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const stream = validateStream("health_care_visit", timed(), { dates });
  for await (const batch of stream) valid += batch.length;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const summary = stream.summary();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const memory = process.memoryUsage();
  const heap = memory.heapUsed / 2 ** 20;
  console.log(`validateStream, dates: ${dates}, ${total.toLocaleString("en")} rows in batches of ${batchSize}`);
  console.log(
    `  pipeline (generate + validate): ${elapsed.toFixed(2)} s = ` +
      `${Math.round(total / elapsed).toLocaleString("en")} rows/s`,
  );
  console.log(
    `  pipeline per CPU second: ${Math.round(total / cpuSeconds).toLocaleString("en")} rows/s ` +
      `(${cpuSeconds.toFixed(2)} CPU s)`,
  );
  console.log(
    `  validation alone: ${(Number(validNs) / 1e9).toFixed(2)} s = ` +
      `${Math.round(total / (Number(validNs) / 1e9)).toLocaleString("en")} rows/s wall, ` +
      `${Math.round(total / (validCpuMicros / 1e6)).toLocaleString("en")} rows/CPU s`,
  );
  console.log(
    `  valid ${valid.toLocaleString("en")}, rejected ${summary.rows_rejected.toLocaleString("en")} ` +
      JSON.stringify(summary.rejected_by_reason),
  );
  console.log(
    `  heap used at the end${gc === undefined ? " (no --expose-gc: garbage included)" : " after GC"}: ` +
      `${heap.toFixed(1)} MiB + array buffers ${(memory.arrayBuffers / 2 ** 20).toFixed(1)} MiB = ` +
      `${((memory.heapUsed + memory.arrayBuffers) / total).toFixed(1)} bytes per row`,
  );
  void stream; // the validator (and its uniqueness table) is still reachable here, so it is measured
}

async function pushLoop(): Promise<void> {
  // The same rows pre-generated, then a tight push loop (validation only, no async machinery).
  const batches: Record<string, string>[][] = [];
  for await (const batch of generateVisits(Math.min(total, 200_000), batchSize)) batches.push(batch);
  for (let round = 1; round <= 3; round += 1) {
    const validator = createValidator("health_care_visit", { dates });
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    let rows = 0;
    for (const batch of batches) {
      for (const raw of batch) {
        validator.push(raw);
        rows += 1;
      }
    }
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `createValidator().push tight loop, round ${round}, ${rows.toLocaleString("en")} pre-generated rows: ` +
        `${Math.round(rows / elapsed).toLocaleString("en")} rows/s wall, ` +
        `${Math.round(rows / cpuSeconds).toLocaleString("en")} rows/CPU s`,
    );
  }
}

await pipeline();
await pushLoop();

/**
 * Benchmark of the CSV reader (issue 10): generates 1 M-row CSV files in a temporary folder and reads
 * them through `readTable`, printing rows per second (wall clock and CPU time, since the machine may be
 * shared). Not a test; run it from the repository root with
 *
 *     node --import tsx packages/adapters/bench/read-csv.ts [rows]
 *
 * (`@virta/core` resolves to its build: run `pnpm build` first.) The target for read + validate is
 * ≥ 1 M rows/s, so reading alone should reach several M rows/s on simple files.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTable } from "../src/readers/read-table";

const rows = Number(process.argv[2] ?? 1_000_000);

/** Two shapes: a realistic 11-column visit export (every 50th row quoted) and a simple 4-column file. */
const shapes = {
  "visits, 11 columns": {
    header:
      "visit_id,client_id,organizer,municipality,visit_date,service_branch,professional_group,urgency," +
      "need_assessment_date,birth_date,sex",
    line(i: number): string {
      const day = String((i % 28) + 1).padStart(2, "0");
      const month = String((i % 12) + 1).padStart(2, "0");
      const branch = i % 50 === 0 ? '"primary, nursing"' : "primary";
      return (
        `V${i},C${i % 97_331},${(i % 21) + 1},${(i % 300) + 1},2024-${month}-${day},${branch},nurse,non_urgent,` +
        `2024-${month}-01,19${(i % 90) + 10}-05-17,${i % 2 === 0 ? "female" : "male"}`
      );
    },
  },
  "simple, 4 columns": {
    header: "visit_id,organizer,visit_date,sex",
    line: (i: number): string =>
      `V${i},${(i % 21) + 1},2024-03-${String((i % 28) + 1).padStart(2, "0")},${i % 2 === 0 ? "female" : "male"}`,
  },
};

async function bench(folder: string, name: string, shape: { header: string; line(i: number): string }): Promise<void> {
  const path = join(folder, "bench.csv");
  const lines: string[] = [shape.header];
  for (let i = 1; i <= rows; i++) lines.push(shape.line(i));
  const text = lines.join("\n") + "\n";
  lines.length = 0;
  await writeFile(path, text);
  const megabytes = text.length / 1e6;
  for (let run = 1; run <= 3; run++) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const table = await readTable(path);
    let count = 0;
    for await (const batch of table.batches()) count += batch.length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    if (count !== rows) throw new Error(`read ${count} rows, expected ${rows}`);
    console.log(
      `${name}, run ${run}: ${count} rows (${megabytes.toFixed(0)} MB) in ${seconds.toFixed(3)} s = ` +
        `${(count / seconds / 1e6).toFixed(2)} M rows/s (${(count / cpuSeconds / 1e6).toFixed(2)} M rows per ` +
        "CPU-second), " +
        `${(megabytes / seconds).toFixed(0)} MB/s`,
    );
  }
}

const folder = await mkdtemp(join(tmpdir(), "virta-bench-"));
try {
  for (const [name, shape] of Object.entries(shapes)) await bench(folder, name, shape);
} finally {
  await rm(folder, { recursive: true, force: true });
}

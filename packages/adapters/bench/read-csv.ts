/**
 * Benchmark of the CSV reader (issue 10): generates a 1 M-row visit-shaped CSV in a temporary folder
 * and reads it through `readTable`, printing rows per second. Not a test; run it with
 *
 *     node --import tsx packages/adapters/bench/read-csv.ts [rows]
 *
 * The target for read + validate is ≥ 1 M rows/s, so reading alone should reach several M rows/s.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTable } from "../src/readers/read-table";

const rows = Number(process.argv[2] ?? 1_000_000);
const header = "visit_id,client_id,organizer,municipality,visit_date,service_branch,professional_group,urgency,need_assessment_date,birth_date,sex\n";

function line(i: number): string {
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String((i % 12) + 1).padStart(2, "0");
  // Every 50th row has a quoted field, as real exports have now and then.
  const branch = i % 50 === 0 ? '"primary, nursing"' : "primary";
  return `V${i},C${i % 97_331},${(i % 21) + 1},${(i % 300) + 1},2024-${month}-${day},${branch},nurse,non_urgent,2024-${month}-01,19${(i % 90) + 10}-05-17,${i % 2 === 0 ? "female" : "male"}\n`;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "virta-bench-"));
  const path = join(folder, "visits.csv");
  try {
    const parts: string[] = [header];
    for (let i = 1; i <= rows; i++) parts.push(line(i));
    await writeFile(path, parts.join(""));
    const megabytes = parts.reduce((sum, part) => sum + part.length, 0) / 1e6;
    parts.length = 0;
    for (let run = 1; run <= 3; run++) {
      const started = process.hrtime.bigint();
      const table = await readTable(path, { requiredColumns: ["visit_id", "visit_date"] });
      let count = 0;
      for await (const batch of table.rows()) count += batch.length;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (count !== rows) throw new Error(`read ${count} rows, expected ${rows}`);
      console.log(
        `run ${run}: ${count} rows (${megabytes.toFixed(0)} MB) in ${seconds.toFixed(3)} s = ` +
          `${(count / seconds / 1e6).toFixed(2)} M rows/s, ${(megabytes / seconds).toFixed(0)} MB/s`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();

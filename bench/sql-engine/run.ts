/**
 * Benchmark (issue 6): the DuckDB engine beside the in-memory engine on generated, already-validated
 * visits (1 M and 10 M rows; `--sizes 100000,1000000` to choose), for
 * availability.primary_care.within_14_days by organizer and age group. The DuckDB time includes
 * loading the rows through the appender. Run: `node --import tsx bench/sql-engine/run.ts`.
 */
import { evaluateInMemory, finalizeRows, planComputation, type Row } from "../../packages/core/src/index";
import { primaryCareWithin14Days } from "../../packages/indicators/src/index";
import { createDuckDbEngine } from "../../packages/adapters/src/sql/duckdb-engine";

const BATCH = 65_536;
const ORGANIZERS = ["01", "02", "03", "08", "14", "90"];

/** Deterministic rows (a linear congruential generator), made batch by batch so 10 M fit in memory. */
function* visits(count: number): Generator<Row[]> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let start = 0; start < count; start += BATCH) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const assessed = 19723 + Math.floor(next() * 366); // 2024
      rows.push({
        visit_id: `v${i}`,
        client_id: `c${i % 50_000}`,
        birth_date: -3000 + Math.floor(next() * 22000),
        sex: next() < 0.5 ? "male" : "female",
        municipality_code: "167",
        organizer_code: ORGANIZERS[Math.floor(next() * ORGANIZERS.length)]!,
        service_branch: next() < 0.9 ? "primary_care" : "oral_care",
        professional_group: "doctor",
        urgency: next() < 0.8 ? "non_urgent" : "urgent",
        contact_mode: "in_person",
        need_assessment_date: assessed,
        visit_date: assessed + Math.floor(next() * 40),
      });
    }
    yield rows;
  }
}

async function* asAsync(count: number): AsyncGenerator<Row[]> {
  for (const batch of visits(count)) yield batch;
}

const sizes = (
  process.argv.includes("--sizes") ? process.argv[process.argv.indexOf("--sizes") + 1]! : "1000000,10000000"
)
  .split(",")
  .map(Number);
const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer", "age_group"] });
const table: Array<Record<string, string>> = [];
for (const size of sizes) {
  let started = performance.now();
  const memory = finalizeRows(plan, (await evaluateInMemory(plan, { health_care_visit: asAsync(size) })).cells).rows;
  const memoryMs = performance.now() - started;
  started = performance.now();
  const duck = (await createDuckDbEngine().evaluate(plan, { health_care_visit: asAsync(size) })).rows;
  const duckMs = performance.now() - started;
  table.push({
    visits: size.toLocaleString("en"),
    "in-memory s": (memoryMs / 1000).toFixed(1),
    "duckdb s (load + query)": (duckMs / 1000).toFixed(1),
    "rows identical": String(JSON.stringify(memory) === JSON.stringify(duck)),
  });
}
console.table(table);

/**
 * The benchmark of issue 8: the availability catalogue on generated data (bench/generate.ts) by the
 * in-memory engine, by DuckDB (the SQL engine of `@virta/adapters` over the same data) and by a
 * hand-written typed-array loop; every engine's numbers are checked against the others before a time
 * is printed. Ratios, not absolute times, are the figures to track. Every path is the product's
 * (issue 14): files are read by `readTable` into column batches, validated by `pushColumns` into the
 * engine's columnar chunks and computed by the in-memory engine, as `compute` and `virta compute --data`
 * do; the catalogue is timed on those chunks kept in memory.
 *
 *   pnpm bench                      # the full run: 1e5, 1e6 and 1e7 (issue 14)
 *   pnpm bench --quick              # 1e5 and 1e6, under two minutes
 *   pnpm bench --sizes 1e5          # any sizes
 *
 * Writes bench/results/latest.json and bench/results/latest.md.
 */
import { cpus, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createDuckDbFileEngine, readTable, runCompiledPlan, runPlanOnDuckDbFiles } from "@virta/adapters";
import {
  duckdbDialect,
  evaluateInMemory,
  finalizeRows,
  planComputation,
  type ColumnarTable,
  type Definition,
  type Plan,
} from "@virta/core";
import { compute, DEFINITIONS, type Engine } from "@virta/indicators";
import { duckdb, generateCsv, generateParquet, sizeLabel } from "./generate";
import { THREE } from "./hand-written";
import { describe, perIndicator } from "./per-indicator";
import { markdown } from "./markdown";
import {
  loadColumnar,
  numbersOf,
  sameNumbers,
  seconds,
  streamOf,
  streamValidate,
  timed,
  type Numbers,
} from "./columnar";
import { coldProcesses } from "./pipeline/processes";
import { validateAlone } from "./validate-stream/alone";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "results");
const PERIOD = "2024";
/** The indicator timed end to end (one, so that --quick stays under two minutes). */
const E2E = "availability.primary_care.within_14_days";

interface Args {
  sizes: number[];
}
function parseArgs(argv: string[]): Args {
  let sizes = [1e5, 1e6, 1e7];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") sizes = [1e5, 1e6];
    else if (argv[i] === "--sizes") sizes = argv[++i]!.split(",").map(Number);
    else throw new Error(`unknown flag ${argv[i]}: use --sizes 1e5,1e6 or --quick`);
  }
  if (sizes.some((size) => !Number.isFinite(size) || size < 1))
    throw new Error("--sizes takes numbers such as 1e5,1e6");
  return { sizes };
}

/** Every (indicator, breakdown) the benchmark computes, and what it had to skip. */
function catalogue(concepts: Set<string>): {
  runs: Array<{ definition: Definition; by: string[] }>;
  skipped: string[];
} {
  const runs: Array<{ definition: Definition; by: string[] }> = [];
  const skipped: string[] = [];
  for (const definition of DEFINITIONS.filter((d) => d.area === "availability")) {
    if (!definition.concepts.every((concept) => concepts.has(concept))) {
      skipped.push(`${definition.id} (no generated ${definition.concepts.join(", ")} data)`);
      continue;
    }
    for (const by of [
      ["organizer", "age_group"],
      ["organizer", "month"],
    ]) {
      if (by.every((name) => definition.breakdowns[name])) runs.push({ definition, by });
      else skipped.push(`${definition.id} by ${by.join(",")} (breakdown not allowed)`);
    }
  }
  return { runs, skipped };
}

function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/**
 * End to end for one share (read + validate + compute), timed first in each size's run so that the heap holds
 * nothing else, as in a `virta compute --data` process; DuckDB over the same files.
 */
async function endToEndOf(
  csv: Record<string, string>,
  parquet: Record<string, string>,
): Promise<{ endToEnd: Record<string, number>; peakHeap: number }> {
  // End to end for one share: read + validate + compute, from CSV and Parquet; DuckDB over the same files.
  // `validated_duckdb_*` is `virta compute --engine duckdb --data FILE`: DuckDB reads, validates (F34) and computes.
  const endToEnd: Record<string, number> = {
    memory_csv: 0,
    memory_parquet: 0,
    duckdb_csv: 0,
    duckdb_parquet: 0,
    validated_duckdb_csv: 0,
    validated_duckdb_parquet: 0,
  };
  let peakHeap = 0;
  for (const id of [E2E]) {
    const definition = DEFINITIONS.find((d) => d.id === id)!;
    const options = { period: PERIOD, by: ["organizer", "age_group"], suppress: false };
    const plan: Plan = planComputation(definition, options);
    const results: Record<string, Numbers> = {};
    for (const [format, path] of [
      ["csv", csv.health_care_visit],
      ["parquet", parquet.health_care_visit],
    ] as const) {
      gc();
      const base = process.memoryUsage().heapUsed;
      const sampler = setInterval(() => {
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - base);
      }, 20);
      const [result, ms] = await timed(async () => {
        const table = await readTable(path);
        return compute(definition, { ...options, data: { health_care_visit: table } });
      });
      clearInterval(sampler);
      endToEnd[`memory_${format}`]! += ms;
      results[`memory_${format}`] = numbersOf(result.rows, ["organizer", "age_group"]);
      const [duck, duckE2e] = await timed(() => runPlanOnDuckDbFiles(plan, { health_care_visit: { path, format } }));
      endToEnd[`duckdb_${format}`]! += duckE2e;
      results[`duckdb_${format}`] = numbersOf(duck.rows!, ["organizer", "age_group"]);
      const files = { health_care_visit: path };
      const engine = createDuckDbFileEngine({ files }) as Engine;
      const [validated, validatedMs] = await timed(() =>
        compute(definition, { ...options, data: {}, engine, sources: files }),
      );
      endToEnd[`validated_duckdb_${format}`]! += validatedMs;
      results[`validated_duckdb_${format}`] = numbersOf(validated.rows, ["organizer", "age_group"]);
      if (JSON.stringify(validated.input) !== JSON.stringify(result.input))
        throw new Error(`${id} ${format}: DuckDB's validation counts differ from the embedded validator's`);
    }
    // The file engines see no validation: the generated rows are valid, so all four must agree.
    for (const key of Object.keys(results)) sameNumbers(results.memory_csv!, results[key]!, `${id} end to end ${key}`);
  }
  console.log(
    `end to end (within_14_days): ${Object.entries(endToEnd)
      .map(([k, v]) => `${k} ${seconds(v)} s`)
      .join(", ")}`,
  );

  return { endToEnd, peakHeap };
}

async function benchSize(size: number): Promise<Record<string, unknown>> {
  const label = sizeLabel(size);
  console.log(`\n== ${label} visits`);
  const [csv, generateMs] = await timed(() => generateCsv(size));
  const parquet = await generateParquet(csv);
  console.log(`data ready (${seconds(generateMs)} s to generate or find)`);
  const { endToEnd, peakHeap } = await endToEndOf(csv, parquet);

  const heapBefore = heapUsed();
  const visits = await loadColumnar(csv.health_care_visit, "health_care_visit");
  const heapAfter = heapUsed();
  // CSV read + validate as `virta validate` streams it (issue 14's throughput; nothing kept).
  const streamed = await streamValidate(csv.health_care_visit, "health_care_visit");
  const social = await loadColumnar(csv.social_care_assessment, "social_care_assessment");
  const chunks: Record<string, readonly ColumnarTable[]> = {
    health_care_visit: visits.chunks,
    social_care_assessment: social.chunks,
  };
  const tables = (): Record<string, Iterable<ColumnarTable>> =>
    Object.fromEntries(Object.entries(chunks).map(([concept, list]) => [concept, streamOf(list)]));
  const csvRowsPerSecond = Math.round(streamed.rows / (streamed.ms / 1000));
  // Validate alone (issue 13): batches streamed, only `pushColumns` timed; best of 3 rounds (1 at 1e7).
  const alone = await validateAlone(csv.health_care_visit, { rounds: size > 2e6 ? 1 : 3, streamed: true });
  const best = alone.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const validateRowsPerSecond = Math.round(best.rows / best.seconds);
  console.log(
    `CSV read + validate, streamed: ${streamed.rows} rows in ${seconds(streamed.ms)} s = ` +
      `${csvRowsPerSecond} rows/s (held for the catalogue: ${seconds(visits.ms)} s) ` +
      `(validate alone, streamed: ${validateRowsPerSecond} rows/s, ` +
      `key table ${best.bytesPerKey.toFixed(1)} B/key); columnar ` +
      `chunks ${Math.round((heapAfter - heapBefore) / visits.rows)} B/row`,
  );

  // DuckDB: the same data in a typed in-memory table (loaded from the Parquet file).
  const { DuckDBInstance } = duckdb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const concept of ["health_care_visit", "social_care_assessment"] as const) {
    await connection.run(`CREATE TABLE ${concept} AS SELECT * FROM read_parquet('${parquet[concept]}')`);
  }
  const runner = async (query: { text: string; parameters: unknown[] }) =>
    (await connection.runAndReadAll(query.text, query.parameters as never)).getRowObjectsJson() as Array<
      Record<string, unknown>
    >;

  const { runs, skipped } = catalogue(new Set(Object.keys(chunks)));
  let memoryMs = 0;
  let duckMs = 0;
  let threeMemoryMs = 0;
  let threeDuckMs = 0;
  for (const { definition, by } of runs) {
    const plan = planComputation(definition, { period: PERIOD, by, suppress: false });
    // The generated row loop, the in-memory engine's one fast path (issue 14).
    const [output, ms] = await timed(() => evaluateInMemory(plan, tables()));
    const memoryRows = finalizeRows(plan, output.cells).rows;
    const [duck, duckRunMs] = await timed(() =>
      runCompiledPlan(
        plan,
        duckdbDialect,
        { tables: Object.fromEntries(definition.concepts.map((c) => [c, { table: [c] }])) },
        runner as never,
      ),
    );
    sameNumbers(
      numbersOf(
        memoryRows,
        plan.dimensions.map((d) => d.name),
      ),
      numbersOf(
        duck.rows!,
        plan.dimensions.map((d) => d.name),
      ),
      `${definition.id} by ${by}`,
    );
    memoryMs += ms;
    duckMs += duckRunMs;
    if (THREE.includes(definition.id) && by[1] === "age_group") {
      threeMemoryMs += ms;
      threeDuckMs += duckRunMs;
    }
  }
  connection.closeSync();

  // The hand-written loops (issue 14: the target is per indicator): each share's own loop against the engine,
  // best of 5 alternate rounds (3 at 1e7), and the one loop computing all three; every cell checked first.
  const hand = await perIndicator(visits.chunks, PERIOD, size > 1e6 ? 3 : 5);
  console.log(
    `compute in memory: catalogue (${runs.length} runs) memory ${seconds(memoryMs)} s, DuckDB ${seconds(duckMs)} s; ` +
      `three shares (in the catalogue) memory ${seconds(threeMemoryMs)} s, DuckDB ${seconds(threeDuckMs)} s ` +
      `— all agree; ` +
      `against the hand-written loops (best of ${size > 1e6 ? 3 : 5}):\n${describe(hand)}`,
  );

  // Whole cold CLI processes on this size's files (issues 13 and 14) at 1e6 and 2e6; the full run adds
  // issue 14's 2 M-row file after the sizes (at 1e7 seven commands × 3 rounds would take minutes).
  const cold = size >= 1e6 && size <= 2e6;
  if (cold) gc(); // this process's garbage collected first, not by V8's threads beside the timed processes
  const processes = cold ? coldProcesses({ csv: csv.health_care_visit, parquet: parquet.health_care_visit }) : null;
  if (processes) console.log(`cold processes (best of 3, wall s): ${JSON.stringify(processes)}`);

  return {
    size,
    label,
    rows: visits.rows,
    catalogue_runs: runs.length,
    skipped,
    csv_read_validate: {
      seconds: seconds(streamed.ms),
      rows_per_second: csvRowsPerSecond,
      held_seconds: seconds(visits.ms),
    },
    validate_alone: {
      seconds: Math.round(best.seconds * 1000) / 1000,
      cpu_seconds: Math.round(best.cpuSeconds * 1000) / 1000,
      rows_per_second: validateRowsPerSecond,
      key_table_bytes_per_key: Math.round(best.bytesPerKey * 10) / 10,
    },
    cold_processes: processes,
    compute_in_memory: {
      catalogue: {
        memory_s: seconds(memoryMs),
        duckdb_s: seconds(duckMs),
        memory_rows_per_s: Math.round((visits.rows * runs.length) / (memoryMs / 1000)),
      },
      three_shares: {
        memory_s: seconds(threeMemoryMs),
        duckdb_s: seconds(threeDuckMs),
        memory_best_s: hand.combined.memory_s,
        hand_written_one_pass_s: hand.combined.hand_written_s,
      },
      ratio_memory_to_duckdb: Math.round((memoryMs / duckMs) * 100) / 100,
      ratio_three_memory_to_one_pass_hand_written: hand.combined.ratio,
      per_indicator: hand.indicators,
    },
    end_to_end_within_14_days: Object.fromEntries(Object.entries(endToEnd).map(([k, v]) => [`${k}_s`, seconds(v)])),
    ratio_e2e_csv_memory_to_duckdb: Math.round((endToEnd.memory_csv! / endToEnd.duckdb_csv!) * 100) / 100,
    ratio_e2e_parquet_memory_to_duckdb: Math.round((endToEnd.memory_parquet! / endToEnd.duckdb_parquet!) * 100) / 100,
    ratio_e2e_csv_memory_to_validated_duckdb:
      Math.round((endToEnd.memory_csv! / endToEnd.validated_duckdb_csv!) * 100) / 100,
    ratio_e2e_parquet_memory_to_validated_duckdb:
      Math.round((endToEnd.memory_parquet! / endToEnd.validated_duckdb_parquet!) * 100) / 100,
    heap_bytes_per_row: {
      columnar_table: Math.round((heapAfter - heapBefore) / visits.rows),
      streaming_compute_peak: Math.round(peakHeap / visits.rows),
    },
    peak_rss_mb_so_far: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function machine(): Record<string, unknown> {
  const model =
    /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown";
  return { cpu: model, cores: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version };
}

const { sizes } = parseArgs(process.argv.slice(2));
const results: Array<Record<string, unknown>> = [];
for (const size of sizes) results.push(await benchSize(size));
const coldRows: Array<Record<string, unknown>> = [];
if (Math.max(...sizes) >= 1e7 && !sizes.includes(2e6)) {
  // Issue 14's measure: whole cold processes on a 2 M-row file (CSV and Parquet of the same rows).
  const csv2m = await generateCsv(2e6);
  const parquet2m = await generateParquet(csv2m);
  // The 1e7 run's garbage (gigabytes) collected now, not by V8's background threads on the two cores
  // while the cold processes are timed.
  gc();
  const cold = coldProcesses({ csv: csv2m.health_care_visit, parquet: parquet2m.health_care_visit });
  if (cold) coldRows.push({ size: 2e6, label: "2e6", rows: 2e6, cold_processes: cold });
}
const host = machine();
mkdirSync(RESULTS, { recursive: true });
writeFileSync(
  join(RESULTS, "latest.json"),
  `${JSON.stringify({ machine: host, results, cold_processes_2m: coldRows[0] ?? null }, null, 2)}\n`,
);
// Dated measurement notes below the marker (hand-written by whoever measured) are kept across runs.
const NOTES_MARKER = "<!-- measurement notes: kept by pnpm bench -->";
const latestPath = join(RESULTS, "latest.md");
const previous = existsSync(latestPath) ? readFileSync(latestPath, "utf8") : "";
const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
const table = markdown(results as never, host, coldRows as never);
writeFileSync(join(RESULTS, "latest.md"), `${table}\n${notes}`);
console.log(`\n${table}`);

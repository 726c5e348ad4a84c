/**
 * `pnpm fuzz` — the long run of the fuzzing harness (issue 20), for nightly use: fresh seeds (or
 * `--seed N` to replay one), more rows and more file mutations than the CI part, every engine
 * (PostgreSQL when VIRTA_PG_URL or the local test server answers). Prints each seed before it runs
 * and, on a broken invariant, the seed and the command that replays it; exits 1 then.
 *
 *   pnpm fuzz                       # 3 rounds of fresh seeds, 40 000 rows per concept each
 *   pnpm fuzz --seed 12345          # replay one seed
 *   pnpm fuzz --rounds 10 --rows 100000 --files 40
 */
import { parseArgs } from "node:util";
import type { Engine } from "@virta/indicators";
import { createDuckDbEngine, createPostgresEngine } from "@virta/adapters";
import { postgresAvailable, postgresUrl } from "../packages/adapters/src/sql/test-support/postgres-url";
import { fuzzFiles } from "./files";
import { FuzzFailure, fuzzRows } from "./harness";

const { values } = parseArgs({
  options: {
    seed: { type: "string" },
    rounds: { type: "string", default: "3" },
    rows: { type: "string", default: "40000" },
    files: { type: "string", default: "30" },
  },
});
const engines: Engine[] = [createDuckDbEngine() as Engine];
if (await postgresAvailable()) engines.push(createPostgresEngine({ url: postgresUrl() }) as Engine);
else console.error("pnpm fuzz: no PostgreSQL answers (VIRTA_PG_URL): memory, reference and DuckDB only");
const seeds =
  values.seed !== undefined
    ? [Number(values.seed)]
    : Array.from({ length: Number(values.rounds) }, () => Math.floor(Math.random() * 2 ** 31));
for (const seed of seeds) {
  console.log(`fuzz seed ${seed}`);
  try {
    const started = Date.now();
    const rows = await fuzzRows({ seed, rowsPerConcept: Number(values.rows), engines });
    const files = await fuzzFiles({ seed, mutationsPerFormat: Number(values.files), engines: ["memory", "duckdb"] });
    console.log(`  ${JSON.stringify({ ...rows, fileRuns: files.runs, exitCodes: files.exitCodes })}`);
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`FAILED with seed ${seed}: ${(error as Error).message}`);
    if (!(error instanceof FuzzFailure)) console.error((error as Error).stack);
    console.error(`replay: pnpm fuzz --seed ${seed}`);
    process.exit(1);
  }
}
process.exit(0);

/**
 * The CI part of the fuzzing harness (issue 20): ≥ 100 000 generated malformed rows of the eight
 * concepts through validate and compute on every engine, and structural mutations of CSV, JSON,
 * NDJSON and Parquet files through the command line. A fixed seed by default (so main stays
 * reproducible); `FUZZ_SEED=n` replays another; `pnpm fuzz` runs longer with fresh seeds.
 */
import { describe, expect, it } from "vitest";
import type { Engine } from "@virta/indicators";
import { createDuckDbEngine, createPostgresEngine } from "@virta/adapters";
import { postgresAvailable } from "../packages/adapters/src/sql/test-support/postgres-url";
import { fuzzRows, unmaskedIdentityCodes } from "./harness";
import { fuzzFiles } from "./files";

const SEED = Number(process.env.FUZZ_SEED ?? 20_2026);
const pgUrl = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
const pgReady = process.env.CI !== undefined || (await postgresAvailable());
if (!pgReady) console.warn("fuzz.test: no PostgreSQL and not in CI: the postgres engine is left out");
const engines: Engine[] = [
  createDuckDbEngine() as Engine,
  ...(pgReady ? [createPostgresEngine({ url: pgUrl }) as Engine] : []),
];

describe(`fuzzing (seed ${SEED})`, () => {
  it("the identity-code detector finds what the harness plants", () => {
    expect(unmaskedIdentityCodes("row 3: 131052-308T and 13*********")).toEqual(["131052-308T"]);
    expect(unmaskedIdentityCodes("131052-308U")).toEqual([]);
  });

  it("≥ 100 000 malformed rows of all eight concepts: validate and compute on every engine", async () => {
    const report = await fuzzRows({ seed: SEED, rowsPerConcept: 15_000, engines });
    console.log(`fuzz rows: ${JSON.stringify(report)}`);
    expect(report.malformedRows).toBeGreaterThanOrEqual(100_000);
    expect(report.engines).toEqual(["memory", "reference", "duckdb", ...(pgReady ? ["postgres"] : [])]);
  }, 240_000);

  it("structural mutations of CSV, JSON, NDJSON and Parquet files through the command line", async () => {
    const report = await fuzzFiles({ seed: SEED, mutationsPerFormat: 12, engines: ["memory", "duckdb"] });
    console.log(`fuzz files: ${JSON.stringify(report)}`);
    expect(report.runs).toBeGreaterThan(0);
  }, 240_000);
});

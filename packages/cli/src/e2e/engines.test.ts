/**
 * End-to-end tests of `--engine` (interfaces.md): the SQL engines of `@virta/adapters` give the same
 * hand-checked rows and accounting as the in-memory engine (README rule 1, identical values).
 * PostgreSQL runs against VIRTA_PG_URL (CI) or the local server `.ci/services.sh` starts; as in the
 * adapters' deck tests, outside CI a missing server skips that one case with a printed reason.
 */
import { connect } from "node:net";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder, writeInput } from "../test-support/run-cli";
import { EXPECTED_INPUT, EXPECTED_ROWS, INDICATOR, visitsCsv } from "./fixtures";

const PG_URL = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";

function serverAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 1500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const pgReady = process.env.CI !== undefined || (await serverAnswers(PG_URL));
if (!pgReady)
  console.warn(`engines.test: no PostgreSQL at ${PG_URL} and not in CI: the --engine postgres case is skipped`);

let csv: string;

beforeAll(() => {
  csv = writeInput(tempFolder(), "visits.csv", visitsCsv());
});

describe("virta compute --engine", () => {
  it("duckdb gives the hand-checked rows and accounting", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--engine",
      "duckdb",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rows).toEqual(EXPECTED_ROWS);
    expect(result.input).toEqual(EXPECTED_INPUT);
  });

  it.skipIf(!pgReady)("postgres gives the hand-checked rows and accounting", async () => {
    const run = await runCli(
      ["compute", INDICATOR, "--data", csv, "--period", "2024", "--by", "organizer", "--engine", "postgres"],
      undefined,
      { VIRTA_PG_URL: PG_URL },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rows).toEqual(EXPECTED_ROWS);
    expect(result.input).toEqual(EXPECTED_INPUT);
  });

  it("postgres without a connection string is a usage error naming the variables", async () => {
    const run = await runCli(
      ["compute", INDICATOR, "--data", join(csv), "--period", "2024", "--engine", "postgres"],
      undefined,
      { VIRTA_PG_URL: "", DATABASE_URL: "" },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--engine postgres needs a connection string in VIRTA_PG_URL or DATABASE_URL");
  });

  it("an unknown engine lists the three", async () => {
    const run = await runCli(["compute", INDICATOR, "--data", csv, "--period", "2024", "--engine", "spark"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--engine "spark": expected memory, duckdb or postgres');
  });
});

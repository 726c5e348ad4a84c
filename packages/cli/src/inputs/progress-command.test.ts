/**
 * `virta validate` and `virta compute --data` show reading progress on a terminal (issue 14: a 50 M-row
 * extract must show progress; interfaces.md: on stderr, never stdout, only when stderr is a terminal);
 * with `--engine duckdb --data` and `--db`, the database's statements and their progress.
 * Run in-process with a fake terminal (`memoryIo(true)`) and a clock that moves three seconds per look,
 * so the two quiet seconds pass at once; the same runs without a terminal write nothing to stderr and the
 * same stdout.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryIo } from "../cli/io";
import { run } from "../cli/run";
import { INDICATOR, VISIT_ROWS, visitsCsv } from "../e2e/fixtures";

const file = join(mkdtempSync(join(tmpdir(), "virta-progress-")), "visits.csv");
writeFileSync(file, visitsCsv());

/** Runs the CLI with stderr a terminal or not, the clock moving 3 s at every `Date.now()`. */
async function runWith(argv: string[], terminal: boolean) {
  let time = 1_000_000;
  vi.spyOn(Date, "now").mockImplementation(() => (time += 3000));
  const io = memoryIo(terminal);
  const code = await run(argv, io);
  vi.restoreAllMocks();
  return { code, stdout: io.stdout, stderr: io.stderr };
}

// One progress line for the file's one batch of 15 records, then the line cleared (`\r`, erase to end).
const PROGRESS = new RegExp(
  `^\\rhealth_care_visit ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${VISIT_ROWS.length} rows read ` +
    "\\(\\d+ rows/s\\)\\u001b\\[K\\r\\u001b\\[K$",
);

describe("reading progress on a terminal (issue 14)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("virta validate: a progress line on stderr, cleared; nothing on stderr without a terminal", async () => {
    const argv = ["validate", "health_care_visit", file];
    const terminal = await runWith(argv, true);
    const piped = await runWith(argv, false);
    expect(terminal.stderr).toMatch(PROGRESS);
    expect(piped.stderr).toBe("");
    expect([terminal.code, piped.code]).toEqual([1, 1]); // v12 is rejected (visit_before_assessment)
    expect(terminal.stdout).toBe(piped.stdout);
    expect(terminal.stdout).toContain("health_care_visit " + file + ": 15 rows read, 14 valid, 1 rejected");
  });

  it("virta compute --data: the same progress line; stdout identical to a run without a terminal", async () => {
    const argv = ["compute", INDICATOR, "--data", `health_care_visit=${file}`, "--period", "2024", "--by", "organizer"];
    const terminal = await runWith(argv, true);
    const piped = await runWith(argv, false);
    expect(terminal.stderr).toMatch(PROGRESS);
    expect(piped.stderr).toBe("");
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toBe(piped.stdout);
    expect(terminal.stdout).not.toMatch(/\r|\u001b/);
  });

  it("virta compute --engine duckdb --data: DuckDB's statements on the line, cleared; stdout the same", async () => {
    const argv = ["compute", INDICATOR, "--data", `health_care_visit=${file}`, "--period", "2024", "--by", "organizer"];
    const terminal = await runWith([...argv, "--engine", "duckdb"], true);
    const piped = await runWith([...argv, "--engine", "duckdb"], false);
    const embedded = await runWith(argv, false);
    // Every statement reads the CSV file in place (no key repeats, so no table is loaded first).
    const label = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const line = (what: string) => `\\r${label}: DuckDB statement \\d+, ${what}, (\\d+%, )?\\d+ s\\u001b\\[K`;
    expect(terminal.stderr).toMatch(new RegExp(`^(${line("validating and computing")})+\\r\\u001b\\[K$`));
    expect(piped.stderr).toBe("");
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toBe(piped.stdout);
    expect(terminal.stdout).toBe(embedded.stdout);
  });

  it("virta compute --db (a DuckDB database file): the warehouse's statements on the line, cleared", async () => {
    const database = join(mkdtempSync(join(tmpdir(), "virta-progress-db-")), "warehouse.duckdb");
    const instance = await DuckDBInstance.create(database);
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE visits AS SELECT * FROM read_csv('${file}', all_varchar = true)`);
    connection.closeSync();
    instance.closeSync();
    const common = [INDICATOR, "--period", "2024", "--by", "organizer"];
    const argv = [
      "compute",
      ...common,
      "--engine",
      "duckdb",
      "--db",
      database,
      "--table",
      "health_care_visit=main.visits",
    ];
    const terminal = await runWith(argv, true);
    const piped = await runWith(argv, false);
    const embedded = await runWith(["compute", ...common, "--data", `health_care_visit=${file}`], false);
    const line = "\\rmain\\.visits: DuckDB statement \\d+, validating and computing, (\\d+%, )?\\d+ s\\u001b\\[K";
    expect(terminal.stderr).toMatch(new RegExp(`^(${line})+\\r\\u001b\\[K$`));
    expect(piped.stderr).toBe("");
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toBe(piped.stdout);
    expect(terminal.stdout).toBe(embedded.stdout);
  });
});

/**
 * Worker threads started at launch (`CsvWorkerStarts`, issue 14): a thread is started only for a file
 * the CSV reader scans in one (a `.csv` file of at least 4 MiB), the reader's first read takes it and
 * gives the same batches as a thread started by the reader, and the threads not taken end on `close`.
 */
import { statSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CsvWorkerStarts } from "@virta/adapters/worker-start";
import { readTable } from "../read-table";
import { allRows, tempFolder } from "../test-support/temp-files";
import { WORKER_MIN_BYTES } from "./worker-start";

/** Rows of about 22 bytes: a file of more than 4 MiB. */
const ROWS = 220_000;

let folder: Awaited<ReturnType<typeof tempFolder>>;
let large: string;
let small: string;
beforeAll(async () => {
  folder = await tempFolder();
  const lines = ["visit_id,visit_date,organizer_code"];
  for (let row = 0; row < ROWS; row++) lines.push(`v${row},2024-0${(row % 9) + 1}-1${row % 10},${10 + (row % 7)}`);
  large = await folder.write("large.csv", lines.join("\n") + "\n");
  small = await folder.write("small.csv", lines.slice(0, 100).join("\n") + "\n");
  expect(statSync(large).size).toBeGreaterThan(WORKER_MIN_BYTES);
});
afterAll(() => folder.remove());

describe("CsvWorkerStarts", () => {
  it("starts threads only for CSV files the reader scans in a thread", async () => {
    const json = await folder.write("large.json", "[]".padEnd(WORKER_MIN_BYTES + 1, " "));
    const starts = CsvWorkerStarts.forFiles([small, json, `${folder.path}/missing.csv`, large, large]);
    expect(starts.take(small)).toBeNull();
    expect(starts.take(json)).toBeNull();
    expect(starts.take(`${folder.path}/missing.csv`)).toBeNull();
    const worker = starts.take(`${folder.path}/./large.csv`); // the same file, however it is named
    expect(worker).not.toBeNull();
    expect(starts.take(large)).toBeNull(); // taken once
    await worker!.terminate();
  });

  it("gives the reader's first read its thread, with the same batches as a thread the reader starts", async () => {
    const expected = await allRows(await readTable(large, { dayColumns: ["visit_date"] }));
    const starts = CsvWorkerStarts.forFiles([large]);
    const taken: Array<Worker | null> = [];
    const take = starts.take.bind(starts);
    vi.spyOn(starts, "take").mockImplementation((path) => {
      const worker = take(path);
      taken.push(worker);
      return worker;
    });
    const table = await readTable(large, { dayColumns: ["visit_date"], csvWorkers: starts });
    expect(await allRows(table)).toEqual(expected); // the first read takes the started thread …
    expect(taken).toHaveLength(1);
    expect(taken[0]).not.toBeNull();
    expect(await allRows(table)).toEqual(expected); // … a second read starts its own
    expect(taken).toEqual([taken[0], null]);
    expect(expected).toHaveLength(ROWS);
    expect(expected[0]).toEqual({
      record: 1,
      values: { visit_id: "v0", visit_date: "2024-01-10", organizer_code: "10" },
    });
  });

  it("ends the threads no reader took", async () => {
    const starts = CsvWorkerStarts.forFiles([large]);
    starts.close();
    expect(starts.take(large)).toBeNull();
  });
});

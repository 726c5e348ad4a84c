/** Tests of the stderr progress line: only on a terminal, only after two seconds, cleared at the end. */
import { describe, expect, it } from "vitest";
import { memoryIo } from "../cli/io";
import { columnBatchOfRows } from "@virta/core";
import { createProgress, createStatementProgress, withProgress } from "./progress";

describe("createProgress", () => {
  it("prints nothing when stderr is not a terminal", () => {
    const io = memoryIo(false);
    let time = 0;
    const progress = createProgress(io, "t", () => time);
    time = 10_000;
    progress.add(1000);
    progress.done();
    expect(io.stderr).toBe("");
  });

  it("stays quiet for the first two seconds, then shows rows and rows/s, then clears the line", () => {
    const io = memoryIo(true);
    let time = 0;
    const progress = createProgress(io, "health_care_visit v.csv", () => time);
    time = 1000;
    progress.add(500_000);
    expect(io.stderr).toBe("");
    time = 2500;
    progress.add(750_000); // 1 250 000 rows in 2.5 s = 500 000 rows/s
    expect(io.stderr).toBe("\rhealth_care_visit v.csv: 1,250,000 rows read (500,000 rows/s)\u001b[K");
    time = 2600;
    progress.add(10); // redrawn at most twice a second
    expect(io.stderr.split("\r").length).toBe(2);
    progress.done();
    expect(io.stderr.endsWith("\r\u001b[K")).toBe(true);
  });
});

describe("withProgress", () => {
  it("counts the batches of any source (a warehouse table too) and clears the line when they end", async () => {
    const io = memoryIo(true);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ visit_id: `v${i}` }));
    const source = { batches: () => [columnBatchOfRows(rows(3), "t"), columnBatchOfRows(rows(2), "t", 4)] };
    const now = Date.now;
    let time = 0;
    Date.now = () => (time += 3000); // every look at the clock three seconds later: past the quiet two seconds
    try {
      const lengths: number[] = [];
      for await (const batch of withProgress(source, io, "health_care_visit staging.visits").batches()) {
        lengths.push(batch.length);
      }
      expect(lengths).toEqual([3, 2]);
    } finally {
      Date.now = now;
    }
    // 3 rows after 3 s, then 5 rows after 6 s (≈ 1 row/s): two lines, then cleared.
    expect(io.stderr).toBe(
      "\rhealth_care_visit staging.visits: 3 rows read (1 rows/s)\u001b[K" +
        "\rhealth_care_visit staging.visits: 5 rows read (1 rows/s)\u001b[K\r\u001b[K",
    );
  });
});

describe("createStatementProgress", () => {
  it("shows DuckDB's statement, its step, whole per cents and seconds after two quiet seconds, then clears", () => {
    const io = memoryIo(true);
    let time = 0;
    const progress = createStatementProgress(io, "visits.csv", () => time);
    time = 1500;
    progress.report({ database: "DuckDB", step: "loading", statement: 1, percentage: 12.5 });
    expect(io.stderr).toBe("");
    time = 2100;
    progress.report({ database: "DuckDB", step: "loading", statement: 1, percentage: 99.9 });
    expect(io.stderr).toBe("\rvisits.csv: DuckDB statement 1, loading the file, 99%, 2 s\u001b[K");
    time = 2300;
    // Redrawn at most twice a second: this report is not drawn.
    progress.report({ database: "DuckDB", step: "computing", statement: 2, percentage: 0 });
    time = 2700;
    progress.report({ database: "DuckDB", step: "computing", statement: 3, percentage: 63.2 });
    time = 9200;
    // PostgreSQL gives no estimate: the seconds only.
    progress.report({ database: "PostgreSQL", step: "computing", statement: 4, percentage: 0 });
    expect(io.stderr.split("\r")).toEqual([
      "",
      "visits.csv: DuckDB statement 1, loading the file, 99%, 2 s\u001b[K",
      "visits.csv: DuckDB statement 3, validating and computing, 63%, 2 s\u001b[K",
      "visits.csv: PostgreSQL statement 4, validating and computing, 9 s\u001b[K",
    ]);
    progress.done();
    expect(io.stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("prints nothing when stderr is not a terminal", () => {
    const io = memoryIo(false);
    let time = 0;
    const progress = createStatementProgress(io, "visits.csv", () => time);
    time = 10_000;
    progress.report({ database: "DuckDB", step: "computing", statement: 1, percentage: 50 });
    progress.done();
    expect(io.stderr).toBe("");
  });
});

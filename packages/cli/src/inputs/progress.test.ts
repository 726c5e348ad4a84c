/** Tests of the stderr progress line: only on a terminal, only after two seconds, cleared at the end. */
import { describe, expect, it } from "vitest";
import { memoryIo } from "../cli/io";
import { createProgress } from "./progress";

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

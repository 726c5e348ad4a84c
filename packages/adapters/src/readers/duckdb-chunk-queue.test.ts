import type { DuckDBDataChunk, DuckDBResult } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ChunkQueue, turnEventLoop } from "./duckdb-chunk-queue";

/**
 * A result of `count` chunks (numbered by `rowCount` 1, 2, …) that fails at chunk `failAt`, each fetch
 * resolved on a later turn of the event loop.
 */
function fakeResult(count: number, failAt = Number.POSITIVE_INFINITY) {
  const state = { fetches: 0, concurrent: 0, most: 0 };
  const result = {
    fetchChunk(): Promise<DuckDBDataChunk | null> {
      const index = ++state.fetches;
      state.concurrent++;
      state.most = Math.max(state.most, state.concurrent);
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          state.concurrent--;
          if (index >= failAt) reject(new Error(`chunk ${index} is corrupt`));
          else resolve(index > count ? null : ({ rowCount: index } as DuckDBDataChunk));
        }),
      );
    },
  } as unknown as DuckDBResult;
  return { result, state };
}

describe("ChunkQueue: DuckDB's chunks fetched ahead, in order (issue 14)", () => {
  it("gives every chunk in order, one fetch at a time, at most `depth` ahead", async () => {
    const { result, state } = fakeResult(20);
    const queue = new ChunkQueue(result, 4);
    const seen: number[] = [];
    let ahead = 0;
    for (let chunk = await queue.next(); chunk !== null; chunk = await queue.next()) {
      seen.push(chunk.rowCount);
      // The reader's work on a chunk, with its turn of the event loop: the queue fills meanwhile.
      for (let turn = 0; turn < 10; turn++) await turnEventLoop();
      ahead = Math.max(ahead, state.fetches - seen.length);
    }
    expect(ahead).toBe(4); // fetched and waiting: the queue ran `depth` ahead, no further
    expect(seen).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(state.most).toBe(1);
    expect(await queue.next()).toBeNull();
  });

  it("gives a first chunk fetched before it, then the rest", async () => {
    const { result } = fakeResult(3);
    const queue = new ChunkQueue(result, 2, { rowCount: 99 } as DuckDBDataChunk);
    const seen: number[] = [];
    for (let chunk = await queue.next(); chunk !== null; chunk = await queue.next()) seen.push(chunk.rowCount);
    expect(seen).toEqual([99, 1, 2, 3]);
  });

  it("gives the chunks fetched before a failure, then DuckDB's error", async () => {
    const { result } = fakeResult(10, 4);
    const queue = new ChunkQueue(result, 8);
    for (let turn = 0; turn < 20; turn++) await turnEventLoop();
    const seen: number[] = [];
    await expect(
      (async () => {
        for (let chunk = await queue.next(); chunk !== null; chunk = await queue.next()) seen.push(chunk.rowCount);
      })(),
    ).rejects.toThrow("chunk 4 is corrupt");
    expect(seen).toEqual([1, 2, 3]);
  });

  it("fetches no more once closed", async () => {
    const { result, state } = fakeResult(100);
    const queue = new ChunkQueue(result, 8);
    await queue.next();
    queue.close();
    const fetches = state.fetches;
    for (let turn = 0; turn < 20; turn++) await turnEventLoop();
    expect(state.fetches).toBeLessThanOrEqual(fetches + 1); // the fetch under way when it closed
  });
});

/**
 * A joined denominator's errors (F18, F19): with several failing cells, every engine names the first
 * in classification order, checking each cell for a missing organizer and then for a zero sum — the
 * order of the reference evaluator. Found by the engines-agree property test: DuckDB named a later
 * cell's missing population where memory named an earlier cell's zero denominator.
 */
import { describe, expect, it } from "vitest";
import { DataError, evaluateInMemory, planComputation, type Row } from "@virta/core";
import { ftePer1000Residents } from "@virta/indicators";
import { createDuckDbEngine } from "./duckdb-engine";
import { createPostgresEngine } from "./postgres-engine";
import { postgresAvailable, postgresUrl } from "./test-support/postgres-url";

const pgReady = await postgresAvailable();

const staff = (municipality: string, organizer: string): Row => ({
  year: 2024,
  professional_group: "doctor",
  fte: "1.5",
  municipality_code: municipality,
  organizer_code: organizer,
});
const people = (year: number, municipality: string, organizer: string, count: number): Row => ({
  year,
  age: 30,
  sex: "male",
  count,
  municipality_code: municipality,
  organizer_code: organizer,
});

/** Organizer 08 has a population of zero in 2024; organizer 90 has none in 2024 (only 2025). */
const tables: Record<string, Row[]> = {
  staff_fte: [staff("091", "90"), staff("837", "08")],
  population: [people(2024, "837", "08", 0), people(2025, "091", "90", 1000)],
};

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DataError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("no error");
}

function batches(data: Record<string, Row[]>): Record<string, AsyncIterable<Row[]>> {
  return Object.fromEntries(
    Object.entries(data).map(([concept, rows]) => [
      concept,
      (async function* () {
        yield rows;
      })(),
    ]),
  );
}

describe("a joined denominator's first failing cell (F18, F19)", () => {
  const plan = planComputation(ftePer1000Residents, { period: "2024", by: ["organizer"] });

  it("is named alike in memory, DuckDB and PostgreSQL: organizer 08's zero, before 90's missing rows", async () => {
    const memory = await failure(() => evaluateInMemory(plan, tables));
    expect(memory.code).toBe("zero_denominator");
    expect(memory.message).toContain("organizer=08");
    const engines = pgReady
      ? [createDuckDbEngine(), createPostgresEngine({ url: postgresUrl() })]
      : [createDuckDbEngine()];
    for (const engine of engines) {
      const sql = await failure(() => engine.evaluate(plan, batches(tables)));
      expect(sql, engine.name).toEqual(memory);
    }
  });

  it("names a missing organizer when its cell comes first", async () => {
    const later: Record<string, Row[]> = {
      staff_fte: [staff("091", "90"), staff("837", "08")],
      population: [people(2024, "091", "90", 0), people(2025, "837", "08", 1000)],
    };
    const memory = await failure(() => evaluateInMemory(plan, later));
    expect(memory.code).toBe("missing_population");
    const sql = await failure(() => createDuckDbEngine().evaluate(plan, batches(later)));
    expect(sql).toEqual(memory);
  });
});

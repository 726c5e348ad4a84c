/**
 * `--engine duckdb --data FILE` (issue 15, F34): every deck case written as a CSV file (even cases) or an
 * all-text Parquet file (odd cases), read by DuckDB itself, validated and computed in SQL by
 * `createDuckDbFileEngine`: the result must be the deck's hand-checked one. Cases whose error lists
 * rejected rows (strict mode, the rejected-share limit, F14) must hand over to the embedded reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { planComputation } from "@virta/core";
import { catalogue, type Engine } from "@virta/indicators";
import { afterAll, describe, expect, it } from "vitest";
import { runDeckCase, type DeckCase } from "../../../indicators/src/decks/deck";
import { loadDecks } from "../../../indicators/src/test-support/load-decks";
import { createDuckDbFileEngine, EmbeddedReadNeeded } from "./duckdb-files";
import { loadDuckDbText, textColumns, textOf } from "./test-support/text-tables";

const cases = loadDecks();
const folder = mkdtempSync(join(tmpdir(), "virta-files-"));
const staging = join(folder, "staging.duckdb");
const instance = await DuckDBInstance.fromCache(staging);

afterAll(() => {
  instance.closeSync();
  rmSync(folder, { recursive: true, force: true });
});

const csvField = (value: unknown): string => {
  const text = textOf(value);
  return text === null ? "" : `"${text.replaceAll('"', '""')}"`;
};

async function writeFiles(index: number, deckCase: DeckCase): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [concept, rows] of Object.entries(deckCase.data)) {
    const columns = textColumns(concept, rows);
    if (index % 2 === 0) {
      const lines = [
        columns.map(csvField).join(","),
        ...rows.map((row) => columns.map((c) => csvField(row[c])).join(",")),
      ];
      files[concept] = join(folder, `case${index}_${concept}.csv`);
      writeFileSync(files[concept], `${lines.join("\n")}\n`);
    } else {
      const table = `case${index}_${concept}`;
      await loadDuckDbText(staging, "main", table, concept, rows);
      files[concept] = join(folder, `${table}.parquet`);
      const connection = await instance.connect();
      await connection.run(`COPY main."${table}" TO '${files[concept]}' (FORMAT parquet)`);
      connection.closeSync();
    }
  }
  return files;
}

const HANDED_OVER = ["rejected_row", "rejected_share_exceeded"];

describe("every deck case from files DuckDB reads itself", () => {
  cases.forEach(({ file, deckCase }, index) => {
    it(file, async () => {
      const options = deckCase.options;
      const engine = createDuckDbFileEngine({
        files: await writeFiles(index, deckCase),
        strict: options.strict ?? false,
        maxRejectedShare: options.max_rejected_share ?? 0.5,
      });
      if (deckCase.expected_error && HANDED_OVER.includes(deckCase.expected_error.code)) {
        const definition = catalogue.entry(deckCase.indicator).definition;
        const plan = planComputation(definition, {
          period: options.period,
          by: options.by ?? [],
          ...(options.age_groups !== undefined ? { ageGroups: options.age_groups } : {}),
          asOf: options.as_of ?? null,
        });
        await expect(engine.evaluate(plan)).rejects.toThrow(EmbeddedReadNeeded);
        return;
      }
      const outcome = await runDeckCase(engine as Engine, file, { ...deckCase, data: {} });
      expect(outcome.differences).toEqual([]);
    });
  });
});

describe("a file without a column the concept needs is read by the embedded reader (F29: its message)", () => {
  it("hands over a CSV with control characters in its header, and a Parquet file lacking a column", async () => {
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
    });
    const csv = join(folder, "control-header.csv");
    writeFileSync(csv, "\u0001\u0007visit_id,client_id,visit_date\nv1,c1,2024-03-15\n");
    const parquet = join(folder, "lacking.parquet");
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT 'v1' AS visit_id) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    for (const path of [csv, parquet]) {
      const engine = createDuckDbFileEngine({ files: { health_care_visit: path } });
      await expect(engine.evaluate(plan)).rejects.toThrow(/a required column is missing/);
    }
  });
});

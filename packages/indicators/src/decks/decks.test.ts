/**
 * Every deck case of every indicator, on the in-memory engine and on the reference evaluator. (The SQL
 * engines run the same cases in @virta/adapters.) Each case is its own test, named by its file.
 */
import { describe, expect, it } from "vitest";
import { memoryEngine, referenceEngine } from "../compute/engines";
import { DEFINITIONS } from "../catalogue/catalogue";
import { loadDecks } from "../test-support/load-decks";
import { runDeck, runDeckCase } from "./deck";

const cases = loadDecks();

describe("decks", () => {
  it("cover every indicator of the catalogue with at least five cases", () => {
    for (const definition of DEFINITIONS) {
      const count = cases.filter(({ deckCase }) => deckCase.indicator === definition.id).length;
      expect(count, definition.id).toBeGreaterThanOrEqual(5);
    }
  });

  for (const engine of [memoryEngine, referenceEngine]) {
    describe(engine.name, () => {
      for (const { file, deckCase } of cases) {
        it(file, async () => {
          const outcome = await runDeckCase(engine, file, deckCase);
          expect(outcome.differences).toEqual([]);
        });
      }
    });
  }

  it("reports per indicator how many cases passed and which rules they cover", async () => {
    const sample = cases.filter(({ deckCase }) => deckCase.indicator === "customer_experience.nps");
    const { report } = await runDeck(memoryEngine, sample);
    expect(report).toHaveLength(1);
    expect(report[0]!.cases).toBe(sample.length);
    expect(report[0]!.passed).toBe(sample.length);
    expect(report[0]!.rules.length).toBeGreaterThan(0);
  });
});

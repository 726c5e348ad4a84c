/**
 * Every deck case of every indicator, on the in-memory engine (its generated loop, and its fallback
 * where code cannot be generated: the reference evaluator on the same column chunks, issue 14) and on
 * the reference evaluator over rows. (The SQL engines run the same cases in @virta/adapters.) Each case
 * is its own test, named by its file; the two in-memory modes must give byte-identical results.
 */
import { evaluateInMemory } from "@virta/core";
import { describe, expect, it } from "vitest";
import { compute } from "../compute/compute";
import { type Engine, memoryEngine, referenceEngine } from "../compute/engines";
import { catalogue, DEFINITIONS } from "../catalogue/catalogue";
import { loadDecks } from "../test-support/load-decks";
import { type DeckCase, runDeck, runDeckCase } from "./deck";

const cases = loadDecks();

/** The in-memory engine forced onto its fallback (as under a CSP without `unsafe-eval`). */
const fallbackEngine: Engine = {
  name: "memory without code generation",
  evaluate: (plan, tables) => evaluateInMemory({ ...plan, codegen: false }, tables),
  evaluateColumns: (plan, tables) => evaluateInMemory({ ...plan, codegen: false }, tables),
};

/** A case's result (or error) as JSON text, computed with or without code generation. */
async function resultText(deckCase: DeckCase, codegen: boolean): Promise<string> {
  const entry = catalogue.entry(deckCase.indicator);
  const options = deckCase.options;
  try {
    const result = await compute(entry.definition, {
      data: deckCase.data,
      period: options.period,
      by: options.by ?? [],
      ...(options.age_groups !== undefined ? { ageGroups: options.age_groups } : {}),
      asOf: options.as_of ?? null,
      suppress: options.suppress ?? true,
      maxRejectedShare: options.max_rejected_share ?? 0.5,
      strict: options.strict ?? false,
      engine: memoryEngine,
      definitionHash: entry.definition_hash,
      codegen,
    });
    return JSON.stringify(result);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return JSON.stringify({ code, message });
  }
}

describe("decks", () => {
  it("cover every indicator of the catalogue with at least five cases", () => {
    for (const definition of DEFINITIONS) {
      const count = cases.filter(({ deckCase }) => deckCase.indicator === definition.id).length;
      expect(count, definition.id).toBeGreaterThanOrEqual(5);
    }
  });

  for (const engine of [memoryEngine, fallbackEngine, referenceEngine]) {
    describe(engine.name, () => {
      for (const { file, deckCase } of cases) {
        it(file, async () => {
          const outcome = await runDeckCase(engine, file, deckCase);
          expect(outcome.differences).toEqual([]);
        });
      }
    });
  }

  describe("memory with and without code generation, byte for byte", () => {
    for (const { file, deckCase } of cases) {
      it(file, async () => {
        expect(await resultText(deckCase, false)).toBe(await resultText(deckCase, true));
      });
    }
  });

  it("reports per indicator how many cases passed and which rules they cover", async () => {
    const sample = cases.filter(({ deckCase }) => deckCase.indicator === "customer_experience.nps");
    const { report } = await runDeck(memoryEngine, sample);
    expect(report).toHaveLength(1);
    expect(report[0]!.cases).toBe(sample.length);
    expect(report[0]!.passed).toBe(sample.length);
    expect(report[0]!.rules.length).toBeGreaterThan(0);
  });
});

/**
 * The differential test of issue 4 (and style.md's zod habit): for random tables, the compiled
 * columnar engine gives exactly the rows of the deliberately simple row-by-row reference evaluator,
 * for every definition of the catalogue and random breakdowns.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateInMemory, evaluateReference, finalizeRows, planComputation, type Definition } from "@virta/core";
import { DEFINITIONS } from "../catalogue/catalogue";
import { rowsOf } from "../test-support/arbitraries";

function periodFor(definition: Definition, choice: number): string {
  if (definition.periods === "census") return ["2024-04-30", "2024-12-31", "2025-08-31"][choice % 3]!;
  if (definition.periods === "year") return ["2024", "2025"][choice % 2]!;
  return ["2024", "2025", "2024-H2", "2025-Q1", "2024-03", "2025-T1"][choice % 6]!;
}

async function rowsWith(
  evaluate: typeof evaluateInMemory,
  definition: Definition,
  options: Parameters<typeof planComputation>[1],
  tables: Record<string, Array<Record<string, unknown>>>,
) {
  const plan = planComputation(definition, options);
  try {
    const output = await evaluate(plan, tables);
    return { rows: finalizeRows(plan, output.cells).rows, accounts: output.accounts };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

describe("compiled engine = reference evaluator", () => {
  for (const definition of DEFINITIONS) {
    it(definition.id, async () => {
      let withValues = 0;
      const errors = new Set<string>();
      const breakdowns = Object.keys(definition.breakdowns).filter(
        (name) => name !== definition.forced?.dimension && !["month", "quarter", "tertial", "half"].includes(name),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(definition.concepts.map((concept) => [concept, rowsOf(concept)]))),
          fc.subarray(breakdowns, { maxLength: Math.min(2, breakdowns.length) }),
          fc.nat(10),
          fc.constantFrom(false, false, false, true),
          async (tables, by, choice, suppress) => {
            const period = periodFor(definition, choice);
            const withMonth = definition.breakdowns.month && choice % 3 === 0 ? [...by, "month"] : by;
            const options = {
              period,
              by: withMonth,
              suppress,
              ageGroups: choice % 2 === 0 ? "sotkanet" : "0-22,23-74,75+",
            };
            const compiled = await rowsWith(evaluateInMemory, definition, options, tables);
            const reference = await rowsWith(evaluateReference, definition, options, tables);
            expect(compiled).toEqual(reference);
            if ("rows" in compiled && compiled.rows!.some((row) => row.value !== null)) withValues++;
            if ("error" in compiled) errors.add(String(compiled.error));
          },
        ),
        { numRuns: 80, seed: 20261125 },
      );
      // The property must really have compared values, not only errors or empty results.
      expect(withValues, `errors seen: ${[...errors].join(", ")}`).toBeGreaterThan(2);
    });
  }
});

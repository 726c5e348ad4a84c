/**
 * The generated row loop and the closure kernels against the reference evaluator (issue 4's
 * differential test, style.md's zod habit: the fast path agrees with the interpreter, and it really
 * ran), for every definition of the catalogue, with rows and with columnar input; plus hand-checked
 * cases for the cell store's layouts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFINITIONS } from "../catalogue/catalogue";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";
import { rowsOf } from "../test-support/arbitraries";
import { parseDate } from "../../../core/src/calendar/date";
import { planComputation, type ComputeOptions } from "../../../core/src/plan/plan";
import type { Definition } from "../../../core/src/definition/definition";
import { finalizeRows } from "../../../core/src/engine/finalize/finalize";
import { evaluateReference } from "../../../core/src/engine/reference/evaluate";
import { columnarFromRows } from "../../../core/src/engine/memory/columns";
import { evaluateInMemory, type InMemoryOptions, type TableSource } from "../../../core/src/engine/memory/evaluate";
import { DENSE_CELL_LIMIT, layoutFor } from "../../../core/src/engine/memory/cell-store";

function periodFor(definition: Definition, choice: number): string {
  if (definition.periods === "census") return ["2024-04-30", "2024-12-31", "2025-08-31"][choice % 3]!;
  if (definition.periods === "year") return ["2024", "2025"][choice % 2]!;
  return ["2024", "2025", "2024-H2", "2025-Q1", "2024-03", "2025-T1"][choice % 6]!;
}

async function outcome(
  definition: Definition,
  options: ComputeOptions,
  tables: Record<string, TableSource>,
  engine: "reference" | InMemoryOptions,
): Promise<{ rows?: unknown; accounts?: unknown; error?: string; ran?: string }> {
  const plan = planComputation(definition, options);
  let ran: string | undefined;
  try {
    const output =
      engine === "reference"
        ? await evaluateReference(plan, tables as Record<string, Array<Record<string, unknown>>>)
        : await evaluateInMemory(plan, tables, {
            ...engine,
            onRun: (info) => {
              ran = info.kernels;
            },
          });
    return { rows: finalizeRows(plan, output.cells).rows, accounts: output.accounts, ran };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

describe("generated loop = closure kernels = reference evaluator (rows and columnar input)", () => {
  for (const definition of DEFINITIONS) {
    it(definition.id, async () => {
      let withValues = 0;
      const breakdowns = Object.keys(definition.breakdowns).filter(
        (name) => name !== definition.forced?.dimension && !["month", "quarter", "tertial", "half"].includes(name),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(definition.concepts.map((concept) => [concept, rowsOf(concept)]))),
          fc.subarray(breakdowns, { maxLength: Math.min(2, breakdowns.length) }),
          fc.nat(10),
          async (tables, by, choice) => {
            const period = periodFor(definition, choice);
            const options = {
              period,
              by: definition.breakdowns.month && choice % 3 === 0 ? [...by, "month"] : by,
              suppress: false,
              ageGroups: choice % 2 === 0 ? "sotkanet" : "0-22,23-74,75+",
            };
            const reference = await outcome(definition, options, tables, "reference");
            const columnar = Object.fromEntries(
              Object.entries(tables).map(([concept, rows]) => [
                concept,
                columnarFromRows(rows, definition.fields[concept]!),
              ]),
            );
            for (const [engine, input] of [
              [{ kernels: "generated" }, tables],
              [{ kernels: "closure" }, tables],
              [{ kernels: "generated" }, columnar],
            ] as const) {
              const { ran, ...compiled } = await outcome(definition, options, input, engine);
              expect(compiled).toEqual(reference);
              if (!compiled.error) expect(ran).toBe(engine.kernels);
            }
            if (Array.isArray(reference.rows) && reference.rows.some((row: { value: unknown }) => row.value !== null))
              withValues++;
          },
        ),
        { numRuns: 80, seed: 20261125 },
      );
      expect(withValues).toBeGreaterThan(2);
    });
  }
});

describe("generated loop, hand-checked", () => {
  const visit = (need: string, visitDate: string, organizer: string, extra: Record<string, unknown> = {}) => ({
    service_branch: "primary_care",
    urgency: "non_urgent",
    professional_group: "nurse",
    organizer_code: organizer,
    birth_date: parseDate("1980-05-05"),
    need_assessment_date: parseDate(need),
    visit_date: parseDate(visitDate),
    ...extra,
  });
  // Wait 14 days (within, indicators.md P-PC), 15 days (not within), an urgent visit (excluded `urgency`, F15),
  // and a visit of 2023 (excluded `outside_period`).
  const rows = [
    visit("2024-03-01", "2024-03-15", "14"),
    visit("2024-03-01", "2024-03-16", "14"),
    visit("2024-03-01", "2024-03-02", "90", { urgency: "urgent" }),
    visit("2023-12-01", "2023-12-02", "90"),
    visit("2024-06-01", "2024-06-01", "90"),
  ];

  it("counts 14 days as within and 15 as not, and accounts for every row (F15)", async () => {
    const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer"] });
    let store = "";
    const output = await evaluateInMemory(
      plan,
      { health_care_visit: rows },
      {
        onRun: (info) => {
          store = info.store;
        },
      },
    );
    expect(store).toBe("dense");
    expect(output.accounts.health_care_visit).toEqual({
      rows_seen: 5,
      rows_excluded: 2,
      rows_in_population: 3,
      excluded_by_reason: { urgency: 1, outside_period: 1 },
    });
    const byOrganizer = Object.fromEntries(
      output.cells.map((cell) => [cell.keys[0], [cell.numerator, cell.denominator]]),
    );
    expect(byOrganizer).toEqual({ "14": [1, 2], "90": [1, 1] });
  });

  it("gives the same cells from a columnar table, without row objects", async () => {
    const plan = planComputation(primaryCareWithin14Days, { period: "2024-03", by: ["organizer"] });
    const table = columnarFromRows(rows, primaryCareWithin14Days.fields.health_care_visit!);
    const output = await evaluateInMemory(plan, { health_care_visit: table });
    expect(output.cells.map((cell) => [cell.keys[0], cell.numerator, cell.denominator])).toEqual([["14", 1, 2]]);
    expect(output.accounts.health_care_visit!.excluded_by_reason).toEqual({ urgency: 1, outside_period: 2 });
  });

  it("keeps its cells when a dictionary outgrows the dense layout between chunks", async () => {
    // 70 000 rows (two chunks of 65 536): the second chunk brings new organizers, forcing a new layout.
    const many = Array.from({ length: 70_000 }, (_, i) =>
      visit("2024-03-01", i % 2 === 0 ? "2024-03-10" : "2024-04-10", i < 65_536 ? "14" : `x${i % 7}`),
    );
    const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer"] });
    const generated = await evaluateInMemory(plan, { health_care_visit: many });
    const total = generated.cells.reduce((sum, cell) => sum + (cell.denominator as number), 0);
    expect(total).toBe(70_000);
    expect(generated.cells.find((cell) => cell.keys[0] === "14")).toMatchObject({
      numerator: 32_768,
      denominator: 65_536,
    });
    expect(generated.cells.length).toBe(8);
  });

  it("switches to a Map when the product of cardinalities is large", () => {
    expect(layoutFor(null, [3, 10], ["organizer", "age_group"]).mode).toBe("dense");
    expect(layoutFor(null, [DENSE_CELL_LIMIT, 2], ["client", "sex"]).mode).toBe("map");
    expect(layoutFor(null, [null], ["year"]).mode).toBe("map");
    const dense = layoutFor(null, [3, 10], ["organizer", "age_group"]);
    dense.population[dense.keyOf([2, 7])] = 4;
    const moved = layoutFor(dense, [DENSE_CELL_LIMIT, 10], ["organizer", "age_group"]);
    expect(moved.mode).toBe("map");
    expect([...moved.used()].map(({ indices, slot }) => [indices, moved.population[slot]])).toEqual([[[2, 7], 4]]);
  });
});

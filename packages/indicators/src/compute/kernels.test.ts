/**
 * The generated row loop against the reference evaluator (issue 4's differential test, style.md's zod
 * habit: the fast path agrees with the interpreter, and it really ran), for every definition of the
 * catalogue, with rows and with columnar input, and the in-memory engine without code generation (its
 * fallback is the reference evaluator on the same column chunks, issue 14) byte for byte; plus
 * hand-checked cases for the cell store's layouts and the generated joined denominator (F18).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFINITIONS } from "../catalogue/catalogue";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";
import { primaryCareDoctorVisitsPerFte } from "../productivity/primary-care-doctor-visits-per-fte/definition";
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

/** The finished rows and accounts (or the error) as JSON text, and which path ran. */
async function outcome(
  definition: Definition,
  options: ComputeOptions,
  tables: Record<string, TableSource>,
  engine: "reference" | "generated" | "fallback",
): Promise<{ json: string; ran?: string }> {
  const plan = planComputation(definition, { ...options, codegen: engine !== "fallback" });
  let ran: string | undefined;
  const onRun: InMemoryOptions["onRun"] = (info) => {
    ran = info.path;
  };
  try {
    const output =
      engine === "reference" ? await evaluateReference(plan, tables) : await evaluateInMemory(plan, tables, { onRun });
    return { json: JSON.stringify({ rows: finalizeRows(plan, output.cells).rows, accounts: output.accounts }), ran };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { json: JSON.stringify({ error: code ?? String(error), message }) };
  }
}

describe("generated loop = reference evaluator = fallback without code generation (rows and columnar input)", () => {
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
            for (const [engine, input, path] of [
              ["generated", tables, "generated"],
              ["generated", columnar, "generated"],
              ["fallback", columnar, "reference"],
              ["fallback", tables, "reference"],
            ] as const) {
              const { ran, json } = await outcome(definition, options, input, engine);
              expect(json).toBe(reference.json);
              if (!json.startsWith('{"error"')) expect(ran).toBe(path);
            }
            const rows = (JSON.parse(reference.json) as { rows?: Array<{ value: unknown }> }).rows;
            if (rows?.some((row) => row.value !== null)) withValues++;
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
          store = info.store ?? "none";
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

describe("generated joined denominator (F18), hand-checked", () => {
  const visit = (organizer: string, group = "doctor") => ({
    service_branch: "primary_care",
    professional_group: group,
    organizer_code: organizer,
    visit_date: parseDate("2024-03-01"),
  });
  const staff = (organizer: string, year: number, group: string, fte: string) => ({
    organizer_code: organizer,
    year,
    professional_group: group,
    fte,
  });
  // 14: 3 doctor visits / (0.5 + 0.25) fte = 4; 91: 1 visit / 0.1 fte = 10. Staff: 2023 → other_year,
  // a nurse → professional_group, organizer 08 (no visits) → not_in_any_cell (F15 order of reasons).
  const tables = {
    health_care_visit: [visit("14"), visit("14"), visit("14"), visit("91"), visit("91", "nurse")],
    staff_fte: [
      staff("14", 2024, "doctor", "0.5"),
      staff("14", 2024, "doctor", "0.25"),
      staff("14", 2023, "doctor", "1"),
      staff("14", 2024, "nurse", "3"),
      staff("91", 2024, "doctor", "0.1"),
      staff("08", 2024, "doctor", "2"),
    ],
  };

  it("sums the joined table per organizer exactly, in generated code and in the fallback", async () => {
    for (const codegen of [true, false]) {
      const plan = planComputation(primaryCareDoctorVisitsPerFte, {
        period: "2024",
        by: ["organizer"],
        suppress: false,
        codegen,
      });
      let path = "";
      const output = await evaluateInMemory(plan, tables, { onRun: (info) => (path = info.path) });
      expect(path).toBe(codegen ? "generated" : "reference");
      expect(output.accounts.staff_fte).toEqual({
        rows_seen: 6,
        rows_excluded: 3,
        rows_in_population: 3,
        excluded_by_reason: { other_year: 1, professional_group: 1, not_in_any_cell: 1 },
      });
      expect(Object.keys(output.accounts.staff_fte!.excluded_by_reason)).toEqual([
        "other_year",
        "professional_group",
        "not_in_any_cell",
      ]);
      const rows = finalizeRows(plan, output.cells).rows.map((row) => [row.organizer, row.denominator, row.value]);
      expect(rows).toEqual([
        ["14", 0.75, 4],
        ["91", 0.1, 10],
      ]);
      expect(output.cells.map((cell) => cell.denominatorRows).sort()).toEqual([1, 2]);
    }
  });

  it("names the first cell in classification order whose organizer has no staff row", async () => {
    const missing = { ...tables, staff_fte: tables.staff_fte.filter((row) => row.organizer_code === "08") };
    const messages: string[] = [];
    for (const codegen of [true, false]) {
      const plan = planComputation(primaryCareDoctorVisitsPerFte, {
        period: "2024",
        by: ["organizer"],
        suppress: false,
        codegen,
      });
      await evaluateInMemory(plan, missing).catch((error: Error) => messages.push(error.message));
    }
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).toContain("no staff_fte row for organizer 14 in 2024 (cell organizer=14)");
  });
});

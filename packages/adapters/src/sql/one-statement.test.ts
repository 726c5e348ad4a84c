/**
 * The validation and the plan as one DuckDB statement (`oneStatementValidation`, issue 14): when it
 * applies, the key-repeat query that proves it may run (F9: no two rows share a normalised key, F1), and
 * the counts it returns by hand — rows rejected per reason (F8), excluded per reason (F15), the cells.
 * The deck cases run through it on every DuckDB warehouse table (`warehouse-decks.test.ts`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbDialect, planComputation, postgresDialect } from "@virta/core";
import { catalogue } from "@virta/indicators";
import { afterAll, describe, expect, it } from "vitest";
import { loadDuckDbText, textColumns } from "./test-support/text-tables";
import { oneStatementValidation } from "./validated-sql";
import { createWarehouseEngine } from "./warehouse-engine";

const folder = mkdtempSync(join(tmpdir(), "virta-one-"));
const path = join(folder, "one.duckdb");
const instance = await DuckDBInstance.fromCache(path);
afterAll(() => {
  instance.closeSync();
  rmSync(folder, { recursive: true, force: true });
});

const within14 = catalogue.entry("availability.primary_care.within_14_days").definition;
const plan = planComputation(within14, { period: "2024", by: ["organizer"], suppress: false });

/** A valid visit of organizer 14 (municipality 167) waiting `wait` days; `change` overrides fields. */
function visit(id: string | null, wait: number, change: Record<string, string | null> = {}) {
  const visitDate = new Date(Date.UTC(2024, 5, 1 + wait)).toISOString().slice(0, 10);
  return {
    visit_id: id,
    client_id: `c-${id}`,
    birth_date: "1980-05-01",
    sex: "female",
    municipality_code: "167",
    service_branch: "primary_care",
    professional_group: "doctor",
    urgency: "non_urgent",
    contact_mode: "in_person",
    need_assessment_date: "2024-06-01",
    visit_date: visitDate,
    ...change,
  };
}

async function statementFor(table: string, rows: Array<Record<string, string | null>>, concept = "health_care_visit") {
  await loadDuckDbText(path, "main", table, concept, rows);
  const present = textColumns(concept, rows);
  const tables = { [concept]: { table: ["main", table] } };
  const reads = { [concept]: { present, cells: {}, dates: [] } };
  const over = concept === "health_care_visit" ? plan : populationPlan;
  return oneStatementValidation(over, duckdbDialect, tables, undefined, reads)!;
}

const populationCount = catalogue.entry("population_health.population.count").definition;
const populationPlan = planComputation(populationCount, { period: "2024", by: [] });

async function run(text: string, parameters: unknown[] = []) {
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(text, parameters as never)).getRowObjectsJson();
  } finally {
    connection.closeSync();
  }
}

describe("the validation and the plan in one DuckDB statement", () => {
  it("applies to DuckDB and a plan over one concept only", async () => {
    const tables = { health_care_visit: { table: ["visits"] } };
    expect(oneStatementValidation(plan, duckdbDialect, tables)).not.toBeNull();
    expect(oneStatementValidation(plan, postgresDialect, tables)).toBeNull();
    const joined = catalogue.list().find((entry) => entry.definition.concepts.length > 1)!.definition;
    const joinedPlan = planComputation(joined, { period: "2024", by: [] });
    expect(oneStatementValidation(joinedPlan, duckdbDialect)).toBeNull();
  });

  it("counts a repeated key after trimming (F1, F9), and leaves out rows without the required key", async () => {
    const trimmed = await statementFor("trimmed", [visit("v1", 3), visit(" v1 ", 4), visit("v2", 5)]);
    expect(await run(trimmed.keyRepeats[0]!)).toEqual([{ repeats: "1" }]);
    const missing = await statementFor("missing", [visit(null, 3), visit("", 4), visit("v2", 5)]);
    expect(await run(missing.keyRepeats[0]!)).toEqual([{ repeats: "0" }]);
  });

  it("reads a population key without a municipality as its organizer's (F9, F10)", async () => {
    const row = (municipality: string | null, organizer: string | null) => ({
      year: "2024",
      municipality_code: municipality,
      organizer_code: organizer,
      age: "30",
      sex: "female",
      count: "10",
    });
    const twice = await statementFor("organizer_twice", [row(null, "90"), row(null, "90")], "population");
    expect(await run(twice.keyRepeats[0]!)).toEqual([{ repeats: "1" }]);
    const apart = await statementFor("organizer_apart", [row("091", null), row(null, "90")], "population");
    expect(await run(apart.keyRepeats[0]!)).toEqual([{ repeats: "0" }]);
  });

  it("gives the rejected, the excluded and the cells of a table without repeated keys", async () => {
    const rows = [
      visit("v1", 3),
      visit("v2", 20),
      visit("v3", 10, { sex: "dragon" }), // not_in_list
      visit(null, 4), // missing
      visit("v5", 2, { urgency: "urgent" }), // excluded: urgency
      visit("v6", 5, { visit_date: "2023-06-06", need_assessment_date: "2023-06-01" }), // outside_period
    ];
    const one = await statementFor("mixed", rows);
    expect(await run(one.keyRepeats[0]!)).toEqual([{ repeats: "0" }]);
    const parts = await run(one.together.text, one.together.parameters);
    const accounts = parts
      .filter((row) => row.__part === "accounts")
      .map((row) => `${row.rejected ?? "-"}|${row.reason ?? "-"}|${row.rows}`)
      .sort();
    expect(accounts).toEqual([
      "-|-|2",
      "-|outside_period|1",
      "-|urgency|1",
      "missing|rejected|1",
      "not_in_list|rejected|1",
    ]);
    const cells = parts.filter((row) => row.__part === "rows");
    expect(cells.map((row) => [row.__d0, row.numerator, row.denominator])).toEqual([["14", "1", "2"]]);
  });

  it("computes the same result through the engine as the rows written first (a repeated key)", async () => {
    const rows = [visit("v1", 3), visit("v2", 20), visit("v1", 5), visit("v4", 30, { sex: "dragon" })];
    await loadDuckDbText(path, "main", "repeated", "health_care_visit", rows);
    await loadDuckDbText(path, "main", "unique", "health_care_visit", rows.slice(0, 2).concat(rows.slice(3)));
    const result = async (table: string) =>
      createWarehouseEngine({ engine: "duckdb", db: path, tables: { health_care_visit: `main.${table}` } }).evaluate(
        plan,
      );
    const [repeated, unique] = [await result("repeated"), await result("unique")];
    expect(repeated.validation.health_care_visit!.rejected_by_reason).toEqual({ duplicate_id: 1, not_in_list: 1 });
    expect(unique.validation.health_care_visit!.rejected_by_reason).toEqual({ not_in_list: 1 });
    expect(repeated.rows).toEqual(unique.rows);
    expect(unique.rows.map((row) => [row.organizer, row.numerator, row.denominator])).toEqual([["14", 1, 2]]);
  });
});

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

  it("hands over a CSV whose header holds a NUL, which ends DuckDB's string literal (fuzz seed 202026)", async () => {
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
    });
    const csv = join(folder, "nul-header.csv");
    writeFileSync(csv, "visit_id,client\u0000_id,visit_date\nv1,c1,2024-03-15\n");
    const engine = createDuckDbFileEngine({ files: { health_care_visit: csv } });
    await expect(engine.evaluate(plan)).rejects.toThrow(EmbeddedReadNeeded);
  });
});

describe("a typed Parquet file (DATE, TIMESTAMP WITH TIME ZONE, INTEGER) is read as the validator's text (F4)", () => {
  it("gives the hand-checked share: the instant 2024-03-15T22:30Z is 16 March in Helsinki", async () => {
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
      suppress: false,
    });
    const parquet = join(folder, "typed.parquet");
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
    const visit = (id: string, needAssessment: string, visitDate: string) =>
      `SELECT '${id}' AS visit_id, 'c1' AS client_id, DATE '1980-05-01' AS birth_date, 2 AS sex,` +
      ` 167 AS municipality_code, 'primary_care' AS service_branch, 'doctor' AS professional_group,` +
      ` 'non_urgent' AS urgency, 'in_person' AS contact_mode, DATE '2024-02-28' AS contact_date,` +
      ` DATE '${needAssessment}' AS need_assessment_date, TIMESTAMPTZ '${visitDate}' AS visit_date`;
    // v1: 1 March → 16 March in Helsinki (15 March in UTC) = 15 days, not within 14; v2: 1 March →
    // 15 March = 14 days, within; v3 repeats v1's id: a duplicate (F9). Sex 2 is female (F2).
    const rows = [
      visit("v1", "2024-03-01", "2024-03-15 22:30:00+00"),
      visit("v2", "2024-03-01", "2024-03-15 10:00:00+00"),
      visit("v1", "2024-03-01", "2024-03-16 10:00:00+00"),
    ];
    await connection.run(`COPY (${rows.join(" UNION ALL ")}) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const engine = createDuckDbFileEngine({ files: { health_care_visit: parquet } });
    const result = await engine.evaluate(plan);
    expect(result.validation.health_care_visit).toMatchObject({
      rows_read: 3,
      rows_rejected: 1,
      rejected_by_reason: { duplicate_id: 1 },
    });
    expect(result.rows).toMatchObject([{ numerator: 1, denominator: 2, value: 50 }]);
  });
});

describe("an unknown column of a file DuckDB reads is warned about as the embedded reader does (F29)", () => {
  it("warns about `extra` in a file with rows, and not in an empty one", async () => {
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
    });
    const row =
      "SELECT 'v1' AS visit_id, 'c1' AS client_id, '1980-05-01' AS birth_date, 'female' AS sex," +
      " '167' AS municipality_code, 'primary_care' AS service_branch, 'doctor' AS professional_group," +
      " 'non_urgent' AS urgency, 'in_person' AS contact_mode, '2024-03-01' AS need_assessment_date," +
      " '2024-03-10' AS visit_date, 7 AS extra";
    const [full, empty] = [join(folder, "extra.parquet"), join(folder, "extra-empty.parquet")];
    const connection = await instance.connect();
    await connection.run(`COPY (${row}) TO '${full}' (FORMAT parquet)`);
    await connection.run(`COPY (${row} LIMIT 0) TO '${empty}' (FORMAT parquet)`);
    connection.closeSync();
    const warned = await createDuckDbFileEngine({ files: { health_care_visit: full } }).evaluate(plan);
    expect(warned.validation.health_care_visit!.warnings).toEqual([
      `${full}: unknown column "extra" is ignored (not a field of health_care_visit)`,
    ]);
    const none = await createDuckDbFileEngine({ files: { health_care_visit: empty } }).evaluate(plan);
    expect(none.validation.health_care_visit!.warnings).toEqual([]);
  });
});

describe("a Parquet DATE column is checked as a date: years 0001–9999 only, as its text would be (F4, F34)", () => {
  it("rejects the years 0 and 10000 and infinity as invalid_format and takes 0001-01-01", async () => {
    const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
      period: "2024",
      by: [],
      asOf: null,
      suppress: false,
    });
    const parquet = join(folder, "dates.parquet");
    const connection = await instance.connect();
    const visit = (id: string, birth: string, visitDate: string) =>
      `SELECT '${id}' AS visit_id, 'c1' AS client_id, CAST('${birth}' AS DATE) AS birth_date, 'f' AS sex,` +
      ` '167' AS municipality_code, 'primary_care' AS service_branch, 'doctor' AS professional_group,` +
      ` 'non_urgent' AS urgency, 'in_person' AS contact_mode, DATE '2024-02-28' AS contact_date,` +
      ` DATE '2024-03-01' AS need_assessment_date, DATE '${visitDate}' AS visit_date`;
    // v1: 9 days, within 14; v5: born 0001-01-01 (a real date), 20 days, not within; v2–v4: no such date text.
    const rows = [
      visit("v1", "1980-05-01", "2024-03-10"),
      visit("v2", "10000-01-01", "2024-03-10"),
      visit("v3", "0000-06-01", "2024-03-10"),
      visit("v4", "infinity", "2024-03-10"),
      visit("v5", "0001-01-01", "2024-03-21"),
    ];
    await connection.run(`COPY (${rows.join(" UNION ALL ")}) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const engine = createDuckDbFileEngine({ files: { health_care_visit: parquet }, maxRejectedShare: 1 });
    const result = await engine.evaluate(plan);
    expect(result.validation.health_care_visit).toMatchObject({
      rows_read: 5,
      rows_rejected: 3,
      rejected_by_reason: { invalid_format: 3 },
    });
    expect(result.rows).toMatchObject([{ numerator: 1, denominator: 2, value: 50 }]);
  });
});

describe("a CSV file DuckDB reads in every statement stops on a byte that is not UTF-8 anywhere (issue 14)", () => {
  const plan = planComputation(catalogue.entry("availability.primary_care.within_14_days").definition, {
    period: "2024",
    by: [],
    asOf: null,
  });
  const header = Buffer.from(
    "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency," +
      "contact_mode,need_assessment_date,visit_date,extra\n",
  );
  const visit = (id: number, mode: Buffer, extra: Buffer) =>
    Buffer.concat([
      Buffer.from(`v${id},c1,1980-05-01,female,167,primary_care,doctor,non_urgent,`),
      mode,
      Buffer.from(",2024-03-01,2024-03-10,"),
      extra,
      Buffer.from("\n"),
    ]);
  const rows = (mode: Buffer, extra: Buffer) =>
    Buffer.concat([
      header,
      ...Array.from({ length: 3000 }, (_, i) => visit(i, Buffer.from("in_person"), Buffer.from("x"))),
      visit(3000, mode, extra),
    ]);

  it("computes over a clean file with an unknown column, warning about it", async () => {
    const path = join(folder, "clean-extra.csv");
    writeFileSync(path, rows(Buffer.from("in_person"), Buffer.from("x")));
    const result = await createDuckDbFileEngine({ files: { health_care_visit: path } }).evaluate(plan);
    expect(result.rows).toMatchObject([{ numerator: 3001, denominator: 3001, value: 100 }]);
    expect(result.validation.health_care_visit!.warnings).toEqual([
      `${path}: unknown column "extra" is ignored (not a field of health_care_visit)`,
    ]);
  });

  it("hands over to the embedded reader for 0xFF in the unknown column or a field the plan skips", async () => {
    const bad = Buffer.from([0x6f, 0xff, 0x6b]);
    for (const [name, content] of [
      ["bad-extra.csv", rows(Buffer.from("in_person"), bad)],
      ["bad-mode.csv", rows(bad, Buffer.from("x"))],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, content);
      await expect(createDuckDbFileEngine({ files: { health_care_visit: path } }).evaluate(plan)).rejects.toThrow(
        EmbeddedReadNeeded,
      );
    }
  });
});

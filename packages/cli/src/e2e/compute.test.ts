/**
 * End-to-end tests of `virta compute` (issue 10): the built CLI as a child process on CSV, JSON, NDJSON
 * and Parquet inputs, with the whole JSON result compared with the hand-checked values of
 * `fixtures.ts`, and the CSV (F30) and JSON-stat (F31) outputs checked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import JSONstat from "jsonstat-toolkit";
import { DIMENSION_NAMES } from "@virta/concepts";
import { catalogue, LIBRARY } from "@virta/indicators";
import { csvToParquet, runCli, tempFolder, writeInput } from "../test-support/run-cli";
import { EXPECTED_INPUT, EXPECTED_ROWS, INDICATOR, visitObjects, visitsCsv } from "./fixtures";

let folder: string;
let csv: string;

/** The whole expected result object of interfaces.md for the fixture, by organizer, period 2024. */
function expectedResult() {
  return {
    indicator: { id: INDICATOR, version: "1.0.0", definition_hash: catalogue.entry(INDICATOR).definition_hash },
    library: { name: "@virta/indicators", version: LIBRARY.version },
    period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
    as_of: null,
    unit: "percent",
    decimals: 1,
    breakdown: ["organizer"],
    age_groups: null, // no age breakdown (F17)
    disclosure: "national-1",
    warnings: [],
    input: EXPECTED_INPUT,
    rows: EXPECTED_ROWS,
  };
}

beforeAll(async () => {
  folder = tempFolder();
  csv = writeInput(folder, "visits.csv", visitsCsv());
  writeInput(folder, "visits-semicolon.csv", visitsCsv(";"));
  writeInput(folder, "visits.json", JSON.stringify(visitObjects(), null, 2));
  writeInput(
    folder,
    "visits.ndjson",
    visitObjects()
      .map((row) => JSON.stringify(row))
      .join("\n") + "\n",
  );
  await csvToParquet(csv, join(folder, "visits.parquet"));
});

describe("virta compute: the whole JSON result, hand-checked", () => {
  it.each(["visits.csv", "visits-semicolon.csv", "visits.json", "visits.ndjson", "visits.parquet"])(
    "%s gives 66.7 % for organizer 14 and a suppressed organizer 17 (F20, F21, F29)",
    async (file) => {
      const run = await runCli([
        "compute",
        INDICATOR,
        "--data",
        join(folder, file),
        "--period",
        "2024",
        "--by",
        "organizer",
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(expectedResult());
    },
  );

  it("accepts the concept-named form --data health_care_visit=FILE", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      `health_care_visit=${csv}`,
      "--period",
      "2024",
      "--by",
      "organizer",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toEqual(EXPECTED_ROWS);
  });

  it("without --by gives one row over both organizers: 4+2 of 6+3 = 66.7 % (the 9 visits of P-PC)", async () => {
    // v13 (wait 2) and v15 (wait 7) of organizer 17 are within 14 days, v14 (20) is not: 6 / 9 = 66.66… → 66.7.
    const run = await runCli(["compute", INDICATOR, "--data", csv, "--period", "2024"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.breakdown).toEqual([]);
    expect(result.rows).toEqual([{ numerator: 6, denominator: 9, value: 66.7, suppressed: false }]);
  });

  it("--no-suppress shows organizer 17: 2 of 3 = 66.7 % and says disclosure none", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--no-suppress",
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.disclosure).toBe("none");
    expect(result.rows[1]).toEqual({ organizer: "17", numerator: 2, denominator: 3, value: 66.7, suppressed: false });
  });

  it("--period 2024-Q1 keeps only v01, v02, v03, v06 of organizer 14: 3 of 4, suppressed (denominator 4)", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024-Q1",
      "--by",
      "organizer",
      "--no-suppress",
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.period).toEqual({ id: "2024-Q1", start: "2024-01-01", end: "2024-03-31" });
    expect(result.rows).toEqual([{ organizer: "14", numerator: 3, denominator: 4, value: 75, suppressed: false }]);
    expect(result.input.health_care_visit.rows_in_population).toBe(4);
  });

  it("--out writes the result to the file and nothing to stdout", async () => {
    const out = join(folder, "result.json");
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(expectedResult());
  });
});

describe("virta compute --format csv (F30)", () => {
  it("prints the rows with a header, value with one decimal, suppressed value empty, LF line ends", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--format",
      "csv",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("organizer,numerator,denominator,value,suppressed\n14,4,6,66.7,false\n17,,,,true\n");
  });

  it("writes exactly `decimals` fraction digits: 75 is 75.0", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024-Q1",
      "--by",
      "organizer",
      "--no-suppress",
      "--format",
      "csv",
    ]);
    expect(run.stdout).toBe("organizer,numerator,denominator,value,suppressed\n14,3,4,75.0,false\n");
  });
});

describe("virta compute --format jsonstat (JSON-stat 2.0, F31)", () => {
  it("is a valid JSON-stat 2.0 dataset: version, class, id, size, dimension, value, status", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--format",
      "jsonstat",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    // JSON-stat 2.0: a dataset response has version "2.0" and class "dataset" …
    expect(dataset.version).toBe("2.0");
    expect(dataset.class).toBe("dataset");
    // … `id` and `size` are parallel arrays, one entry per dimension …
    expect(dataset.id).toEqual(["organizer"]);
    expect(dataset.size).toEqual([2]);
    expect(Object.keys(dataset.dimension)).toEqual(dataset.id);
    // … each dimension's category index gives the positions 0…size-1, labels in --lang (F31) …
    expect(dataset.dimension.organizer.category.index).toEqual({ "14": 0, "17": 1 });
    expect(dataset.dimension.organizer.category.label).toEqual({
      "14": "North Karelia wellbeing services county",
      "17": "Ostrobothnia wellbeing services county",
    });
    // … `value` has the product of `size` entries in row-major order; a suppressed cell is null …
    expect(dataset.value).toEqual([66.7, null]);
    expect(dataset.value).toHaveLength(dataset.size.reduce((a: number, b: number) => a * b, 1));
    // … and `status` (object by index, or array) marks it "..".
    const status = Array.isArray(dataset.status) ? dataset.status[1] : dataset.status["1"];
    expect(status).toBe("..");
    expect(Array.isArray(dataset.status) ? dataset.status[0] : dataset.status["0"]).toBeUndefined();
    expect(dataset.label).toBe(catalogue.get(INDICATOR).title.en);
  });

  it("reads back with jsonstat-toolkit: Swedish labels, role.geo, source and --updated (F31, F35)", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--format",
      "jsonstat",
      "--lang",
      "sv",
      "--updated",
      "2026-03-31",
    ]);
    expect(run.code).toBe(0);
    const ds = JSONstat(JSON.parse(run.stdout));
    expect(ds.id).toEqual(["organizer"]);
    expect(ds.role.geo).toEqual(["organizer"]);
    expect(ds.Dimension("organizer").label).toBe("Välfärdsområde");
    expect(ds.Dimension("organizer").Category("14").label).toBe("Norra Karelens välfärdsområde");
    expect(ds.label).toBe(catalogue.get(INDICATOR).title.sv);
    expect(ds.updated).toBe("2026-03-31");
    const hash = catalogue.entry(INDICATOR).definition_hash;
    expect(ds.source).toBe(`@virta/indicators ${LIBRARY.version}; ${INDICATOR} 1.0.0; ${hash}`);
    expect(ds.Data({ organizer: "14" })).toEqual({ value: 66.7, status: null });
    expect(ds.Data({ organizer: "17" })).toEqual({ value: null, status: ".." });
  });

  it("rejects an --updated that is not a date (exit 2), names every allowed breakdown in each language", async () => {
    const run = await runCli(["compute", INDICATOR, "--data", csv, "--period", "2024", "--updated", "31.3.2026"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--updated "31.3.2026": expected a date YYYY-MM-DD');
    for (const entry of catalogue.list()) {
      for (const dimension of Object.keys(entry.definition.breakdowns)) {
        expect(DIMENSION_NAMES[dimension], `${entry.id}: ${dimension}`).toBeDefined();
      }
    }
  });

  it("labels in Finnish by default (F31)", async () => {
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer",
      "--format",
      "jsonstat",
    ]);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.dimension.organizer.category.label["14"]).toBe("Pohjois-Karjalan hyvinvointialue");
  });

  it("with two dimensions has size [2, 2] and row-major values", async () => {
    // By organizer × contact_mode, no suppression: 14 in_person v01–v04, v06, of which v01, v02, v06 within 14 days
    // = 3 of 5 → 60.0;
    // 14 remote v05 = 1 of 1 → 100.0; 17 in_person v13, v14 = 1 of 2 → 50.0; 17 remote v15 = 1 of 1 → 100.0.
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024",
      "--by",
      "organizer,contact_mode",
      "--no-suppress",
      "--format",
      "jsonstat",
    ]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.id).toEqual(["organizer", "contact_mode"]);
    expect(dataset.size).toEqual([2, 2]);
    expect(dataset.dimension.contact_mode.category.index).toEqual({ in_person: 0, remote: 1 });
    expect(dataset.value).toEqual([60, 100, 50, 100]);
  });

  it('an absent combination is null, status "-" (F31): 2024-H2 has no in-person visit of organizer 14', async () => {
    // 2024-H2 in P-PC: v05 (14, remote, wait 11 ✓) → 100.0; v13 (17, in person, 2 ✓), v14 (17, in person, 20 ✗) → 50.0;
    // v15 (17, remote, 7 ✓) → 100.0. Organizer 14 in person does not occur.
    const run = await runCli([
      "compute",
      INDICATOR,
      "--data",
      csv,
      "--period",
      "2024-H2",
      "--by",
      "organizer,contact_mode",
      "--no-suppress",
      "--format",
      "jsonstat",
    ]);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.stdout);
    expect(dataset.size).toEqual([2, 2]);
    const organizer = dataset.dimension.organizer.category.index;
    const mode = dataset.dimension.contact_mode.category.index;
    const at = (o: string, m: string) => organizer[o] * dataset.size[1] + mode[m];
    const status = (position: number) =>
      Array.isArray(dataset.status) ? dataset.status[position] : dataset.status?.[String(position)];
    expect(dataset.value[at("14", "remote")]).toBe(100);
    expect(dataset.value[at("17", "in_person")]).toBe(50);
    expect(dataset.value[at("17", "remote")]).toBe(100);
    expect(dataset.value[at("14", "in_person")]).toBeNull();
    expect(status(at("14", "in_person"))).toBe("-");
    expect(status(at("17", "in_person"))).toBeUndefined();
  });
});

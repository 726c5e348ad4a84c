/**
 * `virta publish` and `virta audit` end to end (fine-print F35, issue 16): the subtraction attacks of
 * the issue as regression tests, the fixed shape, the JSON-stat form, no input accounting in the
 * publication directory, and the audit failing once a complement is published.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder, writeInput, type CliRun } from "../test-support/run-cli";

const HEADER =
  "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency,contact_mode," +
  "contact_date,need_assessment_date,visit_date";

/**
 * Organizer 14 (Joensuu 167): 50 visits aged 25-64 (40 within 14 days; 30 female, 20 male) and 3 aged
 * 75+ (1 within 14 days; 2 female, 1 male) → 41/53. Organizer 17 (Vaasa 905): one visit, waited 100
 * days (band 91-180). Organizer 08 (Tampere 837): 30 visits aged 25-64, 15 male 15 female, waits 3
 * (15 of them) and 20 days.
 */
function visits(): string {
  const lines = [HEADER];
  let n = 0;
  const add = (municipality: string, birth: string, sex: string, wait: number): void => {
    n += 1;
    const visit = new Date(Date.UTC(2024, 2, 1 + wait)).toISOString().slice(0, 10);
    const id = String(n).padStart(3, "0");
    lines.push(
      `v${id},c${id},${birth},${sex},${municipality},primary_care,doctor,non_urgent,in_person,,2024-03-01,${visit}`,
    );
  };
  for (let i = 0; i < 50; i++) add("167", "1980-01-01", i < 30 ? "female" : "male", i < 40 ? 5 : 30);
  for (let i = 0; i < 3; i++) add("167", "1940-01-01", i < 2 ? "female" : "male", i === 0 ? 3 : 60);
  add("905", "1970-01-01", "male", 100);
  for (let i = 0; i < 30; i++) add("837", "1960-01-01", i % 2 === 0 ? "male" : "female", i < 15 ? 3 : 20);
  return lines.join("\n") + "\n";
}

const WITHIN_14 = "availability.primary_care.within_14_days";
const BANDS = "availability.primary_care.wait_band_share";
let folder: string;
let out: string;
let published: CliRun;
let alone: string;

const csv = (name: string): string[] => readFileSync(join(out, name), "utf8").trim().split("\n");

beforeAll(async () => {
  folder = tempFolder();
  const data = writeInput(folder, "visits.csv", visits());
  out = join(folder, "pub");
  published = await runCli([
    "publish",
    WITHIN_14,
    BANDS,
    "--period",
    "2024",
    "--data",
    data,
    "--out",
    out,
    "--report",
    join(folder, "report.json"),
    "--updated",
    "2025-02-01",
    "--lang",
    "en",
  ]);
  alone = join(folder, "alone");
  const run = await runCli(["publish", WITHIN_14, "--period", "2024", "--data", data, "--out", alone]);
  expect(run.code).toBe(0);
});

describe("virta publish (F35)", () => {
  it("publishes and its own audit passes", () => {
    expect(published.stderr).toBe("");
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/0 unprotected/);
  });

  it("75+ of organizer 14 cannot be recovered by subtraction: 25-64 is suppressed with it", () => {
    const rows = readFileSync(join(alone, `${WITHIN_14}.organizer_age_group.csv`), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("14,"));
    expect(rows).toEqual([
      "14,0-6,0,0,,false",
      "14,7-15,0,0,,false",
      "14,16-24,0,0,,false",
      "14,25-64,,,,true",
      "14,65-74,0,0,,false",
      "14,75+,,,,true",
    ]);
  });

  it("the organizer with one patient is suppressed in every band row, and every band is present", () => {
    const rows = csv(`${BANDS}.organizer.csv`).filter((line) => line.startsWith("17,"));
    expect(rows).toEqual(["0", "1-7", "8-14", "15-28", "29-90", "91-180", "181+"].map((band) => `17,${band},,,,true`));
  });

  it("has every organizer in every organizer table (fixed shape) and no input accounting", () => {
    expect(csv(`${WITHIN_14}.organizer.csv`)).toHaveLength(1 + 23);
    for (const name of readdirSync(out)) {
      expect(readFileSync(join(out, name), "utf8")).not.toMatch(/rows_read|rows_in_population|rows_rejected/);
    }
    const report = JSON.parse(readFileSync(join(folder, "report.json"), "utf8"));
    expect(report.sets[0].indicators[0].input.health_care_visit.rows_in_population).toBe(84);
  });

  it("writes JSON-stat with period first, measure last, roles, units, source and updated", () => {
    const dataset = JSON.parse(readFileSync(join(out, `${WITHIN_14}.organizer_sex.json`), "utf8"));
    expect(dataset.id).toEqual(["period", "organizer", "sex", "measure"]);
    expect(dataset.size).toEqual([1, 23, 3, 3]);
    expect(dataset.role).toEqual({ time: ["period"], geo: ["organizer"], metric: ["measure"] });
    expect(dataset.dimension.measure.category.unit.value).toEqual({ label: "percent", decimals: 1 });
    expect(dataset.source).toMatch(/availability\.primary_care\.within_14_days 1\.0\.0; sha256:[0-9a-f]{64}/);
    expect(dataset.updated).toBe("2025-02-01");
    const collection = readdirSync(out).find((name) => name.startsWith("collection."));
    expect(JSON.parse(readFileSync(join(out, collection!), "utf8")).link.item).toHaveLength(8);
  });

  it("a report inside the publication directory is a usage error", async () => {
    const run = await runCli([
      "publish",
      WITHIN_14,
      "--period",
      "2024",
      "--data",
      join(folder, "visits.csv"),
      "--out",
      out,
      "--report",
      join(out, "r.json"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/outside the publication directory/);
  });
});

describe("virta audit", () => {
  it("passes on the published directories", async () => {
    expect((await runCli(["audit", alone])).code).toBe(0);
    const run = await runCli(["audit", out]);
    expect(run.code).toBe(0);
  });

  it("fails when the complement 14/25-64 is published: 75+ = 53 − 50 by subtraction", async () => {
    const copy = join(folder, "attack");
    rmSync(copy, { recursive: true, force: true });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(copy);
    for (const table of ["national", "organizer", "organizer_age_group", "organizer_sex"]) {
      writeFileSync(join(copy, `${WITHIN_14}.${table}.csv`), readFileSync(join(alone, `${WITHIN_14}.${table}.csv`)));
    }
    const file = join(copy, `${WITHIN_14}.organizer_age_group.csv`);
    writeFileSync(file, readFileSync(file, "utf8").replace("14,25-64,,,,true", "14,25-64,40,50,80.0,false"));
    const run = await runCli(["audit", copy, "--json"]);
    expect(run.code).toBe(1);
    const checks = JSON.parse(run.stdout).checks.filter((check: { protected: boolean }) => !check.protected);
    expect(
      checks.map((c: { cell: string; count: string; min: number; max: number }) => [c.cell, c.count, c.min, c.max]),
    ).toEqual([
      ["2:organizer=14|age_group=75+", "denominator", 3, 3],
      ["2:organizer=14|age_group=75+", "numerator", 1, 1],
      ["2:organizer=14|age_group=75+", "difference", 2, 2],
    ]);
  });

  it("reports contradictory tables as an error", async () => {
    const copy = join(folder, "contradiction");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(copy, { recursive: true });
    writeFileSync(
      join(copy, `${WITHIN_14}.national.csv`),
      "numerator,denominator,value,suppressed\n10,20,50.0,false\n",
    );
    writeFileSync(
      join(copy, `${WITHIN_14}.organizer.csv`),
      "organizer,numerator,denominator,value,suppressed\n14,10,21,47.6,false\n",
    );
    const run = await runCli(["audit", copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/contradict/);
  });
});

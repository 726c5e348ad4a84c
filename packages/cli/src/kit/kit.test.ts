/**
 * The conformance kit and certification (issue 19): the kit is complete and deterministic, every rule it
 * cites is explained in docs/rules.md, the SDK certifies itself (JSON, CSV and JSON-stat results), and
 * deliberately wrong implementations fail on exactly the cases that show their mistake.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@virta/indicators";
import { run } from "../cli/run";
import { writeKit } from "../commands/kit";
import { runWrongImplementation } from "../test-support/wrong-implementation";
import { buildKit, type KitCase } from "./build-kit";
import { certify, claimedIndicators } from "./certify";
import { compareCase } from "./compare";
import { reportHtml, summaryText } from "./report";
import { ruleAnchor, ruleTitles } from "./rules";
import { runKit, readManifest } from "./run-kit";
import { loadDeckFiles, loadRulesMarkdown } from "./source";
import { inputCsv, maskIdentityCodes, shellLine } from "./text";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const RULES = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
let dir: string;
let kit: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "virta-kit-test-"));
  kit = join(dir, "kit");
  await writeKit(kit);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sources(folder: string, into: string[] = []): string[] {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name === "node_modules" || name === "dist" || name === "site") continue;
    if (statSync(path).isDirectory()) sources(path, into);
    else if (/\.(ts|md|json)$/.test(name)) into.push(path);
  }
  return into;
}

describe("docs/rules.md", () => {
  const anchors = ruleTitles(RULES);

  it("explains F1–F36 and every F-number cited in packages/ and docs/", () => {
    for (let n = 1; n <= 36; n++) expect(anchors.has(`F${n}`), `F${n}`).toBe(true);
    const cited = new Set<string>();
    for (const file of [...sources(join(ROOT, "packages")), ...sources(join(ROOT, "docs"))])
      for (const match of readFileSync(file, "utf8").matchAll(/\bF(\d+a?)\b/g)) cited.add(`F${match[1]}`);
    expect([...cited].filter((rule) => !anchors.has(rule))).toEqual([]);
  });

  it("has an anchor for every rule every deck case cites", () => {
    const unresolved = new Set<string>();
    for (const { deckCase } of loadDeckFiles())
      for (const rule of deckCase.rules ?? []) {
        const anchor = ruleAnchor(rule);
        if (anchor === undefined || !anchors.has(anchor)) unresolved.add(rule);
      }
    expect([...unresolved]).toEqual([]);
  });

  it("maps citations by their text", () => {
    expect(ruleAnchor("F15 other_year")).toBe("F15");
    expect(ruleAnchor("F5a")).toBe("F5a");
    expect(ruleAnchor("law 150/1930 2 §")).toBe("calendar-working-days");
    expect(ruleAnchor("calendar.md Months")).toBe("calendar-months");
    expect(ruleAnchor("indicators.md specialised care (on the list at C)")).toBe("indicators-specialised-care");
    expect(ruleAnchor("something else")).toBeUndefined();
    expect(anchors.get("F21")).toBe("F21 Exact value, rounded once half away from zero");
  });
});

describe("the kit", () => {
  it("writes the inputs as a region exports them: concept field order, absent as empty, RFC 4180 quoting", () => {
    const rows = [{ net_cost_eur: "1,5", organizer_code: "14", extra: 'a "b"' }, { organizer_code: 4 }];
    expect(inputCsv("cost", rows)).toBe('organizer_code,net_cost_eur,extra\n14,"1,5","a ""b"""\n4,,\n');
    expect(inputCsv("cost", [])).toBe("organizer_code,year,service_class,net_cost_eur\n");
    expect(shellLine(["virta", "--age-groups", "0-17,18+", "a b"])).toBe("virta --age-groups 0-17,18+ 'a b'");
    expect(maskIdentityCodes("a valid code 010180-1232, an id 010180-1233")).toBe(
      "a valid code 01*********, an id 010180-1233",
    );
  });

  it("holds every deck case, every indicator with its definition hash, and a checksum over SHA256SUMS", async () => {
    const manifest = await readManifest(kit);
    expect(manifest.cases).toHaveLength(loadDeckFiles().length);
    expect(manifest.edition).toBe(1);
    for (const indicator of manifest.indicators) {
      expect(indicator.definition_hash).toBe(catalogue.entry(indicator.id).definition_hash);
      expect(indicator.cases, indicator.id).toBeGreaterThanOrEqual(5);
    }
    const folder = join(
      kit,
      "cases/availability.primary_care.within_7_days/within_7_days__F21_rounding_1_of_16_half_away_from_zero",
    );
    const kitCase = JSON.parse(readFileSync(join(folder, "case.json"), "utf8")) as KitCase;
    expect(kitCase.command).toBe(
      "virta compute availability.primary_care.within_7_days --data health_care_visit=health_care_visit.csv " +
        "--period 2024-Q3 --format json",
    );
    expect(kitCase.rules.map((rule) => rule.anchor)).toContain("F21");
    const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8"));
    expect(expected.rows).toEqual([{ numerator: 1, denominator: 16, value: 6.3, suppressed: false }]);
    expect(readFileSync(join(kit, "README.md"), "utf8")).toContain("## Suomeksi");
  });

  it("is the same bytes from the same release", async () => {
    const again = await buildKit(loadDeckFiles(), loadRulesMarkdown());
    const manifest = JSON.parse(again.get("manifest.json")!);
    expect(manifest.checksum).toBe((await readManifest(kit)).checksum);
    expect(again.get("SHA256SUMS")).toBe(readFileSync(join(kit, "SHA256SUMS"), "utf8"));
  });
});

describe("certification", () => {
  it("certifies this SDK's own results (memory engine, one process for the whole kit)", async () => {
    const results = join(dir, "self-json");
    await runKit({ kit, out: results, engine: "memory" }, run);
    const report = await certify({ kit, results });
    expect(summaryText(report)).toMatch(/^CERTIFIED: (\d+) of \1 cases passed \(22 indicators claimed\)$/m);
  });

  it("certifies CSV (F30) and JSON-stat (F31) results on their cells", async () => {
    const claim = "customer_experience.nps,costs,availability.primary_care.wait_band_share,population_health";
    const manifest = await readManifest(kit);
    const ids = claimedIndicators(manifest, claim);
    const cases = manifest.cases.filter((entry) => ids.includes(entry.indicator)).map((entry) => entry.case);
    for (const format of ["csv", "jsonstat"] as const) {
      const results = join(dir, `self-${format}`);
      await runKit({ kit, out: results, engine: "memory", format, cases }, run);
      const report = await certify({ kit, results, indicators: claim });
      expect(report.totals.passed, format).toBe(cases.length);
      expect(report.certified, format).toBe(true);
    }
  });

  it("compares JSON numbers by value (F30) and everything else exactly", async () => {
    const folder = join(kit, "cases/customer_experience.nps/nps__12_5_rounds_to_13");
    const kitCase = JSON.parse(readFileSync(join(folder, "case.json"), "utf8")) as KitCase;
    const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8"));
    const text = (rows: unknown) => JSON.stringify({ ...expected, rows });
    const row = expected.rows[0];
    expect(
      compareCase(kitCase, expected, { result: { format: "json", text: text([{ ...row, value: 13.0 }]) } }),
    ).toEqual([]);
    expect(
      compareCase(kitCase, expected, { result: { format: "json", text: text([{ ...row, value: "13" }]) } }),
    ).toEqual([{ where: "row 1 value", expected: "13", got: '"13"' }]);
    expect(compareCase(kitCase, expected, { exit: "1\n" })).toEqual([
      { where: "exit status", expected: "0", got: "1" },
    ]);
  });

  it("limits the claim to ids or areas; an unknown one is a usage error", async () => {
    const manifest = await readManifest(kit);
    expect(claimedIndicators(manifest, "costs,customer_experience.nps")).toEqual([
      "customer_experience.nps",
      "costs.net_cost_per_resident",
    ]);
    expect(() => claimedIndicators(manifest, "costz")).toThrow(/--indicators "costz": not an indicator id or area/);
  });

  it("fails rounding half to even on the F21 cases only, naming the cells and the rule", async () => {
    const results = join(dir, "half-even");
    await runWrongImplementation(kit, results, "round_half_even");
    const report = await certify({ kit, results });
    expect(report.certified).toBe(false);
    const failed = report.indicators.flatMap((i) => i.cases.filter((c) => c.status === "failed"));
    expect(failed.length).toBeGreaterThanOrEqual(15);
    for (const verdict of failed)
      expect(
        verdict.rules.map((rule) => rule.anchor),
        verdict.case,
      ).toContain("F21");
    const one = failed.find((c) => c.case.endsWith("within_7_days__F21_rounding_1_of_16_half_away_from_zero"))!;
    expect(one.differences).toEqual([{ where: "row 1 value", expected: "6.3", got: "6.2" }]);
    const nps = failed.find((c) => c.case === "customer_experience.nps/nps__12_5_rounds_to_13")!;
    expect(nps.differences).toEqual([{ where: "row 1 value", expected: "13", got: "12" }]);
    const html = reportHtml(report, "../kit/rules.md");
    expect(html).toContain('href="../kit/rules.md#F21"');
    expect(html).toContain('<span lang="sv">INTE GODKÄND</span>');
    // A vendor claiming only indicators without ties certifies.
    expect(
      (await certify({ kit, results, indicators: "productivity,availability.primary_care.wait_days_median" }))
        .certified,
    ).toBe(true);
  });

  it("fails counting the opening day on the working-day deadline cases only", async () => {
    const results = join(dir, "opening-day");
    await runWrongImplementation(kit, results, "count_opening_day");
    const report = await certify({ kit, results });
    const failedIndicators = report.indicators.filter((i) => i.failed > 0).map((i) => i.id);
    expect(failedIndicators).toEqual([
      "availability.social_care.assessment_started_within_7_working_days",
      "availability.child_welfare.decision_within_7_working_days",
    ]);
    const failed = report.indicators.flatMap((i) => i.cases.filter((c) => c.status === "failed")).map((c) => c.case);
    expect(failed).toContain(
      "availability.social_care.assessment_started_within_7_working_days/" +
        "assessment_started_7wd__calendar_worked_examples_started_on_deadline",
    );
    expect(failed).toContain(
      "availability.child_welfare.decision_within_7_working_days/" +
        "decision_7wd__calendar_worked_examples_on_and_after_deadline",
    );
    expect(summaryText(report)).toContain(
      "decision_7wd__calendar_worked_examples_on_and_after_deadline: row 1 (organizer=15) numerator: expected 6, got 0",
    );
  });

  it("refuses a changed kit, and reports missing results", async () => {
    const results = join(dir, "partial");
    mkdirSync(results);
    await runKit({ kit, out: results, engine: "memory", cases: [] }, run);
    const report = await certify({ kit, results, indicators: "costs" });
    expect(report.totals.missing).toBe(report.totals.cases);
    expect(summaryText(report)).toMatch(/NOT CERTIFIED: 0 of \d+ cases passed, 0 failed, \d+ missing/);
    const changed = join(dir, "changed");
    await writeKit(changed);
    const file = join(changed, "cases/customer_experience.nps/nps__12_5_rounds_to_13/expected.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"value": 13', '"value": 12'));
    await expect(certify({ kit: changed, results })).rejects.toThrow(/expected\.json: changed/);
  });
});

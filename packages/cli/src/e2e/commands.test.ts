/**
 * End-to-end tests of `virta demo`, `list`, `describe` and `--help` (issue 10) on the built CLI.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { catalogue } from "@virta/indicators";
import { BIN, runCli, tempFolder } from "../test-support/run-cli";

describe("virta demo", () => {
  it("prints one table per availability indicator, with suppressed cells as .., well under 30 s", async () => {
    const started = Date.now();
    const run = await runCli(["demo"]);
    const seconds = (Date.now() - started) / 1000;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(seconds).toBeLessThan(30);
    const ids = catalogue.list({ area: "availability" }).map((entry) => entry.id);
    expect(ids).toHaveLength(14);
    for (const id of ids) expect(run.stdout).toContain(`\n${id} — `);
    expect(run.stdout).toContain("organizer                            age group  numerator  denominator  value");
    expect(run.stdout).toContain("14 Pohjois-Karjalan hyvinvointialue");
    expect(run.stdout).toContain("17 Pohjanmaan hyvinvointialue");
    expect(run.stdout).toMatch(/ \.\.\s+\.\.\s+\.\.\n/);
    expect(run.stdout).toContain("period 2024-12-31");
    expect(run.stdout).toContain("as of 2024-12-31");
    // Every table line's accounting adds up: read = rejected + excluded + in population.
    for (const match of run.stdout.matchAll(
      /: (\d+) rows read = (\d+) rejected.*? \+ (\d+) excluded.*? \+ (\d+) in population/g,
    )) {
      expect(Number(match[1])).toBe(Number(match[2]) + Number(match[3]) + Number(match[4]));
    }
  });
});

describe("virta list and describe", () => {
  it("list --area availability prints the 14 ids; --json gives the catalogue hashes (F32)", async () => {
    const text = await runCli(["list", "--area", "availability"]);
    expect(text.code).toBe(0);
    expect(
      text.stdout
        .trimEnd()
        .split("\n")
        .map((line) => line.split(" ")[0]),
    ).toEqual(catalogue.list({ area: "availability" }).map((entry) => entry.id));
    const json = await runCli(["list", "--json"]);
    const entries = JSON.parse(json.stdout);
    expect(entries).toHaveLength(22);
    expect(entries[1]).toMatchObject({
      id: "availability.primary_care.within_14_days",
      unit: "percent",
      decimals: 1,
      definition_hash: catalogue.entry("availability.primary_care.within_14_days").definition_hash,
    });
  });

  it("list --area with an unknown area exits 2 and lists the areas", async () => {
    const run = await runCli(["list", "--area", "waiting"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('area "waiting" is unknown; areas: population_health');
  });

  it("list prints the same lines from catalogue.json as the library (--area=… takes the library path)", async () => {
    const quick = await runCli(["list", "--area", "staff", "--json"]);
    const library = await runCli(["list", "--area=staff", "--json"]);
    expect(quick.code).toBe(0);
    expect(library.code).toBe(0);
    expect(quick.stdout).toBe(library.stdout);
    expect(JSON.parse(quick.stdout).map((entry: { id: string }) => entry.id)).toEqual(["staff.fte_per_1000_residents"]);
    // A repeated --json is not a simple form either: the whole catalogue through the library.
    const all = await runCli(["list", "--json"]);
    const allLibrary = await runCli(["list", "--json", "--json"]);
    expect(all.stdout).toBe(allLibrary.stdout);
    expect(JSON.parse(all.stdout)).toHaveLength(22);
  });

  it("list loads the masker only for text holding a candidate, and still masks it (F36)", async () => {
    const run = await runCli(["list", "--area", "010101-123N"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('area "01*********" is unknown');
    expect(run.stderr).not.toContain("010101-123N");
  });

  it("a closed stdout (| head -1, | true) ends virta quietly with exit 0 (EPIPE)", () => {
    for (const reader of ["head -1", "true"]) {
      const shell =
        `"${process.execPath}" "${BIN}" list --json 2>err.txt | ${reader}; echo "exit ` +
        `\${PIPESTATUS[0]}"; cat err.txt`;
      const out = execFileSync("bash", ["-c", shell], { cwd: tempFolder(), encoding: "utf8" });
      expect(out).toBe(reader === "true" ? "exit 0\n" : "[\nexit 0\n");
    }
  });

  it("describe prints the breakdowns and period forms in the chosen language", async () => {
    const run = await runCli(["describe", "availability.specialised_care.waiting_over_90_days", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("period:       a census date only (2024-12-31)");
    expect(run.stdout).toContain("breakdowns:   organizer, municipality, specialty, sex, age_group");
    expect(run.stdout).toContain(catalogue.get("availability.specialised_care.waiting_over_90_days").title.en);
  });

  it("describe --lang fi and sv word every label, kind, unit, period form and breakdown in that language", async () => {
    const fi = await runCli(["describe", "availability.specialised_care.waiting_over_90_days"]);
    expect(fi.code).toBe(0);
    expect(fi.stdout).toContain("kaava:          100 ×");
    expect(fi.stdout).toContain("laji:           osuus, yksikkö prosenttia, 1 desimaali\n");
    expect(fi.stdout).toContain("jakso:          vain tilannepäivä (2024-12-31)\n");
    expect(fi.stdout).toContain("tilannepäivä:   ei käytetä\n");
    expect(fi.stdout).toContain(
      "jaottelut:      organizer (Hyvinvointialue), municipality (Kunta), specialty (Erikoisala)",
    );
    expect(fi.stdout).toContain("tietosuoja:     national-1 (solut, joiden nimittäjässä on 1–4 riviä, salataan)\n");
    const sv = await runCli(["describe", "availability.specialised_care.waiting_over_90_days", "--lang", "sv"]);
    expect(sv.stdout).toContain("typ:             andel, enhet procent, 1 decimal\n");
    expect(sv.stdout).toContain("period:          endast en räknedag (2024-12-31)\n");
    expect(sv.stdout).toContain("indelningar:     organizer (Välfärdsområde), municipality (Kommun)");
    for (const english of ["formula:", "kind:", "breakdowns:", "disclosure:", "a census date", "not taken", "percent"])
      expect(sv.stdout).not.toContain(english);
  });

  it("describe of an unknown id exits 2 with suggestions", async () => {
    const run = await runCli(["describe", "nps"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean customer_experience.nps");
  });
});

describe("help and usage", () => {
  it("--help on the whole and on each command exits 0 on stdout", async () => {
    const main = await runCli(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("virta compute ID --data [CONCEPT=]FILE");
    for (const command of ["list", "describe", "validate", "compute", "demo", "sql", "diff", "compare", "fetch"]) {
      const run = await runCli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: virta ${command}`));
    }
  });

  it("no command or an unknown one exits 2 with the commands on stderr", async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      "virta: missing command; commands: list, describe, validate, compute, demo, sql, diff, compare, fetch, kit, " +
        "certify, publish, audit (virta --help shows their options)\n",
    );
    const run = await runCli(["comptue"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown command "comptue"; commands: list, describe, validate, compute, demo, sql, diff, compare, fetch, ' +
        "kit, certify, publish, audit",
    );
  });
});

describe("examples/primary-care-within-14-days", () => {
  it("prints exactly the CSV its README shows", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { ROOT } = await import("../test-support/run-cli");
    const folder = join(ROOT, "examples/primary-care-within-14-days");
    const readme = readFileSync(join(folder, "README.md"), "utf8");
    const shown = /```csv\n([\s\S]*?)```/.exec(readme)![1];
    const run = await runCli([
      "compute",
      "availability.primary_care.within_14_days",
      "--data",
      join(folder, "visits.csv"),
      "--period",
      "2024",
      "--by",
      "organizer",
      "--format",
      "csv",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(shown);
    expect(shown).toBe("organizer,numerator,denominator,value,suppressed\n14,4,6,66.7,false\n17,,,,true\n");
  });
});

describe("virta diff (registered in the bin)", () => {
  it("an edition against itself: 22 unchanged, exit 0", async () => {
    const run = await runCli(["diff", "packages/indicators", "packages/indicators"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 added, 0 removed, 0 changed, 22 unchanged");
  });
});

/**
 * Issue 20: what a hostile or careless user tries never ends in a stack trace or exit 70, and every
 * message is one line naming the file, option or cell (interfaces.md "Exit codes"; F5a, F18).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder, writeInput } from "../test-support/run-cli";
import { INDICATOR, visitsCsv } from "./fixtures";

let folder: string;
let csv: string;

beforeAll(() => {
  folder = tempFolder("virta-hostile-");
  csv = writeInput(folder, "visits.csv", visitsCsv());
});

const compute = (...args: string[]) => runCli(["compute", INDICATOR, "--data", csv, "--period", "2024", ...args]);

function oneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.slice(0, -1)).not.toMatch(/[\n\r]/);
  expect(stderr).not.toContain("internal error");
}

describe("options are strict and consistent", () => {
  it("a repeated single-valued option is a usage error (exit 2), not the last one silently", async () => {
    const run = await compute("--period", "2023");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "virta compute: option --period is given more than once; give it once (see virta compute --help)\n",
    );
  });

  it("--flag=yes and --flag=no work like the flag and its absence; another word is exit 2", async () => {
    const plain = await compute("--by", "organizer", "--format", "csv");
    const yes = await compute("--by=organizer", "--format=csv", "--no-suppress=yes");
    const flag = await compute("--by", "organizer", "--format", "csv", "--no-suppress");
    const no = await compute("--by", "organizer", "--format", "csv", "--no-suppress=no");
    expect([plain.code, yes.code, flag.code, no.code]).toEqual([0, 0, 0, 0]);
    expect(yes.stdout).toBe(flag.stdout);
    expect(no.stdout).toBe(plain.stdout);
    expect(yes.stdout).not.toBe(plain.stdout);
    const bad = await compute("--strict=maybe");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option --strict is on or off: write --strict, or --strict=yes|no");
    oneLine(bad.stderr);
  });

  it("an empty value (--period=) is a usage error naming the option", async () => {
    const run = await runCli(["compute", INDICATOR, "--data", csv, "--period="]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("virta compute: option --period needs a value, not an empty one\n");
  });

  it("--out naming the --data file is refused before anything is written (exit 2); the input is intact", async () => {
    const before = readFileSync(csv, "utf8");
    const run = await compute("--out", `${folder}/./visits.csv`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is also an input file");
    expect(readFileSync(csv, "utf8")).toBe(before);
  });
});

describe("one-line messages for odd names and files", () => {
  it("a newline and a NUL-free control character in a file name are escaped", async () => {
    const run = await runCli(["validate", "health_care_visit", `${folder}/no\nsuch\u0007.csv`]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("no\\nsuch\\u0007.csv");
  });

  it("CR-only line ends are named as such (exit 2)", async () => {
    const file = writeInput(folder, "mac.csv", visitsCsv().replaceAll("\n", "\r"));
    const run = await runCli(["validate", "health_care_visit", file]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("its lines end with CR alone");
  });

  it("JSON and NDJSON nested 5 000 deep are rejected rows, not a stack overflow", async () => {
    const header = visitsCsv().split("\n")[0]!.split(",");
    const row = Object.fromEntries(header.map((name) => [name, "x"]));
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const text = JSON.stringify({ ...row, client_id: "__deep__" }).replace('"__deep__"', deep);
    for (const [name, content] of [
      ["deep.json", `[${text}]`],
      ["deep.ndjson", `${text}\n`],
    ] as const) {
      const run = await runCli(["validate", "health_care_visit", writeInput(folder, name, content)]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("1 rows read, 0 valid, 1 rejected");
      expect(run.stderr).not.toContain("internal error");
    }
  });

  it("100 000 unknown columns give 20 warnings and one count, not 100 000 lines", async () => {
    const lines = visitsCsv().split("\n");
    const extra = Array.from({ length: 100_000 }, (_, index) => `x${index}`);
    const wide = [
      `${lines[0]},${extra.join(",")}`,
      ...lines
        .slice(1)
        .filter((line) => line !== "")
        .map((line) => `${line}${",".repeat(extra.length)}`),
    ].join("\n");
    const alone = await runCli([
      "compute",
      INDICATOR,
      "--data",
      writeInput(folder, "wide.csv", wide),
      "--period",
      "2024",
    ]);
    expect(alone.code).toBe(0);
    const warnings = JSON.parse(alone.stdout).warnings as string[];
    expect(warnings.length).toBe(21);
    expect(warnings[20]).toContain("99980 more unknown columns are ignored (100000 in all");
  });
});

describe("F18 stops start with their code", () => {
  it("missing_population: a cost cell whose organizer has no population row (exit 1)", async () => {
    const cost = writeInput(folder, "cost.csv", "organizer_code,year,service_class,net_cost_eur\n14,2024,3110,10.5\n");
    const population = writeInput(folder, "pop.csv", "municipality_code,year,age,sex,count\n091,2024,40,female,7\n");
    for (const engine of ["memory", "duckdb"]) {
      const run = await runCli([
        "compute",
        "costs.net_cost_per_resident",
        "--data",
        `cost=${cost}`,
        "--data",
        `population=${population}`,
        "--period",
        "2024",
        "--engine",
        engine,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^virta compute: missing_population: costs\.net_cost_per_resident: no population row/);
      oneLine(run.stderr);
    }
  });
});

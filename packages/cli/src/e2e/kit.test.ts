/**
 * `virta kit` and `virta certify` as a user runs them (the built command line, issue 19): the installed
 * package finds its decks and rules, a missing claim fails with exit 1 and writes both reports, and a
 * missing option is a usage error (exit 2).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempFolder } from "../test-support/run-cli";

describe("virta kit and virta certify", () => {
  it("write a kit, certify nothing as not certified (exit 1) with JSON and HTML reports", async () => {
    const dir = tempFolder();
    const kit = join(dir, "kit");
    const written = await runCli(["kit", "--out", kit]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^kit written to .*: \d+ cases, \d+ files, sha256:[0-9a-f]{64}\n$/);
    expect(readFileSync(join(kit, "rules.md"), "utf8")).toContain('<a id="F36"></a>');
    const empty = join(dir, "results");
    mkdirSync(empty);
    const reports = join(dir, "reports");
    const certified = await runCli([
      "certify",
      "--kit",
      kit,
      "--results",
      empty,
      "--indicators",
      "costs",
      "--report-dir",
      reports,
    ]);
    expect(certified.code).toBe(1);
    expect(certified.stdout).toMatch(
      /NOT CERTIFIED: 0 of (\d+) cases passed, 0 failed, \1 missing \(1 indicators claimed\)/,
    );
    expect(JSON.parse(readFileSync(join(reports, "report.json"), "utf8")).claimed).toEqual([
      "costs.net_cost_per_resident",
    ]);
    expect(existsSync(join(reports, "report.html"))).toBe(true);
  });

  it("a missing --kit or --out is a usage error (exit 2)", async () => {
    const missing = await runCli(["certify", "--results", "."]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("virta certify needs --kit DIR and --results DIR");
    const kitRun = await runCli(["kit", "run", "--kit", "x"]);
    expect(kitRun.code).toBe(2);
  });
});

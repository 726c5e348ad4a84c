/** `virta diff OLD NEW [--json]` on the fixture editions of @virta/indicators (issue 9). */
import { mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { UsageError } from "@virta/core";
import { memoryIo } from "../cli/io";
import { runDiff } from "./diff";

const fixtures = fileURLToPath(new URL("../../../indicators/src/publishing/fixtures/", import.meta.url));
const oldFile = join(fixtures, "edition-0.1.0.json");
const newFile = join(fixtures, "edition-0.2.0.json");

describe("virta diff", () => {
  test("text: counts, the changed ids, and exit 1 because two changes break the release rules", async () => {
    const io = memoryIo();
    expect(await runDiff([oldFile, newFile], io)).toBe(1);
    expect(io.stdout.split("\n")[0]).toBe(
      "@virta/indicators 0.1.0 → @virta/indicators 0.2.0: 1 added, 1 removed, 5 changed, 0 unchanged",
    );
    expect(io.stdout).toContain("  ! fixture.visits.silent_change: the definition hash changed");
  });

  test("--json, and a package folder stands for its catalogue.json; an edition against itself exits 0", async () => {
    const folder = mkdtempSync(join(tmpdir(), "virta-diff-"));
    copyFileSync(newFile, join(folder, "catalogue.json"));
    const io = memoryIo();
    expect(await runDiff([newFile, folder, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 6, problems: [] });
  });

  test("a missing file is a usage error naming it", async () => {
    await expect(runDiff(["nope.json", newFile], memoryIo())).rejects.toThrow(UsageError);
    await expect(runDiff(["nope.json", newFile], memoryIo())).rejects.toThrow(
      'virta diff: OLD "nope.json" does not exist',
    );
    await expect(runDiff([oldFile], memoryIo())).rejects.toThrow("virta diff: missing NEW");
  });
});

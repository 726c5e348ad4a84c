/**
 * Every test file gets a private temporary folder (vitest `setupFiles`): `os.tmpdir()` points into it
 * while the file runs (and so do the CLI processes the file starts, which inherit `TMPDIR`), and it is
 * removed with everything in it when the file ends. Tests create their folders with
 * `mkdtempSync(join(tmpdir(), …))` as usual and leave nothing behind in the system's /tmp.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const outer = process.env.TMPDIR;
const folder = mkdtempSync(join(tmpdir(), "virta-test-"));
process.env.TMPDIR = folder;

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(folder, { recursive: true, force: true });
});

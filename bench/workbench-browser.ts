/**
 * `node --import tsx bench/workbench-browser.ts [VISITS]` (issue 18): times the browser workbench on a
 * generated file of VISITS health-care visits (default 1 000 000): the site is built to a temporary
 * folder and served on a loopback port, headless Chromium (Debian's /usr/bin/chromium) gives the file
 * to the page with `setInputFiles`, and the worker reads, validates and computes
 * availability.primary_care.within_14_days for 2024 by organizer. Prints the page's own time (reading
 * the file to the result) and the wall time from the click. Results go into docs/benchmarks.md.
 */
import "../packages/indicators/scripts/workspace-sources";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const visits = Number(process.argv[2] ?? 1_000_000);
const { generateDemoData, demoCsv, DEMO_COLUMNS } = await import("../packages/cli/src/demo/generate");
const { writeSite } = await import("../docs/site-src/site");
const { serve } = await import("../packages/indicators/src/test-support/static-server");
const { chromium } = await import("playwright-core");

const folder = mkdtempSync(join(tmpdir(), "virta-workbench-bench-"));
await writeSite(join(folder, "site"), { apiReference: false });
const data = generateDemoData({ visitsPerCounty: Math.round(visits / 2) });
const file = join(folder, "health_care_visit.csv");
writeFileSync(file, demoCsv(data.health_care_visit, DEMO_COLUMNS.health_care_visit));
const megabytes = statSync(file).size / 1e6;
const site = await serve(join(folder, "site"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
try {
  const view = await browser.newPage();
  await view.goto(`${site.base}workbench.en.html`);
  await view.locator("#indicator").selectOption("availability.primary_care.within_14_days");
  await view.locator("#files").setInputFiles(file);
  const started = Date.now();
  await view.locator("#run").click();
  await view.locator("table.result").waitFor({ timeout: 600_000 });
  const wall = (Date.now() - started) / 1000;
  const seconds = Number(await view.locator("#status").getAttribute("data-seconds"));
  const rows = await view.locator("table.result tbody tr").count();
  process.stdout.write(
    `workbench: ${data.health_care_visit.length} visits (${megabytes.toFixed(0)} MB CSV): ` +
      `${seconds.toFixed(1)} s in the worker, ${wall.toFixed(1)} s from the click; ${rows} result rows\n`,
  );
} finally {
  await browser.close();
  site.server.close();
  rmSync(folder, { recursive: true, force: true });
}

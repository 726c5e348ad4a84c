/**
 * The workbench in headless Chromium (issue 18; docs/site-src/workbench): the site served on a loopback
 * port with the strict Content-Security-Policy as a header too, the example file given by
 * `setInputFiles`, and the result table compared with what `virta compute --format csv` prints for the
 * same file. The console stays clean (no CSP violation: code generation is off). Never skips in CI.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSite } from "../../../../docs/site-src/site";
import { csvToParquet } from "../../../cli/src/test-support/run-cli";
import { serve } from "../test-support/static-server";

const CHROMIUM = "/usr/bin/chromium";
const CLI = new URL("../../../cli/dist/virta.cjs", import.meta.url).pathname;
const EXAMPLE = new URL("../../../../examples/primary-care-within-14-days/visits.csv", import.meta.url).pathname;
const ID = "availability.primary_care.within_14_days";
describe("the workbench", () => {
  const folder = mkdtempSync(join(tmpdir(), "virta-workbench-"));
  let site: { server: Server; base: string };

  beforeAll(async () => {
    await writeSite(folder, { apiReference: false });
    site = await serve(folder);
  }, 600_000);
  afterAll(() => site?.server.close());

  const browserTest = existsSync(CHROMIUM) || process.env.CI ? test : test.skip;
  if (!existsSync(CHROMIUM) && !process.env.CI)
    console.log(`workbench browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); never in CI`);

  browserTest(
    "computes the example file in a worker and shows the rows of virta compute, console clean",
    async () => {
      const cli = execFileSync(
        process.execPath,
        [CLI, "compute", ID, "--data", EXAMPLE, "--period", "2024", "--by", "organizer", "--format", "csv"],
        { encoding: "utf8" },
      );
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const messages: string[] = [];
        const outside: string[] = [];
        context.on("request", (request) => {
          if (!request.url().startsWith(site.base) && !request.url().startsWith("blob:")) outside.push(request.url());
        });
        const view = await context.newPage();
        view.on("console", (message) => {
          if (message.type() === "error" || message.type() === "warning") messages.push(message.text());
        });
        view.on("pageerror", (error) => messages.push(error.message));
        view.on("worker", (worker) => worker.on("console", (message) => messages.push(`worker: ${message.text()}`)));

        await view.goto(`${site.base}workbench.html`);
        expect(await view.locator("h1").innerText()).toBe("Työpöytä");
        expect(await view.locator(".privacy").innerText()).toContain("Tiedostoja ei lähetetä minnekään");
        await view.locator("#indicator").selectOption(ID);
        await view.locator("#files").setInputFiles(EXAMPLE);
        await view.locator("#period").fill("2024");
        await view.locator("#run").click();
        await view.locator("table.result").waitFor({ timeout: 60_000 });

        const lines = cli.trimEnd().split("\n");
        // Each cell carries the CLI's CSV text; the page shows it in Finnish ("..", "kyllä", the organizer's name).
        const cells = (selector: string) =>
          view
            .locator(selector)
            .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).dataset.csv ?? "")));
        expect(
          await view
            .locator("table.result thead th")
            .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.csv)),
        ).toEqual(lines[0]!.split(","));
        expect(await cells("table.result tbody tr")).toEqual(lines.slice(1).map((line) => line.split(",")));
        expect(await view.locator("table.result thead th").allInnerTexts()).toEqual([
          "Hyvinvointialue",
          "Osoittaja",
          "Nimittäjä",
          "Arvo",
          "Salattu",
        ]);
        expect(
          await view
            .locator("table.result tbody tr")
            .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent))),
        ).toEqual([
          ["14 Pohjois-Karjalan hyvinvointialue", "4", "6", "66.7", "ei"],
          ["17 Pohjanmaan hyvinvointialue", "", "", "..", "kyllä"],
        ]);
        // The example's one rejected row, with its reason; the chart and both downloads.
        expect(await view.locator("table.rejections tbody tr").count()).toBe(1);
        expect(await view.locator("table.rejections tbody td").nth(3).innerText()).toBe("visit_before_assessment");
        expect(await view.locator("#output svg[role=img]").count()).toBe(1);
        const [download] = await Promise.all([
          view.waitForEvent("download"),
          view.locator(".downloads a").first().click(),
        ]);
        expect(readFileSync((await download.path())!, "utf8")).toBe(cli);
        // The same visits as Parquet (DuckDB's COPY, typed dates and integers) give the same rows.
        const parquet = join(folder, "visits.parquet");
        await csvToParquet(EXAMPLE, parquet);
        await view.locator("#files").setInputFiles(parquet);
        await view.locator("#run").click();
        await view.locator("table.result").waitFor({ timeout: 60_000 });
        expect(await cells("table.result tbody tr")).toEqual(lines.slice(1).map((line) => line.split(",")));
        expect(await view.locator("table.rejections tbody tr").count()).toBe(1);
        await view.screenshot({ path: join(folder, "workbench-1280.png"), fullPage: true });
        await view.setViewportSize({ width: 390, height: 844 });
        expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await view.screenshot({ path: join(folder, "workbench-390.png"), fullPage: false });
        expect(messages).toEqual([]);
        expect(outside).toEqual([]);
        console.log(`workbench screenshots: ${folder}/workbench-1280.png, workbench-390.png`);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});

/**
 * The management dashboard (issue 18; docs/site-src/dashboard-*.ts): its data are `virta publish`'s
 * publication sets for the same generated files (byte for byte), which pass the audit (F35); in headless
 * Chromium its numbers equal the CLI's, suppressed cells show `..`, no page scrolls sideways at 390 px,
 * every local link of every page resolves (the API link is hidden when the reference is not built),
 * screenshots at 1280 and 390 px. Never skips in CI.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { DEMO_COLUMNS, demoCsv } from "../../../cli/src/demo/generate";
import { generateNationalData } from "../../../cli/src/demo/national";
import { highsSolver } from "@virta/adapters";
import { auditDirectory } from "../../../cli/src/commands/audit";
import { DASHBOARD_DATA, writeSite } from "../../../../docs/site-src/site";
import { dashboardIds } from "../../../../docs/site-src/dashboard-data";
import { dashboardFamilies } from "../../../../docs/site-src/dashboard-publish";

const CHROMIUM = "/usr/bin/chromium";
const CLI = new URL("../../../cli/dist/virta.cjs", import.meta.url).pathname;
const ID = "availability.primary_care.within_14_days";

/** Every .html file of the built site, relative to its folder. */
function htmlFiles(folder: string, under = ""): string[] {
  return readdirSync(join(folder, under)).flatMap((name) => {
    const path = join(under, name);
    return statSync(join(folder, path)).isDirectory() ? htmlFiles(folder, path) : path.endsWith(".html") ? [path] : [];
  });
}

describe("the management dashboard", () => {
  const folder = mkdtempSync(join(tmpdir(), "virta-dashboard-"));
  const url = (path: string) => pathToFileURL(join(folder, path)).href;
  const published = mkdtempSync(join(tmpdir(), "virta-dashboard-publish-"));
  let family: string[] = [];
  let cli: { byOrganizer: Record<string, unknown>; national: Record<string, unknown> };

  beforeAll(async () => {
    await writeSite(folder, { apiReference: false, updated: "2026-12-04" });
    // The same generated rows as a CSV file, published by the CLI as a publisher would (one family, 2024-T3).
    const data = generateNationalData(DASHBOARD_DATA);
    const csv = join(folder, "..", `${folder.split("/").pop()}-visits.csv`);
    writeFileSync(csv, demoCsv(data.health_care_visit, DEMO_COLUMNS.health_care_visit));
    family = dashboardFamilies(dashboardIds()).find((ids) => ids.includes(ID))!;
    execFileSync(
      process.execPath,
      [CLI, "publish", ...family, "--data", csv, "--period", "2024-T3", "--out", published, "--updated", "2026-12-04"],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    const read = (table: string) => JSON.parse(readFileSync(join(published, `${ID}.${table}.json`), "utf8"));
    cli = { byOrganizer: read("organizer"), national: read("national") };
  }, 600_000);

  test("publishes virta publish's JSON-stat files and collection byte for byte (the dashboard's only input)", () => {
    const names = readdirSync(published).filter((name) => name.endsWith(".json"));
    expect(names).toHaveLength(family.length * 4 + 1);
    for (const name of names) {
      expect(readFileSync(join(folder, "dashboard/data/2024-T3", name), "utf8"), name).toBe(
        readFileSync(join(published, name), "utf8"),
      );
    }
  });

  test("the shipped publication sets pass the audit: no suppressed count can be narrowed below 5 (F35)", async () => {
    const solver = await highsSolver();
    const periods = readdirSync(join(folder, "dashboard/data"));
    expect(periods).toHaveLength(12);
    let suppressed = 0;
    for (const period of periods) {
      const audit = await auditDirectory(join(folder, "dashboard/data", period), solver);
      expect(audit.checks.length, period).toBeGreaterThan(0);
      expect(
        audit.checks.filter((check) => !check.protected),
        period,
      ).toEqual([]);
      suppressed += audit.checks.length;
    }
    expect(suppressed).toBeGreaterThan(1000);
  }, 120_000);

  test("every local link of every page resolves, and no page links the API reference when it is not built", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(folder)) {
      const html = readFileSync(join(folder, file), "utf8");
      expect(html, file).not.toContain("../api/index.html");
      for (const [, href] of html.matchAll(/href="([^"#]+)(#[^"]*)?"/g)) {
        if (/^[a-z]+:/.test(href!)) continue;
        const target = join(folder, dirname(file), href!);
        if (!existsSync(target) || relative(folder, target).startsWith("..")) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  const browserTest = existsSync(CHROMIUM) || process.env.CI ? test : test.skip;
  if (!existsSync(CHROMIUM) && !process.env.CI)
    console.log(`dashboard browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); never in CI`);

  browserTest(
    "shows the CLI's numbers, marks suppressed cells, fits 390 px, and makes screenshots",
    async () => {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        const view = await context.newPage();
        view.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        view.on("pageerror", (error) => errors.push(error.message));

        await view.goto(url("dashboard/index.html"));
        expect(await view.locator("html").getAttribute("lang")).toBe("fi");
        expect(await view.locator("h1").innerText()).toBe("Johdon näkymä");
        await view.locator("main a", { hasText: "Kiireetön avosairaanhoidon käynti 14 vuorokauden" }).click();
        expect(view.url()).toBe(url(`dashboard/${ID}.html`));

        // Ranking table: organizer → the 2024-T3 value shown; the CLI's organizer dataset (period, organizer,
        // measure): the cell's `value` measure, or `..` where the set suppressed it.
        const dataset = cli.byOrganizer as {
          dimension: Record<string, { category: { index: Record<string, number> } }>;
          value: Array<number | null>;
          status: Record<string, string>;
        };
        const organizers = dataset.dimension.organizer!.category.index;
        const rows = await view.locator("table.ranking tbody tr").evaluateAll((trs) =>
          trs.map((tr) => ({
            href: tr.querySelector("a")!.getAttribute("href")!,
            text: tr.children[2]!.textContent!,
            value: tr.children[2]!.querySelector("[data-value]")?.getAttribute("data-value") ?? null,
          })),
        );
        expect(rows).toHaveLength(23);
        let shownSuppressed = 0;
        for (const row of rows) {
          const code = /organizer-(\d\d)\.html/.exec(row.href)![1]!;
          const index = organizers[code]! * 3;
          if (dataset.status[String(index)] === "..") {
            shownSuppressed += 1;
            expect(row.value, code).toBeNull();
            expect(row.text, code).toBe("..");
            continue;
          }
          const expected = dataset.value[index]!;
          expect(Number(row.value), code).toBe(expected);
          expect(row.text).toBe(expected.toFixed(1).replace(".", ","));
        }
        expect(shownSuppressed).toBe(
          Object.entries(dataset.status).filter(([i, s]) => s === ".." && +i % 3 === 0).length,
        );
        expect(shownSuppressed).toBeGreaterThan(0);
        const national = cli.national as { value: number[] };
        const nationalValue = national.value[0]!;
        expect(await view.locator("#national-value").innerText()).toBe(nationalValue.toFixed(1).replace(".", ","));
        await view.screenshot({ path: join(folder, "dashboard-1280.png"), fullPage: false });
        expect(await view.locator("a", { hasText: "Määritelmä" }).first().getAttribute("href")).toBe(
          `../indicators/${ID}.fi.html`,
        );

        // Åland's child-welfare cells are small: suppressed, shown as .. (F20).
        await view.goto(url("dashboard/organizer-91.en.html"));
        expect(await view.locator("h1").innerText()).toBe("Åland");
        expect(await view.locator("table.profile abbr.suppressed").count()).toBeGreaterThan(0);
        expect(await view.locator("table.profile tbody tr").count()).toBe(13);

        // Finnish and Swedish pages carry no English words outside code and parts marked lang="en".
        const ENGLISH =
          /\b(tree|scale|sum of|is given|is absent|where|Kind|field|required|Row rules|suppressed|Organizers)\b/;
        for (const path of [
          `indicators/${ID}.fi.html`,
          `indicators/${ID}.sv.html`,
          "indicators/availability.social_care.assessment_started_within_7_working_days.fi.html",
          "concepts.fi.html",
          "classifications.sv.html",
          "comparison.fi.html",
          "index.sv.html",
          "dashboard/index.sv.html",
          "accessibility.fi.html",
        ]) {
          await view.goto(url(path));
          const text = await view.locator("main").evaluate((main) => {
            const copy = main.cloneNode(true) as HTMLElement;
            for (const node of copy.querySelectorAll("code, [lang=en], .hash, svg")) node.remove();
            return copy.textContent ?? "";
          });
          expect(text.match(ENGLISH)?.[0] ?? null, path).toBeNull();
        }

        // 390 px: no page scrolls sideways; wide tables scroll in their own box.
        await view.setViewportSize({ width: 390, height: 844 });
        for (const path of [
          `dashboard/${ID}.sv.html`,
          "dashboard/index.html",
          "dashboard/organizer-14.html",
          "index.fi.html",
          "accessibility.fi.html",
          `indicators/${ID}.fi.html`,
          "concepts.fi.html",
          "classifications.html",
          "comparison.sv.html",
        ]) {
          await view.goto(url(path));
          expect(await view.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        }
        await view.goto(url(`dashboard/${ID}.html`));
        await view.screenshot({ path: join(folder, "dashboard-390.png"), fullPage: false });
        expect(statSync(join(folder, "dashboard-390.png")).size).toBeGreaterThan(10_000);
        expect(errors).toEqual([]);
        console.log(`dashboard screenshots: ${folder}/dashboard-1280.png, dashboard-390.png`);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});

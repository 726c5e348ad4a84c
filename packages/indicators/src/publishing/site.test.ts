/**
 * The catalogue site (issue 9; docs/site-src): its pieces with hand-checked output, then the whole site
 * built into a temporary folder and opened over file:// in headless Chromium (Debian's `chromium`,
 * driven by playwright-core). In CI the browser test never skips; elsewhere it skips, saying why, when
 * /usr/bin/chromium is absent.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Expression } from "@virta/core";
import { barChart } from "../../../../docs/site-src/chart";
import { expressionText, expressionTree } from "../../../../docs/site-src/expression";
import { escapeHtml } from "../../../../docs/site-src/html";
import { conceptsPage } from "../../../../docs/site-src/reference-pages";
import { writeSite } from "../../../../docs/site-src/site";

const CHROMIUM = "/usr/bin/chromium";
const wait: Expression = {
  op: "days",
  args: [
    { op: "field", name: "need_assessment_date" },
    { op: "field", name: "visit_date" },
  ],
};

describe("site pieces", () => {
  test("expressions read as formulas", () => {
    expect(expressionText({ op: "le", args: [wait, { op: "literal", value: 14 }] })).toBe(
      "days(need_assessment_date, visit_date) ≤ 14",
    );
    expect(
      expressionText({ op: "not", args: [{ op: "is_null", args: [{ op: "field", name: "need_assessment_date" }] }] }),
    ).toBe("need_assessment_date is given");
    expect(
      expressionText({ op: "in", args: [{ op: "field", name: "professional_group" }], values: ["doctor", "nurse"] }),
    ).toBe("professional_group in {doctor, nurse}");
    expect(
      expressionText({
        op: "and",
        args: [
          {
            op: "eq",
            args: [
              { op: "field", name: "urgency" },
              { op: "literal", value: "non_urgent" },
            ],
          },
          {
            op: "or",
            args: [
              { op: "literal", value: true },
              { op: "param", name: "as_of" },
            ],
          },
        ],
      }),
    ).toBe('urgency = "non_urgent" and (true or {as_of})');
    expect(
      expressionText({ op: "working_day_deadline", args: [{ op: "field", name: "initiated_date" }], days: 7 }),
    ).toBe("working_day_deadline(initiated_date, 7)");
  });

  test("the concept page is rendered from the declarations: spellings, rules, reasons (issue 13)", () => {
    const fi = conceptsPage("fi");
    expect(fi).toContain("<code>male</code> (myös <code>1</code>, <code>M</code>), <code>female</code> (myös");
    expect(fi).toContain("<td><code>age_on(birth_date, opened_date) &lt; 18</code></td>");
    expect(fi).toContain("<td><code>completed_date puuttuu tai started_date on annettu</code></td>");
    expect(fi).toContain("ei (johdetaan kentästä <code>municipality_code</code>, F10)");
    expect(conceptsPage("en")).toContain(
      "<p>Reason codes in F8's order: <code>missing</code>, <code>invalid_format</code>, <code>out_of_range</code>, " +
        "<code>too_long</code>, <code>unknown_code</code>, <code>personal_identity_code</code>.</p>",
    );
  });

  test("the expression tree is a nested list of operators", () => {
    expect(expressionTree({ op: "is_null", args: [{ op: "field", name: "visit_date" }] })).toBe(
      '<ul class="tree"><li><span class="op">is_null</span><ul><li><span class="op">field</span> ' +
        "<code>visit_date</code></li></ul></li></ul>",
    );
  });

  test("a bar chart: percent bars scale to 100, a suppressed cell shows .. and no bar", () => {
    const svg = barChart(
      [
        { label: "14 <North Karelia>", value: 50, suppressed: false },
        { label: "17 Ostrobothnia", value: null, suppressed: true },
      ],
      { unit: "percent", title: "Within 14 days", decimals: 1 },
    );
    expect(svg).toContain('<rect x="300" y="8" width="150" height="18"');
    expect(svg).toContain(">50.0 %</text>");
    expect(svg).toContain('<text class="suppressed" x="304" y="48">..</text>');
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).toContain("14 &lt;North Karelia&gt;");
    expect(escapeHtml('"&')).toBe("&quot;&amp;");
  });
});

describe("the built site in headless Chromium", () => {
  const folder = mkdtempSync(join(tmpdir(), "virta-site-"));
  const url = (path: string) => pathToFileURL(join(folder, path)).href;
  let fileCount = 0;
  let buildSeconds = 0;

  beforeAll(async () => {
    const started = Date.now();
    fileCount = await writeSite(folder);
    buildSeconds = (Date.now() - started) / 1000;
  }, 600_000);

  test("builds every page, the catalogue files, the dashboard and the style sheet", () => {
    // 3 index pages + 22 indicators × 3 languages + concepts, classifications, comparison + 2 JSON + CSS,
    // the dashboard's publication sets (6 tertials × (44 JSON-stat datasets + 5 collections), 6 census
    // dates × (8 + 1)), its pages (3 × (front page + 13 indicators + 23 organizers)) and 3
    // accessibility statements + 3 workbench pages, 2 scripts, fi/sv reference pages
    expect(fileCount).toBe(3 + 66 + 3 + 2 + 1 + 6 * 49 + 6 * 9 + 3 * (1 + 13 + 23) + 3 + 3 + 2 + 6);
    console.log(`site build: ${buildSeconds.toFixed(1)} s (publication sets cached by input hash)`);
    expect(readFileSync(join(folder, "catalogue.json"), "utf8")).toBe(
      readFileSync(new URL("../../catalogue.json", import.meta.url), "utf8"),
    );
  });

  test("no page loads anything from the network: no http(s) src or stylesheet, no script", () => {
    for (const path of [
      "index.html",
      "comparison.html",
      "concepts.html",
      "indicators/availability.primary_care.within_14_days.fi.html",
    ]) {
      const html = readFileSync(join(folder, path), "utf8");
      expect(html).not.toMatch(/<script|src="https?:|href="https?:[^"]*\.css|@import|url\(/);
    }
  });

  const hasChromium = existsSync(CHROMIUM);
  if (!hasChromium && !process.env.CI)
    console.log(`site browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); it never skips in CI`);
  const browserTest = hasChromium || process.env.CI ? test : test.skip;

  browserTest("index, an indicator page in fi, sv and en, and the comparison page show their content", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      context.on("request", (request) => {
        if (!request.url().startsWith("file://")) requests.push(request.url());
      });
      const view = await context.newPage();

      await view.goto(url("index.html"));
      expect(await view.title()).toBe("Minimum-data indicators · virta-indicators");
      expect(await view.locator("main h2").allTextContents()).toEqual([
        "Population wellbeing and health",
        "Need for services",
        "Availability",
        "Quality",
        "Costs",
        "Productivity",
        "Equality",
        "Coordination of services",
        "Staff resources",
        "Customer feedback",
      ]);
      expect(await view.locator(".area-empty").count()).toBe(4);
      expect(await view.locator("#area-availability + ul li").count()).toBe(14);
      // the style sheet loaded from the file system
      expect(await view.locator("header").evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        "rgb(18, 58, 99)",
      );

      await view
        .locator("a", { hasText: "Non-urgent primary-care visits within 14 days of the need assessment" })
        .click();
      expect(view.url()).toBe(url("indicators/availability.primary_care.within_14_days.en.html"));
      const en = await view.locator("main").innerText();
      expect(en).toContain("100 × visits with wait ≤ 14 days / all P-PC visits");
      expect(en).toContain("days(need_assessment_date, visit_date)");
      expect(en).toContain("no_need_assessment");
      expect(en).toContain("1 decimals, rounded once at the end, half away from zero (F21)");
      expect(en).toContain("Terveydenhuoltolaki 1326/2010");
      expect(en).toContain("First publication (edition 1).");
      expect(await view.locator(".case").count()).toBe(12);
      expect(await view.locator("#definition-hash").innerText()).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await view.locator("svg[role=img] rect").count()).toBe(2);
      const screenshots = mkdtempSync(join(tmpdir(), "virta-site-shots-"));
      await view.screenshot({ path: join(screenshots, "within-14-days.en.png"), fullPage: false });

      await view.locator("header .langs a[hreflang=fi]").click();
      expect(await view.locator("h1").innerText()).toBe(
        "Kiireetön avosairaanhoidon käynti 14 vuorokauden kuluessa hoidon tarpeen arvioinnista",
      );
      expect(await view.locator("main").innerText()).toContain("Poissulun syy");

      await view.goto(url("indicators/availability.primary_care.within_14_days.sv.html"));
      expect(await view.locator("h1").innerText()).toBe(
        "Icke-brådskande besök i öppen sjukvård inom 14 dygn från bedömningen av vårdbehovet",
      );
      expect(await view.locator("main").innerText()).toContain("100 × besök med väntetid ≤ 14 dygn / alla P-PC-besök");

      await view.goto(url("comparison.html"));
      expect(await view.locator("table.comparison thead th").allTextContents()).toEqual([
        "",
        "14 North Karelia wellbeing services county",
        "17 Ostrobothnia wellbeing services county",
      ]);
      expect(await view.locator("table.comparison tbody tr").count()).toBe(6);
      expect(await view.locator("td.num", { hasText: /^\.\.$/ }).count()).toBeGreaterThan(0);
      expect(await view.locator("main svg").count()).toBe(6);
      await view.screenshot({ path: join(screenshots, "comparison.png"), fullPage: true });
      expect(statSync(join(screenshots, "comparison.png")).size).toBeGreaterThan(10_000);
      console.log(`site screenshots: ${screenshots}`);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  afterAll(() => undefined);
});

/**
 * End-to-end test of `virta compare`: a hand-written population table for 2023 computed by the built CLI
 * and put beside Sotkanet indicator 127, served from the adapters' recorded answers
 * (`packages/adapters/test-fixtures/sotkanet/`) by a local server (sources.md: nothing is reachable from
 * the test machines).
 *
 * Hand-checked: organizer 14 = 80 000 + 82 812 = 162 812 (Joensuu 167) = Sotkanet → match; 90 = 674 500
 * (Helsinki 091) → match; 91 = 30 358 (Maarianhamina 478), Sotkanet 30 541 → mismatch −183; 17 is only
 * in Sotkanet. The population table is not suppressed (indicators.md), so every cell is compared.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempFolder, writeInput } from "../test-support/run-cli";

const FIXTURES = join(ROOT, "packages/adapters/test-fixtures/sotkanet");
const ROUTES: Record<string, string> = {
  "/indicators/127": "indicator-127.json",
  "/regions": "regions.json",
  "/json": "data-127-2022-2023-total.json",
};

let server: Server;
let baseUrl: string;
let population: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? "");
    const file = ROUTES[new URL(request.url ?? "/", "http://localhost").pathname];
    response.statusCode = file === undefined ? 404 : 200;
    response.setHeader("content-type", "application/json");
    response.end(file === undefined ? "{}" : readFileSync(join(FIXTURES, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  population = writeInput(
    tempFolder(),
    "population.csv",
    "year,municipality_code,age,sex,count\n2023,167,40,female,80000\n2023,167,41,male,82812\n" +
      "2023,091,30,female,674500\n2023,478,50,male,30358\n",
  );
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const compare = (...extra: string[]) =>
  runCli([
    "compare",
    "population_health.population.count",
    "--data",
    population,
    "--period",
    "2023",
    "--by",
    "organizer",
    "--sotkanet",
    "127",
    "--sotkanet-url",
    baseUrl,
    ...extra,
  ]);

describe("virta compare", () => {
  it("puts each organizer beside Sotkanet 127 and exits 1 for the −183 mismatch of organizer 91", async () => {
    const run = await compare("--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const comparison = JSON.parse(run.stdout);
    expect(comparison.cells).toEqual([
      {
        organizer: "14",
        sex: "total",
        ours: 162812,
        theirs: 162812,
        difference: 0,
        within_tolerance: true,
        status: "match",
      },
      {
        organizer: "17",
        sex: "total",
        ours: null,
        theirs: 175816,
        difference: null,
        within_tolerance: null,
        status: "only_theirs",
      },
      {
        organizer: "90",
        sex: "total",
        ours: 674500,
        theirs: 674500,
        difference: 0,
        within_tolerance: true,
        status: "match",
      },
      {
        organizer: "91",
        sex: "total",
        ours: 30358,
        theirs: 30541,
        difference: -183,
        within_tolerance: false,
        status: "mismatch",
      },
    ]);
    expect(requested).toContain("/json?indicator=127&years=2023&genders=total");
  });

  it("--tolerance 183 admits the difference: exit 0, printed as a table", async () => {
    const run = await compare("--tolerance", "183");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("91         total   30358   30541        -183  match");
  });

  it("needs --sotkanet, and a tolerance ≥ 0", async () => {
    const missing = await runCli([
      "compare",
      "population_health.population.count",
      "--data",
      population,
      "--period",
      "2023",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--sotkanet is required");
    const bad = await compare("--tolerance=-1");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--tolerance "-1": expected a number ≥ 0');
  });
});

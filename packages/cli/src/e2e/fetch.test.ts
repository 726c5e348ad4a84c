/**
 * End-to-end test of `virta fetch population` and of the fetched table flowing into `virta compute`:
 * StatFin's PxWeb answers come from the adapters' hand-written fixtures
 * (`packages/adapters/test-fixtures/statfin/`, see its README) served by a local server.
 *
 * Hand-checked from the fixture README (F33: totals and regions dropped, `100-` → 100, `KU` stripped):
 * 12 rows; Joensuu 167 → organizer 14: 310 + 322 + 2 + 297 + 301 + 9 = 1 241;
 * Helsinki 091 → organizer 90: 3 010 + 3 105 + 18 + 2 871 + 2 990 + 96 = 12 090.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempFolder } from "../test-support/run-cli";

const FIXTURES = join(ROOT, "packages/adapters/test-fixtures/statfin");
const TABLE_PATH = "/fi/StatFin/vaerak/statfin_vaerak_pxt_11re.px";

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const known = new URL(request.url ?? "/", "http://localhost").pathname === TABLE_PATH;
      response.statusCode = known ? 200 : 404;
      response.setHeader("content-type", "application/json");
      response.end(
        known
          ? readFileSync(
              join(FIXTURES, request.method === "POST" ? "vaerak-11re-2023.json" : "vaerak-11re-metadata.json"),
            )
          : "{}",
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("virta fetch population", () => {
  it("writes the 12 population rows as a CSV table that virta compute reads", async () => {
    const out = join(tempFolder(), "population.csv");
    const fetched = await runCli([
      "fetch",
      "population",
      "--year",
      "2023",
      "--municipalities",
      "091,167",
      "--pxweb-url",
      baseUrl,
      "--out",
      out,
    ]);
    expect(fetched.stderr).toBe("");
    expect(fetched.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(
      [
        "year,municipality_code,age,sex,count",
        "2023,091,0,male,3010",
        "2023,091,1,male,3105",
        "2023,091,100,male,18",
        "2023,091,0,female,2871",
        "2023,091,1,female,2990",
        "2023,091,100,female,96",
        "2023,167,0,male,310",
        "2023,167,1,male,322",
        "2023,167,100,male,2",
        "2023,167,0,female,297",
        "2023,167,1,female,301",
        "2023,167,100,female,9",
        "",
      ].join("\n"),
    );
    const computed = await runCli([
      "compute",
      "population_health.population.count",
      "--data",
      out,
      "--period",
      "2023",
      "--by",
      "organizer",
      "--format",
      "csv",
    ]);
    expect(computed.code).toBe(0);
    expect(computed.stdout).toBe(
      "organizer,numerator,denominator,value,suppressed\n14,1241,,1241,false\n90,12090,,12090,false\n",
    );
  });

  it("a bad year or an unknown dataset is a usage error", async () => {
    const year = await runCli(["fetch", "population", "--year", "23", "--pxweb-url", baseUrl]);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('--year "23": expected a statistical year such as 2023');
    const dataset = await runCli(["fetch", "visits", "--year", "2023"]);
    expect(dataset.code).toBe(2);
    expect(dataset.stderr).toContain('unknown dataset "visits"; virta fetch knows population');
  });
});

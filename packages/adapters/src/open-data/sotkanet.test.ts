import { UsageError } from "@virta/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  fetchSotkanetCsv,
  fetchSotkanetData,
  fetchSotkanetIndicator,
  fetchSotkanetIndicators,
  fetchSotkanetRegions,
  parseSotkanetCsv,
  sotkanetDataPath,
} from "./sotkanet";
import { fetchSotkanetIndicatorData } from "./sotkanet-indicator-data";
import {
  readFixture,
  readJsonFixture,
  startRecordedServer,
  type RecordedRoute,
  type RecordedServer,
} from "./test-support/recorded-server";

let server: RecordedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { timeoutMs: 2000, retry: { attempts: 3, baseDelayMs: 5 } };
const dataPath = "/json?indicator=127&years=2022&years=2023&genders=total";
const start = async (routes: RecordedRoute[]) => {
  server = await startRecordedServer(routes, "/rest/1.1");
  return { ...fast, baseUrl: server.baseUrl };
};

describe("sotkanetDataPath (repeated years and genders, sources.md)", () => {
  it("repeats years= and genders=", () => {
    expect(sotkanetDataPath("json", { indicator: 127, years: [2022, 2023], genders: ["male", "female"] })).toBe(
      "/json?indicator=127&years=2022&years=2023&genders=male&genders=female",
    );
    expect(sotkanetDataPath("csv", { indicator: 127, years: [2009] })).toBe("/csv?indicator=127&years=2009");
  });

  it("rejects a query without a year, a bad year or a bad gender as usage errors", () => {
    expect(() => sotkanetDataPath("json", { indicator: 127, years: [] })).toThrow(UsageError);
    expect(() => sotkanetDataPath("json", { indicator: 127, years: [23] })).toThrow(
      /year 23: expected a four-digit year/,
    );
    expect(() => sotkanetDataPath("json", { indicator: 127, years: [2023], genders: ["all" as "total"] })).toThrow(
      /gender "all": expected male, female or total/,
    );
    expect(() => sotkanetDataPath("json", { indicator: 0, years: [2023] })).toThrow(/expected a positive integer id/);
  });
});

describe("Sotkanet /json data against a local server", () => {
  it("reads a normal answer and sends the repeated parameters", async () => {
    const options = await start([
      { path: dataPath, responses: [{ body: readJsonFixture("sotkanet/data-127-2022-2023-total.json") }] },
    ]);
    const rows = await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      indicator: 127,
      region: 658,
      year: 2023,
      gender: "total",
      value: 5603851,
      absValue: 5603851,
    });
    expect(rows[6]).toEqual({
      indicator: 127,
      region: 972,
      year: 2022,
      gender: "total",
      value: 163537,
      absValue: 163537,
    });
    expect(server!.requests.map((request) => request.path)).toEqual([`/rest/1.1${dataPath}`]);
  });

  it("retries a 500 and then returns the data", async () => {
    const options = await start([
      {
        path: dataPath,
        responses: [
          { status: 500, body: "Internal Server Error" },
          { body: readJsonFixture("sotkanet/data-127-2022-2023-total.json") },
        ],
      },
    ]);
    const rows = await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options);
    expect(rows).toHaveLength(7);
    expect(server!.requests).toHaveLength(2);
  });

  it("fails with open_data_http_error naming the URL when every attempt is a 5xx", async () => {
    const options = await start([{ path: dataPath, responses: [{ status: 503, body: "maintenance" }] }]);
    const error = await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "open_data_http_error", details: { status: 503, attempts: 3 } });
    expect((error as Error).message).toContain(`${options.baseUrl}${dataPath}: HTTP 503`);
  });

  it("turns a stalled answer into open_data_timeout, never into empty data", async () => {
    const options = await start([{ path: dataPath, responses: [{ body: [], delayMs: 1500 }] }]);
    await expect(
      fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, { ...options, timeoutMs: 100 }),
    ).rejects.toMatchObject({ code: "open_data_timeout" });
  });

  it("reports malformed JSON naming the URL", async () => {
    const options = await start([{ path: dataPath, responses: [{ body: '[{"indicator":127,"region":658,' }] }]);
    await expect(
      fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options),
    ).rejects.toThrow(`${options.baseUrl}${dataPath}: the answer is not valid JSON`);
  });

  it("reports a row of the wrong shape naming the row and field", async () => {
    const options = await start([
      {
        path: dataPath,
        responses: [{ body: [{ indicator: 127, region: "658", year: 2023, gender: "total", value: 1 }] }],
      },
    ]);
    await expect(
      fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options),
    ).rejects.toThrow(/row 1: "region" is "658"; expected an integer/);
  });

  it("returns an empty answer [] as no rows", async () => {
    const options = await start([{ path: dataPath, responses: [{ body: [] }] }]);
    expect(await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options)).toEqual([]);
  });

  it("turns HTTP 404 for the data into unknown_sotkanet_indicator (exit 2)", async () => {
    const options = await start([]);
    const error = await fetchSotkanetData({ indicator: 99999, years: [2023] }, options).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: "unknown_sotkanet_indicator", exitCode: 2, details: { indicator: 99999 } });
    expect((error as Error).message).toMatch(/^Sotkanet indicator 99999 is unknown \(HTTP 404 from /);
  });

  it("keeps missing and null values as null", async () => {
    const options = await start([
      {
        path: dataPath,
        responses: [
          {
            body: [
              { indicator: 127, region: 972, year: 2023, gender: "total", value: 12.5 },
              { indicator: 127, region: 960, year: 2023, gender: "total", value: null, absValue: null },
            ],
          },
        ],
      },
    ]);
    const rows = await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] }, options);
    expect(rows.map((row) => [row.value, row.absValue])).toEqual([
      [12.5, null],
      [null, null],
    ]);
  });
});

describe("Sotkanet /csv against a local server (the real 2009 sample)", () => {
  it("parses the real answer: 14 rows, empty absolute value → null, zeros kept", async () => {
    const path = "/csv?indicator=127&years=2009&genders=total";
    const options = await start([
      { path, responses: [{ body: readFixture("sotkanet/indicator-127-2009-sample.csv"), contentType: "text/csv" }] },
    ]);
    const rows = await fetchSotkanetCsv({ indicator: 127, years: [2009], genders: ["total"] }, options);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({ indicator: 127, region: 69, year: 2009, gender: "total", value: 2406, absValue: null });
    expect(rows.find((row) => row.region === 658)).toEqual({
      indicator: 127,
      region: 658,
      year: 2009,
      gender: "total",
      value: 5351427,
      absValue: null,
    });
    expect(rows.filter((row) => row.value === 0).map((row) => row.region)).toEqual([730, 456]);
    expect(rows.every((row) => row.absValue === null)).toBe(true);
  });

  it("reads a decimal comma and a filled absolute value, and names a bad line", () => {
    const text = "indicator;region;year;gender;primary value;absolute value\r\n171;972;2023;female;15,2;12900\r\n\r\n";
    expect(parseSotkanetCsv(text, "inline")).toEqual([
      { indicator: 171, region: 972, year: 2023, gender: "female", value: 15.2, absValue: 12900 },
    ]);
    expect(() =>
      parseSotkanetCsv(
        "indicator;region;year;gender;primary value;absolute value\n171;972;2023;female;n/a;\n",
        "inline",
      ),
    ).toThrow('inline: line 2: "primary value" is "n/a"; expected a number or an empty cell');
    expect(() => parseSotkanetCsv("indicator;region;year\n", "inline")).toThrow(/no column "gender"/);
  });

  it("turns a 404 into unknown_sotkanet_indicator", async () => {
    const options = await start([]);
    await expect(fetchSotkanetCsv({ indicator: 99999, years: [2009] }, options)).rejects.toMatchObject({
      code: "unknown_sotkanet_indicator",
    });
  });
});

describe("Sotkanet /indicators and /indicators/{id}", () => {
  it("lists the indicators", async () => {
    const options = await start([
      { path: "/indicators", responses: [{ body: readJsonFixture("sotkanet/indicators.json") }] },
    ]);
    const all = await fetchSotkanetIndicators(options);
    expect(all.map((indicator) => indicator.id)).toEqual([7, 127, 171]);
    expect(all[1]!.title.en).toBe("Population 31 Dec");
  });

  it("reads one indicator's metadata, after a 500", async () => {
    const options = await start([
      {
        path: "/indicators/127",
        responses: [{ status: 500 }, { body: readJsonFixture("sotkanet/indicator-127.json") }],
      },
    ]);
    const metadata = await fetchSotkanetIndicator(127, options);
    expect(metadata).toMatchObject({ id: 127, range: { start: 1990, end: 2023 }, decimals: 0 });
    expect(server!.requests).toHaveLength(2);
  });

  it.each([
    ["HTTP 404", "HTTP 404", []],
    ["empty metadata {}", "empty metadata", [{ path: "/indicators/4242", responses: [{ body: {} }] }]],
    ["an empty body", "an empty answer", [{ path: "/indicators/4242", responses: [{ body: "" }] }]],
    ["null", "empty metadata", [{ path: "/indicators/4242", responses: [{ body: "null" }] }]],
  ] as Array<[string, string, RecordedRoute[]]>)(
    "an unknown indicator (%s) is unknown_sotkanet_indicator",
    async (_case, reason, routes) => {
      const options = await start(routes);
      const error = await fetchSotkanetIndicator(4242, options).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "unknown_sotkanet_indicator", exitCode: 2 });
      expect((error as Error).message).toContain(
        `Sotkanet indicator 4242 is unknown (${reason} from ${options.baseUrl}/indicators/4242)`,
      );
    },
  );

  it("reports malformed metadata and a timeout", async () => {
    const options = await start([
      { path: "/indicators/127", responses: [{ body: "<html>maintenance</html>", contentType: "text/html" }] },
      { path: "/indicators", responses: [{ body: [], delayMs: 1500 }] },
    ]);
    await expect(fetchSotkanetIndicator(127, options)).rejects.toMatchObject({ code: "open_data_malformed" });
    await expect(fetchSotkanetIndicators({ ...options, timeoutMs: 100 })).rejects.toMatchObject({
      code: "open_data_timeout",
    });
  });
});

describe("Sotkanet /regions and the combined fetch", () => {
  it("reads the regions", async () => {
    const options = await start([
      { path: "/regions", responses: [{ body: readJsonFixture("sotkanet/regions.json") }] },
    ]);
    const regions = await fetchSotkanetRegions(options);
    expect(regions).toHaveLength(29);
    expect(regions.find((region) => region.id === 972)).toEqual({
      id: 972,
      code: "14",
      title: {
        fi: "Pohjois-Karjalan hyvinvointialue",
        sv: "Norra Karelens välfärdsområde",
        en: "North Karelia wellbeing services county",
      },
      category: "HYVINVOINTIALUE",
    });
  });

  it("rejects a region without a code", async () => {
    const options = await start([
      { path: "/regions", responses: [{ body: [{ id: 1, title: {}, category: "KUNTA" }] }] },
    ]);
    await expect(fetchSotkanetRegions(options)).rejects.toThrow(/region 1 \(id 1\) has no "code"/);
  });

  it(
    "fetchSotkanetIndicatorData: metadata, regions and rows; an unknown indicator fails before " + "any data is read",
    async () => {
      const options = await start([
        { path: "/indicators/127", responses: [{ body: readJsonFixture("sotkanet/indicator-127.json") }] },
        { path: "/regions", responses: [{ body: readJsonFixture("sotkanet/regions.json") }] },
        { path: dataPath, responses: [{ body: readJsonFixture("sotkanet/data-127-2022-2023-total.json") }] },
      ]);
      const published = await fetchSotkanetIndicatorData(
        { indicator: 127, years: [2022, 2023], genders: ["total"] },
        options,
      );
      expect(published.indicator.id).toBe(127);
      expect(published.regions.organizerById.get(960)).toBe("90");
      expect(published.rows).toHaveLength(7);
      await expect(fetchSotkanetIndicatorData({ indicator: 4242, years: [2023] }, options)).rejects.toMatchObject({
        code: "unknown_sotkanet_indicator",
      });
      expect(
        server!.requests.filter((request) => request.path.startsWith("/rest/1.1/json?indicator=4242")),
      ).toHaveLength(0);
    },
  );
});

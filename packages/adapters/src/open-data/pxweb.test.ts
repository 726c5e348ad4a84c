import { DataError, UsageError } from "@virta/core";
import { afterEach, describe, expect, it } from "vitest";
import { populationFromJsonStat, type PopulationRow } from "./population-jsonstat";
import {
  checkJsonStatDataset,
  fetchPxWebMetadata,
  jsonStatCategoryCodes,
  pxWebTableUrl,
  queryPxWeb,
  type JsonStatDataset,
  type PxWebMetadata,
} from "./pxweb";
import { fetchPopulation, populationQuery, statFinPopulationTable } from "./statfin-population";
import {
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
const tablePath = "/fi/StatFin/vaerak/statfin_vaerak_pxt_11re.px";
const metadata = readJsonFixture("statfin/vaerak-11re-metadata.json") as PxWebMetadata;
const dataset2023 = readJsonFixture("statfin/vaerak-11re-2023.json") as JsonStatDataset;
const start = async (routes: RecordedRoute[]) => {
  server = await startRecordedServer(routes, "/PxWeb/api/v1");
  return { ...fast, baseUrl: server.baseUrl };
};

/** The 12 rows of statfin/README.md, in the dataset's order (Alue, Sukupuoli, Ikä). */
const expected2023: PopulationRow[] = [
  { year: 2023, municipality_code: "091", age: 0, sex: "male", count: 3010 },
  { year: 2023, municipality_code: "091", age: 1, sex: "male", count: 3105 },
  { year: 2023, municipality_code: "091", age: 100, sex: "male", count: 18 },
  { year: 2023, municipality_code: "091", age: 0, sex: "female", count: 2871 },
  { year: 2023, municipality_code: "091", age: 1, sex: "female", count: 2990 },
  { year: 2023, municipality_code: "091", age: 100, sex: "female", count: 96 },
  { year: 2023, municipality_code: "167", age: 0, sex: "male", count: 310 },
  { year: 2023, municipality_code: "167", age: 1, sex: "male", count: 322 },
  { year: 2023, municipality_code: "167", age: 100, sex: "male", count: 2 },
  { year: 2023, municipality_code: "167", age: 0, sex: "female", count: 297 },
  { year: 2023, municipality_code: "167", age: 1, sex: "female", count: 301 },
  { year: 2023, municipality_code: "167", age: 100, sex: "female", count: 9 },
];

describe("pxWebTableUrl", () => {
  it("builds {base}/{lang}/StatFin/{subject}/{table}.px", () => {
    expect(pxWebTableUrl(statFinPopulationTable, { lang: "en" })).toBe(
      "https://pxdata.stat.fi/PxWeb/api/v1/en/StatFin/vaerak/statfin_vaerak_pxt_11re.px",
    );
    expect(() => pxWebTableUrl(statFinPopulationTable, { lang: "de" as "fi" })).toThrow(
      /language "de": expected fi, sv or en/,
    );
    expect(() => pxWebTableUrl("vaerak")).toThrow(UsageError);
  });
});

describe("populationFromJsonStat (F33)", () => {
  it("drops every total (SSS area, sex and age), skips MK regions, strips KU and maps 100- to 100", () => {
    expect(populationFromJsonStat(dataset2023)).toEqual(expected2023);
  });

  it("reads another dimension order, array indexes and a sparse value object the same way", () => {
    const dataset = checkJsonStatDataset(
      {
        version: "2.0",
        class: "dataset",
        id: ["Sukupuoli", "Ikä", "Alue", "Vuosi"],
        size: [2, 2, 2, 1],
        dimension: {
          Sukupuoli: { category: { index: ["2", "SSS"] } },
          Ikä: { category: { index: { "100-": 1, "007": 0 } } },
          Alue: { category: { index: ["KU478", "MK21"] } },
          Vuosi: { category: { index: ["2022"] } },
        },
        // position = sex·4 + age·2 + area
        value: { "0": 120, "1": 140, "2": 3, "3": 4, "4": 250, "5": 290, "6": 5, "7": 6 },
      },
      "inline",
    );
    expect(populationFromJsonStat(dataset)).toEqual([
      { year: 2022, municipality_code: "478", age: 7, sex: "female", count: 120 },
      { year: 2022, municipality_code: "478", age: 100, sex: "female", count: 3 },
    ]);
  });

  it("takes the year from options when the answer has no year dimension", () => {
    const dataset = checkJsonStatDataset(
      {
        id: ["Alue", "Sukupuoli", "Ikä"],
        size: [1, 1, 1],
        dimension: {
          Alue: { category: { index: ["KU091"] } },
          Sukupuoli: { category: { index: ["1"] } },
          Ikä: { category: { index: ["050"] } },
        },
        value: [4100],
      },
      "inline",
    );
    expect(populationFromJsonStat(dataset, { year: 2021 })).toEqual([
      { year: 2021, municipality_code: "091", age: 50, sex: "male", count: 4100 },
    ]);
    expect(() => populationFromJsonStat(dataset)).toThrow(/no year variable/);
  });

  it("returns no rows for an answer with only total and MK areas (empty)", () => {
    const dataset = checkJsonStatDataset(
      {
        id: ["Alue", "Vuosi", "Sukupuoli", "Ikä"],
        size: [2, 1, 1, 1],
        dimension: {
          Alue: { category: { index: ["SSS", "MK12"] } },
          Vuosi: { category: { index: ["2023"] } },
          Sukupuoli: { category: { index: ["1"] } },
          Ikä: { category: { index: ["000"] } },
        },
        value: [22551, 521],
      },
      "inline",
    );
    expect(populationFromJsonStat(dataset)).toEqual([]);
  });

  it("refuses an age band, a null value and a second measure, naming the cell", () => {
    const base = { id: ["Alue", "Vuosi", "Sukupuoli", "Ikä"], size: [1, 1, 1, 1], role: { time: ["Vuosi"] } };
    const dims = (age: string) => ({
      Alue: { category: { index: ["KU091"] } },
      Vuosi: { category: { index: ["2023"] } },
      Sukupuoli: { category: { index: ["2"] } },
      Ikä: { category: { index: [age] } },
    });
    expect(() =>
      populationFromJsonStat(checkJsonStatDataset({ ...base, dimension: dims("0-14"), value: [1] }, "t")),
    ).toThrow(/no age variable/);
    expect(() =>
      populationFromJsonStat(checkJsonStatDataset({ ...base, dimension: dims("101"), value: [1] }, "t")),
    ).toThrow('t: dimension "Ikä" has the category "101"; expected a single year 000…099, 100- or SSS');
    const nullValue = () =>
      populationFromJsonStat(checkJsonStatDataset({ ...base, dimension: dims("030"), value: [null] }, "t"));
    expect(nullValue).toThrow(DataError);
    expect(nullValue).toThrow(
      "t: the value at Alue=KU091, Vuosi=2023, Sukupuoli=2, Ikä=030 is null; expected a count of " +
        "persons (an integer ≥ 0)",
    );
    const twoMeasures = checkJsonStatDataset(
      {
        id: [...base.id, "Tiedot"],
        size: [1, 1, 1, 1, 2],
        role: base.role,
        dimension: { ...dims("030"), Tiedot: { category: { index: ["vaesto", "muutos"] } } },
        value: [1, 2],
      },
      "t",
    );
    expect(() => populationFromJsonStat(twoMeasures)).toThrow(
      't: dimension "Tiedot" has 2 categories (vaesto, muutos); select exactly one value of it in the query',
    );
  });

  it("checks the dataset shape", () => {
    expect(() =>
      checkJsonStatDataset({ id: ["a"], size: [2], dimension: { a: { category: { index: ["x"] } } }, value: [1] }, "t"),
    ).toThrow('t: dimension "a" has 1 categories but "size" says 2');
    expect(() => checkJsonStatDataset({ class: "collection" }, "t")).toThrow(/expected "dataset"/);
    expect(jsonStatCategoryCodes({ category: { label: { vaesto: "Väestö" } } })).toEqual(["vaesto"]);
  });
});

describe("populationQuery", () => {
  it("selects the KU municipalities, all ages, sexes 1 and 2, the year and the single measure", () => {
    expect(populationQuery(metadata, { year: 2023 }, statFinPopulationTable)).toEqual({
      query: [
        { code: "Alue", selection: { filter: "item", values: ["KU091", "KU167", "KU478"] } },
        { code: "Vuosi", selection: { filter: "item", values: ["2023"] } },
        { code: "Sukupuoli", selection: { filter: "item", values: ["1", "2"] } },
        { code: "Ikä", selection: { filter: "all", values: ["*"] } },
        { code: "Tiedot", selection: { filter: "item", values: ["vaesto"] } },
      ],
      response: { format: "json-stat2" },
    });
  });

  it("reads the variable codes from the metadata (English codes work the same)", () => {
    const english: PxWebMetadata = {
      title: "",
      variables: metadata.variables.map((variable) => ({
        ...variable,
        code: { Alue: "Area", Vuosi: "Year", Sukupuoli: "Sex", Ikä: "Age", Tiedot: "Information" }[variable.code]!,
      })),
    };
    const query = populationQuery(english, { year: 2022, municipalities: ["91"] }, statFinPopulationTable);
    expect(query.query.map((selection) => [selection.code, selection.selection.values])).toEqual([
      ["Area", ["KU091"]],
      ["Year", ["2022"]],
      ["Sex", ["1", "2"]],
      ["Age", ["*"]],
      ["Information", ["vaesto"]],
    ]);
  });

  it("refuses a year or a municipality the table does not have", () => {
    expect(() => populationQuery(metadata, { year: 2030 }, statFinPopulationTable)).toThrow(
      "year 2030 is not in the PxWeb table vaerak/statfin_vaerak_pxt_11re.px (it has 2021–2023); " +
        "choose a year in that range",
    );
    expect(() => populationQuery(metadata, { year: 2023, municipalities: ["999"] }, statFinPopulationTable)).toThrow(
      /municipalities 999 are not in the PxWeb table/,
    );
  });
});

describe("PxWeb client against a local server", () => {
  it("GETs the metadata", async () => {
    const options = await start([{ path: tablePath, responses: [{ body: metadata }] }]);
    const read = await fetchPxWebMetadata(statFinPopulationTable, options);
    expect(read.variables.map((variable) => variable.code)).toEqual(["Alue", "Vuosi", "Sukupuoli", "Ikä", "Tiedot"]);
    expect(read.variables[3]!.values).toHaveLength(102);
  });

  it("fetchPopulation: metadata, then a POSTed json-stat2 query, then the F33 rows", async () => {
    const options = await start([
      { path: tablePath, responses: [{ body: metadata }] },
      { method: "POST", path: tablePath, responses: [{ body: dataset2023 }] },
    ]);
    expect(await fetchPopulation({ ...options, year: 2023, municipalities: ["091", "167"] })).toEqual(expected2023);
    expect(server!.requests.map((request) => request.method)).toEqual(["GET", "POST"]);
    const posted = JSON.parse(server!.requests[1]!.body) as {
      query: Array<{ code: string; selection: { values: string[] } }>;
      response: unknown;
    };
    expect(posted.query[0]).toEqual({ code: "Alue", selection: { filter: "item", values: ["KU091", "KU167"] } });
    expect(posted.response).toEqual({ format: "json-stat2" });
  });

  it("retries a 500 on the query and then succeeds", async () => {
    const options = await start([
      { path: tablePath, responses: [{ body: metadata }] },
      { method: "POST", path: tablePath, responses: [{ status: 500, body: "error" }, { body: dataset2023 }] },
    ]);
    expect(await fetchPopulation({ ...options, year: 2023 })).toHaveLength(12);
    expect(server!.requests.map((request) => request.method)).toEqual(["GET", "POST", "POST"]);
  });

  it("times out a stalled query with open_data_timeout", async () => {
    const options = await start([
      { path: tablePath, responses: [{ body: metadata }] },
      { method: "POST", path: tablePath, responses: [{ body: dataset2023, delayMs: 1500 }] },
    ]);
    await expect(fetchPopulation({ ...options, timeoutMs: 100, year: 2023 })).rejects.toMatchObject({
      code: "open_data_timeout",
    });
  });

  it("reports malformed JSON naming the URL", async () => {
    const options = await start([{ path: tablePath, responses: [{ body: '{"title": "Väestö", "variables": [' }] }]);
    await expect(fetchPxWebMetadata(statFinPopulationTable, options)).rejects.toThrow(
      `${options.baseUrl}${tablePath}: the answer is not valid JSON`,
    );
  });

  it("reports an empty answer as an error, and metadata without variables too", async () => {
    const options = await start([
      { path: tablePath, responses: [{ body: "" }, { body: { title: "x", variables: [] } }] },
      { method: "POST", path: tablePath, responses: [{ body: "" }] },
    ]);
    await expect(fetchPxWebMetadata(statFinPopulationTable, options)).rejects.toThrow(
      /the answer is empty; expected a JSON document/,
    );
    await expect(fetchPxWebMetadata(statFinPopulationTable, options)).rejects.toThrow(/lists no variables/);
    await expect(
      queryPxWeb(statFinPopulationTable, { query: [], response: { format: "json-stat2" } }, options),
    ).rejects.toMatchObject({ code: "open_data_malformed" });
  });

  it("turns HTTP 404 into unknown_pxweb_table (exit 2)", async () => {
    const options = await start([]);
    const error = await fetchPxWebMetadata("vaerak/statfin_vaerak_pxt_99zz.px", options).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: "unknown_pxweb_table", exitCode: 2 });
    expect((error as Error).message).toMatch(
      /^PxWeb table "vaerak\/statfin_vaerak_pxt_99zz.px" is unknown \(HTTP 404 from /,
    );
  });
});

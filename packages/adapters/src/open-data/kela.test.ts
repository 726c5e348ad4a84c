import { afterEach, describe, expect, it } from "vitest";
import { fetchKelaCountyData, readKelaTable } from "./kela";
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
const start = async (routes: RecordedRoute[]) => {
  server = await startRecordedServer(routes, "/kela/avoin-data");
  return { ...fast, baseUrl: server.baseUrl };
};
const sample = readJsonFixture("kela/dat_hva.json");

describe("fetchKelaCountyData against a local server (assumed shape, test-fixtures/kela/README.md)", () => {
  it("reads the plain table with its columns as given", async () => {
    const options = await start([{ path: "/dat_hva.json", responses: [{ body: sample }] }]);
    const table = await fetchKelaCountyData(options);
    expect(table.columns).toEqual([
      "tilastovuosi",
      "hyvinvointialue_koodi",
      "hyvinvointialue_nimi",
      "etuus",
      "saajat_lkm",
      "maksetut_eur",
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[2]).toEqual({
      tilastovuosi: 2023,
      hyvinvointialue_koodi: "90",
      hyvinvointialue_nimi: "Helsingin kaupunki",
      etuus: "Yleinen asumistuki",
      saajat_lkm: 68855,
      maksetut_eur: 327801644.9,
    });
    expect(table.rows[3]!.saajat_lkm).toBeNull();
  });

  it("retries a 500 and then reads the table", async () => {
    const options = await start([
      { path: "/dat_hva.json", responses: [{ status: 500, body: "oops" }, { body: sample }] },
    ]);
    expect((await fetchKelaCountyData(options)).rows).toHaveLength(4);
    expect(server!.requests).toHaveLength(2);
  });

  it("times out a stalled answer", async () => {
    const options = await start([{ path: "/dat_hva.json", responses: [{ body: sample, delayMs: 1500 }] }]);
    await expect(fetchKelaCountyData({ ...options, timeoutMs: 100 })).rejects.toMatchObject({
      code: "open_data_timeout",
    });
  });

  it("reports malformed JSON naming the URL", async () => {
    const options = await start([{ path: "/dat_hva.json", responses: [{ body: '[{"tilastovuosi": 2023' }] }]);
    await expect(fetchKelaCountyData(options)).rejects.toThrow(
      `${options.baseUrl}/dat_hva.json: the answer is not valid JSON`,
    );
  });

  it("returns an empty answer [] as an empty table", async () => {
    const options = await start([{ path: "/dat_hva.json", responses: [{ body: [] }] }]);
    expect(await fetchKelaCountyData(options)).toEqual({ columns: [], rows: [] });
  });

  it("reports a missing file (HTTP 404) as open_data_not_found, never as an empty table", async () => {
    const options = await start([]);
    await expect(fetchKelaCountyData({ ...options, file: "dat_xyz.json" })).rejects.toMatchObject({
      code: "open_data_not_found",
      details: { url: `${options.baseUrl}/dat_xyz.json` },
    });
  });
});

describe("readKelaTable", () => {
  it("collects the columns in first-seen order over all rows", () => {
    expect(readKelaTable([{ a: 1 }, { b: "x", a: 2 }], "t").columns).toEqual(["a", "b"]);
  });

  it(
    "refuses a non-array, a non-object row, a nested value and a missing required column, " + "naming row and column",
    () => {
      expect(() => readKelaTable({ rows: [] }, "t")).toThrow("t: expected a JSON array of row objects (a plain table)");
      expect(() => readKelaTable([{ a: 1 }, 5], "t")).toThrow("t: row 2 is 5; expected an object of column → value");
      expect(() => readKelaTable([{ a: { b: 1 } }], "t")).toThrow('t: row 1, column "a" holds a nested value');
      expect(() => readKelaTable([{ tilastovuosi: 2023 }], "t", ["tilastovuosi", "saajat_lkm"])).toThrow(
        't: row 1 has no column "saajat_lkm"; expected the columns tilastovuosi, saajat_lkm',
      );
    },
  );
});

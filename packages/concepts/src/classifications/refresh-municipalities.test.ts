import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MunicipalityData } from "@virta/concepts";
import {
  DATA_FILE,
  correspondenceUrl,
  fetchCorrespondence,
  formatMunicipalityData,
  refreshMunicipalityData,
} from "../../scripts/refresh-municipalities";

// Recorded answers in the API's shape (sources.md), for a made-up year 2027 with a made-up municipality 999.
const FIXTURES = new URL("../../scripts/fixtures/", import.meta.url);
const recorded = (lang: string) =>
  readFileSync(new URL(`kunta_1_20270101-hyvinvointialue-${lang}.json`, FIXTURES), "utf8");

let server: Server;
let baseUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const tablePath = /\/correspondenceTables\/kunta_1_20270101%23hyvinvointialue_1_20270101\/maps/.source;
    const match = new RegExp(`${tablePath}\\?content=data&meta=min&lang=(fi|sv)$`).exec(request.url ?? "");
    if (match === null) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(recorded(match[1]!));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/classifications/v2`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("scripts/refresh-municipalities.ts against a recorded answer on a local server", () => {
  it("asks for the correspondence kunta_1_YYYY0101#hyvinvointialue_1_YYYY0101 with the # escaped", () => {
    expect(correspondenceUrl("https://data.stat.fi/api/classifications/v2", 2025, "fi")).toBe(
      "https://data.stat.fi/api/classifications/v2/correspondenceTables/" +
        "kunta_1_20250101%23hyvinvointialue_1_20250101/maps?content=data&meta=min&lang=fi",
    );
  });

  it("reads codes (padding the county code 3 → 03) and names", async () => {
    const rows = await fetchCorrespondence(baseUrl, 2027, "fi");
    expect(rows).toEqual([
      { municipality: "091", organizer: "90", name: "Helsinki" },
      { municipality: "507", organizer: "12", name: "Mäntyharju" },
      { municipality: "049", organizer: "03", name: "Espoo" },
      { municipality: "999", organizer: "14", name: "Uusikunta" },
    ]);
  });

  it("adds the year, keeps the other years, and names new municipalities in fi and sv", async () => {
    const current = JSON.parse(readFileSync(DATA_FILE, "utf8")) as MunicipalityData;
    const before = requests.length;
    const refreshed = await refreshMunicipalityData(current, { baseUrl, years: [2027] });
    expect(refreshed.organizerByYear["2027"]).toEqual([
      ["049", "03"],
      ["091", "90"],
      ["507", "12"],
      ["999", "14"],
    ]);
    expect(refreshed.organizerByYear["2024"]).toEqual(current.organizerByYear["2024"]);
    expect(refreshed.names.find(([code]) => code === "999")).toEqual(["999", "Uusikunta", "Nykommun"]);
    expect(refreshed.names.find(([code]) => code === "588")).toEqual(["588", "Pertunmaa", "Pertunmaa"]);
    expect(requests.slice(before).map((url) => url.slice(-7))).toEqual(["lang=fi", "lang=sv"]);
  });

  it("a year the server does not have stops with the address and the status", async () => {
    await expect(fetchCorrespondence(baseUrl, 2031, "fi")).rejects.toThrow(
      /kunta_1_20310101%23hyvinvointialue_1_20310101.*HTTP 404/,
    );
  });

  it("writes the data file in the committed format (formatting the shipped data reproduces it byte for byte)", () => {
    const text = readFileSync(DATA_FILE, "utf8");
    expect(formatMunicipalityData(JSON.parse(text) as MunicipalityData)).toBe(text);
  });
});

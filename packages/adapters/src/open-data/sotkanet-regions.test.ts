import { DataError } from "@virta/core";
import { describe, expect, it } from "vitest";
import type { SotkanetRegion } from "./sotkanet";
import { buildSotkanetRegionMap, resolveSotkanetRegion } from "./sotkanet-regions";
import { readFixture, readJsonFixture } from "./test-support/recorded-server";

const regions = readJsonFixture("sotkanet/regions.json") as SotkanetRegion[];
const county = (id: number, code: string): SotkanetRegion => ({ id, code, title: {}, category: "HYVINVOINTIALUE" });

describe("buildSotkanetRegionMap (classifications.md, Sotkanet region ids)", () => {
  const map = buildSotkanetRegionMap(regions);

  it("maps every current county id of the real id list to its organizer code, padded to 2 digits (F3)", () => {
    const lines = readFixture("sotkanet/wellbeing-county-ids.csv").trim().split("\n").slice(1);
    expect(lines).toHaveLength(23);
    for (const line of lines) {
      const [, newId, , newCode] = line.split(",");
      expect(map.organizerById.get(Number(newId))).toBe(newCode!.padStart(2, "0"));
    }
    expect(map.organizerById.size).toBe(23);
  });

  it(
    "holds the examples of classifications.md: 960 Helsinki 90, 957 Etelä-Karjala 11, 972 " +
      "Pohjois-Karjala 14, 971 Pohjanmaa 17, 956 Åland 91",
    () => {
      expect([960, 957, 972, 971, 956, 961].map((id) => map.organizerById.get(id))).toEqual([
        "90",
        "11",
        "14",
        "17",
        "91",
        "01",
      ]);
      expect(map.idByOrganizer.get("14")).toBe(972);
    },
  );

  it("maps KUNTA codes to 3-digit municipality codes and 658 to the whole country", () => {
    expect(resolveSotkanetRegion(map, 5091)).toEqual({ kind: "municipality", code: "091" });
    expect(map.idByMunicipality.get("478")).toBe(5478);
    expect(resolveSotkanetRegion(map, 658)).toEqual({ kind: "country" });
    expect(resolveSotkanetRegion(map, 629)).toEqual({ kind: "other", category: "SAIRAANHOITOPIIRI" });
    expect(resolveSotkanetRegion(map, 636)).toEqual({ kind: "other", category: "MAAKUNTA" });
    expect(resolveSotkanetRegion(map, 123456)).toEqual({ kind: "other", category: null });
    expect(resolveSotkanetRegion(buildSotkanetRegionMap([]), 658)).toEqual({ kind: "country" });
  });

  it("refuses an answer that mixes the old and new numbering (old Varsinais-Suomi code 1 vs new Itä-Uusimaa 1)", () => {
    const error = (() => {
      try {
        buildSotkanetRegionMap([county(961, "1"), county(898, "1")]);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: "ambiguous_sotkanet_region", details: { ids: [961, 898], code: "01" } });
  });

  it("sets aside a county code outside the organizer classification (old Helsinki 22) instead of guessing", () => {
    const mixed = buildSotkanetRegionMap([county(880, "22"), county(960, "90")]);
    expect(mixed.organizerById.get(880)).toBeUndefined();
    expect(mixed.ignored).toEqual([{ id: 880, category: "HYVINVOINTIALUE", code: "22" }]);
    expect(resolveSotkanetRegion(mixed, 880)).toEqual({ kind: "other", category: "HYVINVOINTIALUE" });
  });

  it("takes the Åland region (MAAKUNTA 21) as organizer 91 only when no county has code 91", () => {
    const aland: SotkanetRegion = { id: 640, code: "21", title: { fi: "Ahvenanmaa" }, category: "MAAKUNTA" };
    expect(buildSotkanetRegionMap([county(960, "90"), aland]).organizerById.get(640)).toBe("91");
    const withCounty = buildSotkanetRegionMap([county(956, "91"), aland]);
    expect(withCounty.organizerById.get(640)).toBeUndefined();
    expect(withCounty.organizerById.get(956)).toBe("91");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AGE_GROUP_SETS,
  AVAILABILITY_DAYS,
  ENUM_CLASSIFICATIONS,
  MUNICIPALITY_CLASSIFICATION_YEARS,
  ORGANIZER_CODES,
  ORGANIZERS,
  SOTKANET_REGION_ORGANIZERS,
  STAFF_PROFESSIONAL_GROUPS,
  VISIT_PROFESSIONAL_GROUPS,
  ageGroupNames,
  classificationOrder,
  compareInDimension,
  labelOf,
  municipalities,
  municipalityName,
  organizerOfMunicipality,
  organizerOfSotkanetRegion,
  sexFromPxWeb,
  sexToPxWeb,
  sexToSotkanet,
  sotkanetRegionOfOrganizer,
  waitBandOf,
} from "@virta/concepts";

function countsByOrganizer(year: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const municipality of municipalities(year))
    counts[municipality.organizer] = (counts[municipality.organizer] ?? 0) + 1;
  return counts;
}

/**
 * Municipalities per county: the five Uusimaa counties from classifications.md, and outside Uusimaa
 * the municipality counts of the regions (Statistics Finland, maakunnat since 2021: Varsinais-Suomi 27,
 * Satakunta 16, Kanta-Häme 11, Pirkanmaa 23, Päijät-Häme 10, Kymenlaakso 6, Etelä-Karjala 9,
 * Etelä-Savo 12, Pohjois-Savo 19, Pohjois-Karjala 13, Keski-Suomi 22, Etelä-Pohjanmaa 18,
 * Pohjanmaa 14, Keski-Pohjanmaa 8, Pohjois-Pohjanmaa 30, Kainuu 8, Lappi 21, Ahvenanmaa 16).
 */
const COUNTS_2023 = {
  "01": 7,
  "02": 6,
  "03": 10,
  "04": 2,
  "90": 1,
  "05": 27,
  "06": 16,
  "07": 11,
  "08": 23,
  "09": 10,
  "10": 6,
  "11": 9,
  "12": 12,
  "13": 19,
  "14": 13,
  "15": 22,
  "16": 18,
  "17": 14,
  "18": 8,
  "19": 30,
  "20": 8,
  "21": 21,
  "91": 16,
};

describe("municipality → organizer (classifications.md)", () => {
  it("ships 2023–2026", () => {
    expect(MUNICIPALITY_CLASSIFICATION_YEARS).toEqual([2023, 2024, 2025, 2026]);
  });

  it("2023 and 2024: 309 municipalities (293 mainland + 16 Åland) with the published per-county counts", () => {
    for (const year of [2023, 2024]) {
      expect(municipalities(year)).toHaveLength(309);
      expect(countsByOrganizer(year)).toEqual(COUNTS_2023);
      expect(municipalities(year).filter((m) => m.organizer !== "91")).toHaveLength(293);
    }
  });

  it("2025 and 2026: 308, Pertunmaa (588) merged into Mäntyharju (507) on 1.1.2025, so Etelä-Savo has 11", () => {
    for (const year of [2025, 2026]) {
      expect(municipalities(year)).toHaveLength(308);
      expect(countsByOrganizer(year)).toEqual({ ...COUNTS_2023, "12": 11 });
      expect(organizerOfMunicipality("588", year)).toBeUndefined();
      expect(organizerOfMunicipality("507", year)).toBe("12");
    }
    expect(organizerOfMunicipality("588", 2024)).toBe("12");
  });

  it("holds the spec's examples", () => {
    for (const year of MUNICIPALITY_CLASSIFICATION_YEARS) {
      expect(
        ["091", "049", "092", "245", "905", "167", "837"].map((code) => organizerOfMunicipality(code, year)),
      ).toEqual(["90", "03", "04", "04", "17", "14", "08"]);
    }
  });

  it("splits the region of Uusimaa five ways exactly as classifications.md lists", () => {
    const of = (organizer: string) =>
      municipalities(2024)
        .filter((m) => m.organizer === organizer)
        .map((m) => m.code);
    expect(of("01")).toEqual(["018", "407", "434", "504", "616", "638", "753"]);
    expect(of("02")).toEqual(["106", "186", "505", "543", "611", "858"]);
    expect(of("03")).toEqual(["049", "078", "149", "224", "235", "257", "444", "710", "755", "927"]);
    expect(of("04")).toEqual(["092", "245"]);
    expect(of("90")).toEqual(["091"]);
  });

  it("puts the municipalities that changed region in 2021 in their new county", () => {
    // Iitti → Päijät-Häme, Kuhmoinen → Pirkanmaa, Isokyrö → Etelä-Pohjanmaa, Heinävesi → Pohjois-Karjala,
    // Joroinen → Pohjois-Savo.
    expect(["142", "291", "152", "090", "171"].map((code) => organizerOfMunicipality(code, 2023))).toEqual([
      "09",
      "08",
      "16",
      "14",
      "13",
    ]);
  });

  it("F10: years before 2023 use 2023, later years the last shipped year; codes are three digits", () => {
    expect(organizerOfMunicipality("588", 2019)).toBe("12");
    expect(organizerOfMunicipality("588", 2030)).toBeUndefined();
    expect(organizerOfMunicipality("91", 2024)).toBeUndefined();
  });

  it("has names in Finnish and Swedish (English = Finnish)", () => {
    expect(municipalityName("091", "sv")).toBe("Helsingfors");
    expect(municipalityName("478", "fi")).toBe("Maarianhamina");
    expect(municipalityName("478", "sv")).toBe("Mariehamn");
    expect(municipalityName("167", "en")).toBe("Joensuu");
  });
});

describe("organizers", () => {
  it("are the 23 codes in table order with names, valid from 2023-01-01", () => {
    expect(ORGANIZER_CODES).toEqual([
      "01",
      "02",
      "03",
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
      "21",
      "90",
      "91",
    ]);
    expect(ORGANIZERS[13]).toEqual({
      code: "14",
      validFrom: "2023-01-01",
      names: {
        fi: "Pohjois-Karjalan hyvinvointialue",
        sv: "Norra Karelens välfärdsområde",
        en: "North Karelia wellbeing services county",
      },
    });
  });
});

describe("Sotkanet region ids", () => {
  it("match the recorded /regions answer (fixtures/sotkanet/wellbeing-county-ids.csv, uusi_id ↔ uusi_code)", () => {
    const lines = readFileSync("/work/shared/fixtures/sotkanet/wellbeing-county-ids.csv", "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const recorded = new Map(
      lines.map((line) => {
        const [, id, , code] = line.split(",");
        return [Number(id), code!.padStart(2, "0")] as const;
      }),
    );
    expect(new Map([...SOTKANET_REGION_ORGANIZERS].sort((a, b) => a[0] - b[0]))).toEqual(
      new Map([...recorded].sort((a, b) => a[0] - b[0])),
    );
    expect(new Set(SOTKANET_REGION_ORGANIZERS.values())).toEqual(new Set(ORGANIZER_CODES));
  });

  it("translates both ways; 658 is the whole country, not an organizer", () => {
    expect([960, 957, 972, 971].map(organizerOfSotkanetRegion)).toEqual(["90", "11", "14", "17"]);
    expect(sotkanetRegionOfOrganizer("91")).toBe(956);
    expect(organizerOfSotkanetRegion(658)).toBeUndefined();
  });
});

describe("sex codes", () => {
  it("have Sotkanet (male/female/total) and PxWeb (1/2/SSS) forms; unknown has neither", () => {
    expect(["male", "female", "total"].map((sex) => sexToPxWeb(sex as never))).toEqual(["1", "2", "SSS"]);
    expect(sexFromPxWeb("SSS")).toBe("total");
    expect(sexToSotkanet("total")).toBe("total");
    expect(sexToPxWeb("unknown")).toBeUndefined();
  });
});

describe("waiting bands availability_days", () => {
  it("have the spec's labels and bounds", () => {
    expect(AVAILABILITY_DAYS.map((band) => [band.label, band.lower, band.upper])).toEqual([
      ["0", 0, 0],
      ["1-7", 1, 7],
      ["8-14", 8, 14],
      ["15-28", 15, 28],
      ["29-90", 29, 90],
      ["91-180", 91, 180],
      ["181+", 181, null],
    ]);
  });

  it("place the cut points in the lower band (F25: a 92-day wait is 91-180)", () => {
    expect([0, 1, 7, 8, 14, 15, 28, 29, 90, 91, 92, 180, 181, 5000].map(waitBandOf)).toEqual([
      "0",
      "1-7",
      "1-7",
      "8-14",
      "8-14",
      "15-28",
      "15-28",
      "29-90",
      "29-90",
      "91-180",
      "91-180",
      "91-180",
      "181+",
      "181+",
    ]);
    expect(waitBandOf(-1)).toBeUndefined();
  });
});

describe("labels (F31) and classification order (F19)", () => {
  it("label organizers, municipalities, sex, enums, bands in fi/sv/en; other codes are their own label", () => {
    expect(labelOf("organizer", "90", "sv")).toBe("Helsingfors stad");
    expect(labelOf("organizer", "04")).toBe("Vantaan ja Keravan hyvinvointialue");
    expect(labelOf("municipality", "853", "sv")).toBe("Åbo");
    expect(labelOf("sex", "total", "fi")).toBe("yhteensä");
    expect(labelOf("client_group", "older_people", "en")).toBe("older people");
    expect(labelOf("wait_band", "8-14", "fi")).toBe("8–14 päivää");
    expect(labelOf("age_group", "75+", "sv")).toBe("75 år och äldre");
    expect(labelOf("specialty", "20", "en")).toBe("20");
    expect(labelOf("organizer", "99", "en")).toBe("99");
  });

  it("name every band of every built-in age-group set", () => {
    for (const set of Object.values(AGE_GROUP_SETS))
      for (const band of set.bands) expect(ageGroupNames(band.label)).toBeDefined();
  });

  it("give every enum value names in all three languages", () => {
    for (const classification of Object.values(ENUM_CLASSIFICATIONS)) {
      for (const value of classification.values) {
        const names = classification.names[value]!;
        expect([names.fi, names.sv, names.en].every((name) => name.length > 0)).toBe(true);
      }
    }
  });

  it("sort organizers in table order, enums in listing order with unknown last, other codes by code point", () => {
    expect(["91", "90", "21", "01"].sort(compareInDimension("organizer"))).toEqual(["01", "21", "90", "91"]);
    expect(["unknown", "65+", "7-12", "13-17"].sort(compareInDimension("respondent_age_group"))).toEqual([
      "7-12",
      "13-17",
      "65+",
      "unknown",
    ]);
    expect(["S7", "nps", "S1"].sort(compareInDimension("question_code"))).toEqual(["nps", "S1", "S7"]);
    expect(["unknown", "female", "male"].sort(compareInDimension("sex"))).toEqual(["male", "female", "unknown"]);
    expect(
      ["75+", "0-6", "25-64"].sort(compareInDimension("age_group", { ageGroups: AGE_GROUP_SETS.sotkanet })),
    ).toEqual(["0-6", "25-64", "75+"]);
    expect(["905", "091", "167"].sort(compareInDimension("municipality"))).toEqual(["091", "167", "905"]);
    expect(classificationOrder("municipality")).toBeNull();
  });

  it("keep each concept's own order of professional_group inside the merged order", () => {
    const merged = classificationOrder("professional_group")!;
    for (const list of [VISIT_PROFESSIONAL_GROUPS, STAFF_PROFESSIONAL_GROUPS]) {
      expect(merged.filter((value) => (list as readonly string[]).includes(value))).toEqual([...list]);
    }
  });
});

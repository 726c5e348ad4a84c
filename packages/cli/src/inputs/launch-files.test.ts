import { describe, expect, it } from "vitest";
import { launchFiles } from "./launch-files";

const ID = "availability.primary_care.within_14_days";

describe("launchFiles", () => {
  it("names compute's --data files, with or without a concept, in either option form", () => {
    expect(launchFiles(["compute", ID, "--data", "visits.csv", "--period", "2024"])).toEqual(["visits.csv"]);
    expect(
      launchFiles(["compute", ID, "--period=2024", "--data=health_care_visit=v.csv", "--by", "organizer"]),
    ).toEqual(["v.csv"]);
    expect(launchFiles(["compute", ID, "--data", "./a=b.csv", "--data", "population=p.csv"])).toEqual([
      "./a=b.csv",
      "p.csv",
    ]);
    // An option's value is not a file, even when it looks like one.
    expect(launchFiles(["compute", ID, "--out", "result.csv", "--data", "visits.csv"])).toEqual(["visits.csv"]);
    expect(launchFiles(["compute", ID, "--engine", "memory", "--data", "visits.csv"])).toEqual(["visits.csv"]);
  });

  it("names none when a database reads the files or the tables", () => {
    expect(launchFiles(["compute", ID, "--data", "visits.csv", "--engine", "duckdb"])).toEqual([]);
    expect(launchFiles(["compute", ID, "--engine=postgres", "--data", "visits.csv"])).toEqual([]);
    expect(launchFiles(["compute", ID, "--table", "visits=t", "--db", "x.duckdb"])).toEqual([]);
    expect(
      launchFiles(["validate", "health_care_visit", "--engine", "duckdb", "--table", "t", "--db", "x.duckdb"]),
    ).toEqual([]);
  });

  it("names validate's FILE, wherever the flags are", () => {
    expect(launchFiles(["validate", "health_care_visit", "visits.csv"])).toEqual(["visits.csv"]);
    expect(launchFiles(["validate", "--json", "health_care_visit", "visits.csv"])).toEqual(["visits.csv"]);
    expect(launchFiles(["validate", "health_care_visit"])).toEqual([]);
  });

  it("names none for other commands", () => {
    expect(launchFiles(["list"])).toEqual([]);
    expect(launchFiles(["compare", ID, "--data", "visits.csv"])).toEqual([]);
    expect(launchFiles([])).toEqual([]);
  });
});

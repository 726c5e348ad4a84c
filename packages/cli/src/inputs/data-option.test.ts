/** Tests of `--data [CONCEPT=]FILE` resolution (fine-print F29). */
import { describe, expect, it } from "vitest";
import { UsageError } from "@virta/core";
import { catalogue } from "@virta/indicators";
import { resolveDataOptions } from "./data-option";

const visits = catalogue.get("availability.primary_care.within_14_days");
const staff = catalogue.get("staff.fte_per_1000_residents");

describe("resolveDataOptions (F29)", () => {
  it("takes FILE alone when the indicator reads one concept", () => {
    expect(resolveDataOptions(visits, ["visits.csv"])).toEqual([{ concept: "health_care_visit", file: "visits.csv" }]);
  });

  it("keeps the --data order for two concepts", () => {
    expect(resolveDataOptions(staff, ["population=pop.csv", "staff_fte=fte.parquet"])).toEqual([
      { concept: "population", file: "pop.csv" },
      { concept: "staff_fte", file: "fte.parquet" },
    ]);
  });

  it("does not take a path with = for a concept prefix", () => {
    expect(resolveDataOptions(visits, ["./run=3/visits.csv"])).toEqual([
      { concept: "health_care_visit", file: "./run=3/visits.csv" },
    ]);
  });

  it.each([
    [["population=pop.csv"], "does not read population"],
    [["visits.csv", "health_care_visit=other.csv"], "given twice"],
    [["visitz=visits.csv"], '"visitz" is not a concept'],
    [[], "--data is required"],
    [["health_care_visit="], 'no file after "health_care_visit="'],
  ])("%j is a usage error: %s", (values, message) => {
    expect(() => resolveDataOptions(visits, values)).toThrow(UsageError);
    expect(() => resolveDataOptions(visits, values)).toThrow(message);
  });

  it("asks for CONCEPT= when the indicator reads two concepts, and names a missing one", () => {
    expect(() => resolveDataOptions(staff, ["fte.csv"])).toThrow("name the concept, e.g. --data staff_fte=fte.csv");
    expect(() => resolveDataOptions(staff, ["staff_fte=fte.csv"])).toThrow(
      "also reads population; add --data population=FILE",
    );
  });
});

import { catalogue } from "@virta/indicators";
import { describe, expect, it } from "vitest";
import { onlyValidatedIds } from "./only-validated-ids";

const definitionOf = (id: string) => catalogue.entry(id).definition;

describe("onlyValidatedIds: the identifier fields an indicator only validates (issue 14)", () => {
  it("gives client_id of visits and referrals, never the key (F9)", () => {
    const visits = definitionOf("availability.primary_care.within_14_days");
    expect(onlyValidatedIds("health_care_visit", visits)).toEqual(["client_id"]);
    const referrals = definitionOf("availability.specialised_care.waiting_over_90_days");
    expect(onlyValidatedIds("specialised_care_referral", referrals)).toEqual(["client_id"]);
  });

  it("reads a field that the definition names anywhere outside its column types", () => {
    const visits = definitionOf("availability.primary_care.within_14_days");
    const byClient = { ...visits, breakdowns: { ...visits.breakdowns, client: { kind: "field", field: "client_id" } } };
    expect(onlyValidatedIds("health_care_visit", byClient as typeof visits)).toEqual([]);
    const counted = { ...visits, numerator: { ...visits.numerator, field: "client_id" } };
    expect(onlyValidatedIds("health_care_visit", counted as typeof visits)).toEqual([]);
  });

  it("gives the validation's own choice without a definition (virta validate)", () => {
    expect(onlyValidatedIds("health_care_visit")).toEqual(["client_id"]);
    expect(onlyValidatedIds("social_care_assessment")).toEqual(["client_id"]);
  });

  it("gives none for a concept without identifiers", () => {
    expect(onlyValidatedIds("population", definitionOf("population_health.population.count"))).toEqual([]);
  });
});

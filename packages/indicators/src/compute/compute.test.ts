/**
 * `compute` as a vendor calls it: the input shapes of interfaces.md (array, async iterable, arquero
 * table, Arrow-like table), the result object, bad options with messages that name the option and the
 * allowed values, and results as arquero tables. Expected values are worked out by hand in comments.
 */
import { describe, expect, it } from "vitest";
import { from } from "arquero";
import { DataError, UsageError } from "@virta/core";
import { resultSchema } from "@virta/core/schemas";
import { compute } from "./compute";
import { referenceEngine } from "./engines";
import { resultToTable } from "../arquero";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";
// biome-ignore format: the module path alone fills most of a line
import {
  socialCareAssessmentStartedWithin7WorkingDays,
} from "../availability/social-care-assessment-started-within-7-working-days/definition";
import { ftePer1000Residents } from "../staff/fte-per-1000-residents/definition";
import { nps } from "../customer-experience/nps/definition";

function visit(id: string, needAssessment: string, visitDate: string, extra: Record<string, unknown> = {}) {
  return {
    visit_id: id,
    client_id: `c-${id}`,
    birth_date: "1980-06-15",
    sex: "female",
    municipality_code: "167",
    service_branch: "primary_care",
    professional_group: "nurse",
    urgency: "non_urgent",
    contact_mode: "in_person",
    need_assessment_date: needAssessment,
    visit_date: visitDate,
    ...extra,
  };
}

// Waits 14, 15, 0, 3, 20 days and one urgent visit: 3 of 5 within 14 days = 60.0 %.
const rows = [
  visit("v1", "2024-03-01", "2024-03-15"),
  visit("v2", "2024-03-01", "2024-03-16"),
  visit("v3", "2024-05-02", "2024-05-02"),
  visit("v4", "2024-06-01", "2024-06-04"),
  visit("v5", "2024-07-01", "2024-07-21"),
  visit("v6", "2024-07-01", "2024-07-02", { urgency: "urgent" }),
];
const expectedRows = [{ organizer: "14", numerator: 3, denominator: 5, value: 60, suppressed: false }];

describe("compute", () => {
  it("returns the result object of interfaces.md for an array of rows", async () => {
    const result = await compute(primaryCareWithin14Days, {
      data: { health_care_visit: rows },
      period: "2024",
      by: ["organizer"],
    });
    expect(resultSchema.parse(result)).toBeTruthy();
    expect(result.indicator.id).toBe("availability.primary_care.within_14_days");
    expect(result.indicator.definition_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.period).toEqual({ id: "2024", start: "2024-01-01", end: "2024-12-31" });
    expect(result.as_of).toBeNull();
    expect(result.unit).toBe("percent");
    expect(result.breakdown).toEqual(["organizer"]);
    expect(result.age_groups).toBeNull();
    expect(result.disclosure).toBe("national-1");
    expect(result.input.health_care_visit).toEqual({
      rows_read: 6,
      rows_rejected: 0,
      rows_excluded: 1,
      rows_in_population: 5,
      excluded_by_reason: { urgency: 1 },
      rejected_by_reason: {},
    });
    expect(result.rows).toEqual(expectedRows);
  });

  it("takes async iterables of rows and of batches, arquero tables and Arrow-like tables alike", async () => {
    async function* oneByOne() {
      for (const row of rows) yield row;
    }
    async function* batches() {
      yield rows.slice(0, 2);
      yield rows.slice(2);
    }
    const arquero = from(rows);
    const arrowLike = {
      numRows: rows.length,
      schema: { fields: Object.keys(rows[0]!).map((name) => ({ name })) },
      getChild: (name: string) => ({ get: (index: number) => (rows[index] as Record<string, unknown>)[name] }),
    };
    for (const input of [oneByOne(), batches(), arquero, arrowLike]) {
      const result = await compute(primaryCareWithin14Days, {
        data: { health_care_visit: input },
        period: "2024",
        by: ["organizer"],
      });
      expect(result.rows).toEqual(expectedRows);
    }
  });

  it("lists exclusion reasons in the order the rules are tested (F15), whatever order rows came in", async () => {
    const mixed = [
      visit("x1", "2024-01-01", "2024-01-02", { urgency: "urgent" }),
      visit("x2", "2023-01-01", "2023-01-02"),
      visit("x3", "2024-01-01", "2024-01-02", { service_branch: "oral_care", professional_group: "dentist" }),
      visit("x4", "2024-01-01", "2024-01-02", { professional_group: "other" }),
    ];
    const result = await compute(primaryCareWithin14Days, { data: { health_care_visit: mixed }, period: "2024" });
    expect(Object.keys(result.input.health_care_visit!.excluded_by_reason)).toEqual([
      "outside_period",
      "service_branch",
      "urgency",
      "professional_group",
    ]);
  });

  it("gives the same rows on the reference engine", async () => {
    const result = await compute(primaryCareWithin14Days, {
      data: { health_care_visit: rows },
      period: "2024",
      by: ["organizer"],
      engine: referenceEngine,
    });
    expect(result.rows).toEqual(expectedRows);
  });

  it("turns a result into an arquero table", async () => {
    const result = await compute(primaryCareWithin14Days, {
      data: { health_care_visit: rows },
      period: "2024",
      by: ["organizer"],
      suppress: false,
    });
    const table = resultToTable(result);
    expect(table.columnNames()).toEqual(["organizer", "numerator", "denominator", "value", "suppressed"]);
    expect(table.objects()).toEqual(expectedRows);
  });

  it("records the age-group set and the as-of date", async () => {
    const result = await compute(primaryCareWithin14Days, {
      data: { health_care_visit: rows },
      period: "2024",
      by: ["age_group"],
      ageGroups: "0-17,18-64,65+",
      suppress: false,
    });
    expect(result.age_groups).toBe("0-17,18-64,65+");
    expect(result.rows).toEqual([{ age_group: "18-64", numerator: 3, denominator: 5, value: 60, suppressed: false }]);
    const social = await compute(socialCareAssessmentStartedWithin7WorkingDays, {
      data: { social_care_assessment: [] },
      period: "2024-Q1",
    });
    expect(social.as_of).toBe("2024-03-31");
  });

  it("records the feedback set when NPS is broken down by the given respondent age group (F17)", async () => {
    // 9, 10, 3 and 7 from 18-64: (2 promoters − 1 detractor) / 4 = 25; 0 from 65+: −100.
    const answers = [
      ["r1", "9", "18-64"],
      ["r2", "10", "18-64"],
      ["r3", "3", "18-64"],
      ["r4", "7", "18-64"],
      ["r5", "0", "65+"],
    ].map(([id, answer, group]) => ({
      response_id: id,
      organizer_code: "14",
      service_code: "A",
      response_date: "2024-05-01",
      respondent_age_group: group,
      question_code: "nps",
      answer,
    }));
    const result = await compute(nps, {
      data: { customer_feedback_answer: answers },
      period: "2024",
      by: ["respondent_age_group"],
      suppress: false,
    });
    expect(result.age_groups).toBe("feedback");
    expect(result.rows).toEqual([
      { respondent_age_group: "18-64", numerator: 1, denominator: 4, value: 25, suppressed: false },
      { respondent_age_group: "65+", numerator: -1, denominator: 1, value: -100, suppressed: false },
    ]);
    const plain = await compute(nps, { data: { customer_feedback_answer: answers }, period: "2024", suppress: false });
    expect(plain.age_groups).toBeNull();
  });

  describe("bad options name the option and the allowed values", () => {
    const data = { health_care_visit: rows };
    it("unknown breakdown", async () => {
      await expect(compute(primaryCareWithin14Days, { data, period: "2024", by: ["wait_band"] })).rejects.toThrow(
        /breakdown "wait_band" is not allowed.*allowed: organizer, municipality, professional_group/,
      );
    });
    it("a period form the indicator does not take", async () => {
      await expect(compute(primaryCareWithin14Days, { data, period: "2024-04-30" })).rejects.toThrow(
        /census.*takes a year, half, tertial, quarter or month/,
      );
      await expect(compute(primaryCareWithin14Days, { data, period: "2024-Q5" })).rejects.toBeInstanceOf(UsageError);
    });
    it("an as-of date before the period end, or for an indicator without one", async () => {
      await expect(
        compute(socialCareAssessmentStartedWithin7WorkingDays, {
          data: { social_care_assessment: [] },
          period: "2024",
          asOf: "2024-12-30",
        }),
      ).rejects.toThrow(/as-of date 2024-12-30 is before the end of period 2024 \(2024-12-31\)/);
      await expect(compute(primaryCareWithin14Days, { data, period: "2024", asOf: "2025-01-31" })).rejects.toThrow(
        /does not take an as-of date/,
      );
    });
    it("an age-group set that does not exist", async () => {
      await expect(
        compute(primaryCareWithin14Days, { data, period: "2024", by: ["age_group"], ageGroups: "decades" }),
      ).rejects.toThrow(/decades/);
    });
    it("data for a concept the indicator does not read, or none for one it does", async () => {
      await expect(
        compute(primaryCareWithin14Days, { data: { ...data, population: [] }, period: "2024" }),
      ).rejects.toThrow(/does not read population/);
      await expect(compute(ftePer1000Residents, { data: { staff_fte: [] }, period: "2024" })).rejects.toThrow(
        /reads population/,
      );
    });
  });

  it("stops on a missing population row for a per-resident rate (F18), naming organizer and year", async () => {
    const staff = [{ organizer_code: "14", year: "2024", professional_group: "doctor", fte: "12.5" }];
    const population = [{ year: "2024", municipality_code: "905", age: "40", sex: "male", count: "1000" }];
    const attempt = compute(ftePer1000Residents, { data: { staff_fte: staff, population }, period: "2024" });
    await expect(attempt).rejects.toBeInstanceOf(DataError);
    await expect(attempt).rejects.toThrow(/organizer 14 in 2024/);
  });
});

import { describe, expect, it } from "vitest";
import { createValidator, validate } from "@virta/concepts";
import { rowWith } from "../test-support/rows";

function one(concept: Parameters<typeof validate>[0], changes: Record<string, unknown>, options = {}) {
  const { valid, rejections } = validate(concept, [rowWith(concept as never, changes)], {
    maxRejectedShare: 1,
    ...options,
  });
  return { row: valid[0] as Record<string, unknown> | undefined, rejection: rejections[0] };
}

describe("normalisation of a good row (F1–F5, F10, F13)", () => {
  it("a health_care_visit row comes back complete, in table order, organizer derived from 167 Joensuu → 14", () => {
    const { row } = one("health_care_visit", {});
    expect(row).toEqual({
      visit_id: "v1",
      client_id: "c1",
      birth_date: "1980-05-01",
      sex: "female",
      municipality_code: "167",
      organizer_code: "14",
      service_branch: "primary_care",
      professional_group: "doctor",
      urgency: "non_urgent",
      contact_mode: "in_person",
      contact_date: "2024-02-28",
      need_assessment_date: "2024-03-01",
      visit_date: "2024-03-15",
    });
    expect(Object.keys(row!)[5]).toBe("organizer_code");
  });

  it("F1 trims ASCII white space; F2 matches words case-insensitively; F3 pads codes", () => {
    const { row } = one("health_care_visit", {
      visit_id: "  v1\t",
      sex: " N ",
      municipality_code: " 91 ",
      service_branch: "PRIMARY_CARE",
      urgency: "Non_Urgent",
      organizer_code: 90,
    });
    expect(row).toMatchObject({
      visit_id: "v1",
      sex: "female",
      municipality_code: "091",
      organizer_code: "90",
      service_branch: "primary_care",
      urgency: "non_urgent",
    });
  });

  it("sex: 1/M → male, 2/F/N → female, also as JSON numbers; anything else is not_in_list", () => {
    const sexes = ["1", "m", "M", 1, "2", "f", "F", "n", 2, "unknown", "MALE"].map(
      (sex) => one("health_care_visit", { sex }).row?.sex,
    );
    expect(sexes).toEqual([
      "male",
      "male",
      "male",
      "male",
      "female",
      "female",
      "female",
      "female",
      "female",
      "unknown",
      "male",
    ]);
    expect(one("health_care_visit", { sex: "0" }).rejection?.reason).toBe("not_in_list");
    expect(one("health_care_visit", { sex: "nainen" }).rejection?.reason).toBe("not_in_list");
  });

  it("F4: a date-time with an offset becomes its Helsinki date; without offset the date part is literal", () => {
    expect(one("health_care_visit", { visit_date: "2024-03-31T23:30:00Z" }).row?.visit_date).toBe("2024-04-01");
    expect(one("health_care_visit", { visit_date: "2024-03-31 23:30:00" }).row?.visit_date).toBe("2024-03-31");
    expect(one("health_care_visit", { visit_date: "2024-10-27T21:30:00+0000" }).row?.visit_date).toBe("2024-10-27");
  });

  it("F4: a Date (an Arrow/Parquet timestamp adjusted to UTC) is a UTC instant taken to its Helsinki date", () => {
    expect(one("health_care_visit", { visit_date: new Date("2024-03-31T23:30:00Z") }).row?.visit_date).toBe(
      "2024-04-01",
    );
    expect(one("health_care_visit", { visit_date: new Date("2024-03-31T20:59:59Z") }).row?.visit_date).toBe(
      "2024-03-31",
    );
    expect(one("health_care_visit", { visit_date: new Date(Number.NaN) }).rejection?.reason).toBe("invalid_format");
  });

  it('dates: "day" gives day numbers (2024-03-15 = 19797; 2024-01-01 is day 19723) and null for absent ones', () => {
    const { row } = one("health_care_visit", { contact_date: "" }, { dates: "day" });
    expect(row).toMatchObject({ visit_date: 19797, need_assessment_date: 19783, contact_date: null, birth_date: 3773 });
  });

  it("F5: decimals are exact text: 812.50 → 812.5, -1250,5 → -1250.5, 1,234 → 1.234, 0.1 → 0.1", () => {
    expect(one("staff_fte", { fte: "812.50" }).row?.fte).toBe("812.5");
    expect(one("cost", {}).row?.net_cost_eur).toBe("-1250.5");
    expect(one("staff_fte", { fte: "1,234" }).row?.fte).toBe("1.234");
    expect(one("staff_fte", { fte: 0.1 }).row?.fte).toBe("0.1");
    expect(one("staff_fte", { fte: "0.000" }).row?.fte).toBe("0");
    expect(one("staff_fte", { fte: "1 234" }).rejection?.reason).toBe("invalid_format");
    expect(one("staff_fte", { fte: "1e3" }).rejection?.reason).toBe("invalid_format");
    expect(one("staff_fte", { fte: "-0.5" }).rejection?.reason).toBe("out_of_range");
  });

  it("booleans: true/false, 1/0, yes/no, kyllä/ei, t/f in any case, JSON booleans; default false (F1, F2)", () => {
    const flags = ["TRUE", "0", "yes", "No", "KYLLÄ", "ei", "t", "F", true, 1].map(
      (urgent) => one("social_care_assessment", { urgent }).row?.urgent,
    );
    expect(flags).toEqual([true, false, true, false, true, false, true, false, true, true]);
    expect(one("social_care_assessment", {}).row).toMatchObject({ urgent: false, highest_care_allowance: false });
    expect(one("social_care_assessment", { urgent: "maybe" }).rejection?.reason).toBe("invalid_format");
  });

  it("F13: assessment_started is true when assessment_completed_date is given, false by default", () => {
    expect(one("child_welfare_case", { assessment_started: "false" }).row?.assessment_started).toBe(true);
    expect(one("child_welfare_case", { assessment_completed_date: undefined }).row?.assessment_started).toBe(false);
  });

  it("F10: organizer_code is derived on the row's date; rows before 2023 use the 2023 classification", () => {
    const row = one("health_care_visit", {
      municipality_code: "092",
      contact_date: "",
      need_assessment_date: "2019-05-01",
      visit_date: "2019-05-02",
    }).row;
    expect(row?.organizer_code).toBe("04");
  });

  it("answer: an integer or eos; nps 0–10, S1…S7 1–5 or eos (nps eos: out_of_range, this SDK's reading)", () => {
    expect(one("customer_feedback_answer", { answer: " 10 " }).row?.answer).toBe(10);
    expect(one("customer_feedback_answer", { answer: 0 }).row?.answer).toBe(0);
    expect(one("customer_feedback_answer", { question_code: "s3", answer: "EOS" }).row).toMatchObject({
      question_code: "S3",
      answer: "eos",
    });
    expect(one("customer_feedback_answer", { answer: "11" }).rejection?.reason).toBe("out_of_range");
    expect(one("customer_feedback_answer", { answer: "eos" }).rejection?.reason).toBe("out_of_range");
    expect(one("customer_feedback_answer", { question_code: "S1", answer: "0" }).rejection?.reason).toBe(
      "out_of_range",
    );
    expect(one("customer_feedback_answer", { answer: "3.5" }).rejection?.reason).toBe("invalid_format");
    expect(one("customer_feedback_answer", {}).row?.respondent_age_group).toBe("unknown");
  });

  it("population: an organizer-level row has municipality_code null; neither code is missing", () => {
    expect(one("population", { municipality_code: undefined, organizer_code: "14" }).row).toMatchObject({
      municipality_code: null,
      organizer_code: "14",
    });
    expect(one("population", { municipality_code: "" }).rejection).toMatchObject({
      field: "municipality_code",
      reason: "missing",
    });
  });

  it("typed values: bigint and number cells are accepted like their text", () => {
    const { row } = one("population", { year: 2024n, municipality_code: 91, age: 100, count: 5n });
    expect(row).toEqual({
      year: 2024,
      municipality_code: "091",
      organizer_code: "90",
      age: 100,
      sex: "female",
      count: 5,
    });
    expect(one("population", { age: 40.5 }).rejection?.reason).toBe("invalid_format");
    expect(one("health_care_visit", { visit_id: 123 }).row?.visit_id).toBe("123");
    expect(one("health_care_visit", { visit_id: true }).rejection?.reason).toBe("invalid_format");
  });

  it("F11: a hetu with a wrong check character is an ordinary id; a right one is refused", () => {
    expect(one("health_care_visit", { client_id: "131052-308U" }).row?.client_id).toBe("131052-308U");
    expect(one("health_care_visit", { visit_id: "131052a308t" }).rejection?.reason).toBe("personal_identity_code");
  });

  it("F6: 64 code points of an astral character are not too long, 65 are", () => {
    expect(one("health_care_visit", { visit_id: "😀".repeat(64) }).row?.visit_id).toBe("😀".repeat(64));
    expect(one("health_care_visit", { visit_id: "😀".repeat(65) }).rejection?.reason).toBe("too_long");
  });
});

describe("rejections: value shown, masked and truncated; message names source, row and field", () => {
  it("F11: a personal identity code is shown masked, never in clear", () => {
    const { rejection } = one("health_care_visit", { client_id: "131052-308T" }, { source: "visits.csv" });
    expect(rejection?.value).toBe("13*********");
    expect(rejection?.message).not.toContain("131052");
    expect(rejection?.message).toMatch(/^visits\.csv row 1, field client_id: /);
  });

  it("F6: values are truncated to 40 code points; ids are masked too", () => {
    expect(one("health_care_visit", { urgency: "é".repeat(50) }).rejection?.value).toBe("é".repeat(40));
    expect(one("health_care_visit", { visit_id: "abc".repeat(30) }).rejection?.value).toBe(`ab${"*".repeat(38)}`);
  });

  it("a not_in_list message lists the allowed words", () => {
    expect(one("health_care_visit", { urgency: "soon" }).rejection?.message).toBe(
      'health_care_visit row 1, field urgency: "soon" is not in the list; expected one of urgent, non_urgent',
    );
  });

  it("createValidator takes explicit row numbers (F9: records after the header)", () => {
    const validator = createValidator("population", { keepRejections: 5 });
    validator.push(rowWith("population"), 7);
    validator.push(rowWith("population"), 9);
    expect(validator.rejections.map((r) => [r.row, r.reason])).toEqual([[9, "duplicate_key"]]);
    expect(validator.rejections[0]!.message).toContain("repeats row 7");
  });
});

describe("F34: a data date lies in years 0001–9999 on every engine", () => {
  it("rejects year 0000 as invalid_format, written as a date, a date-time or a JavaScript Date", () => {
    for (const birth of ["0000-01-01", "0000-12-31T23:00:00Z", new Date(Date.UTC(0, 0, 1) - 62_135_596_800_000)]) {
      const { row, rejection } = one("health_care_visit", { birth_date: birth });
      expect(row).toBeUndefined();
      expect(rejection).toMatchObject({ field: "birth_date", reason: "invalid_format" });
    }
  });

  it("keeps 0001-01-01, and reads a day number column (a Parquet DATE) alike", () => {
    expect(one("health_care_visit", { birth_date: "0001-01-01" }).row?.birth_date).toBe("0001-01-01");
    const validator = createValidator("health_care_visit", { maxRejectedShare: 1 });
    const base = rowWith("health_care_visit", {}) as Record<string, unknown>;
    const names = Object.keys(base);
    const birthIndex = names.indexOf("birth_date");
    const columns = names.map((name) => [base[name], base[name]]);
    columns[birthIndex] = Int32Array.of(-719_163, -719_162) as never; // 0000-12-31, 0001-01-01
    const kinds = names.map((_, index) => (index === birthIndex ? "day" : "raw")) as Array<"day" | "raw">;
    const { records } = validator.pushColumns({ source: "t", names, columns, kinds, length: 2, records: [1, 2] });
    expect(validator.finish()).toMatchObject({ rows_rejected: 1, rejected_by_reason: { invalid_format: 1 } });
    expect(validator.rejections[0]).toMatchObject({ row: 1, field: "birth_date", reason: "invalid_format" });
    expect(validator.rejections[0]!.value).toBe("0000-12-31");
    expect(Array.from(records)).toEqual([2]);
  });
});

/**
 * Audit of the writers against the specification (fine-print F21, F30, F31; interfaces.md "Output
 * formats"): real results computed by `compute` from small hand-made tables, and the CSV and JSON-stat
 * texts worked out by hand from the spec, not copied from the writers' output.
 */
import { describe, expect, it } from "vitest";
import { compute, netCostPerResident, primaryCareWaitDaysP90, statementAgreement } from "@virta/indicators";
import { formatResultCsv } from "./result-csv";
import { formatResultJson } from "./result-json";
import { toJsonStat } from "./result-jsonstat";

const population = [{ year: "2024", municipality_code: "167", age: "40", sex: "male", count: "200" }];
const cost = (service_class: string, net_cost_eur: string) => ({
  organizer_code: "14",
  year: "2024",
  service_class,
  net_cost_eur,
});

function visit(id: string, organizer_municipality: string, need: string, visit_date: string) {
  return {
    visit_id: id,
    client_id: `c${id}`,
    birth_date: "1980-05-01",
    sex: "female",
    municipality_code: organizer_municipality,
    service_branch: "primary_care",
    professional_group: "doctor",
    urgency: "non_urgent",
    contact_mode: "in_person",
    need_assessment_date: need,
    visit_date,
  };
}

describe("writers against the spec (audit)", () => {
  it("F21/F30: −0.004 € per resident is 0.00 (no sign), −0.005 is −0.01, decimal numerators exactly", async () => {
    // Organizer 14 has 200 residents: −0.8/200 = −0.004 → 0.00; −1/200 = −0.005 → −0.01 (half away from
    // zero); 2.5 + 0.25 = 2.75 → 2.75/200 = 0.01375 → 0.01.
    const result = await compute(netCostPerResident, {
      data: { cost: [cost("a", "-0,8"), cost("b", "-1"), cost("c", "2.5"), cost("c", "0.25")], population },
      period: "2024",
      by: ["service_class"],
    });
    expect(formatResultCsv(result)).toBe(
      "service_class,numerator,denominator,value,suppressed\n" +
        "a,-0.8,200,0.00,false\n" +
        "b,-1,200,-0.01,false\n" +
        "c,2.75,200,0.01,false\n",
    );
  });

  it("F30: a quantile has an empty numerator; a suppressed cell keeps only its codes (interfaces.md CSV)", async () => {
    // Organizer 08: waits 3 and 13 → p90: h = 1.9 → 3 + 0.9·10 = 12.0, but n = 2 is suppressed (national-1).
    // Organizer 14: waits 0, 1, 2, 3, 10 → h = 4·0.9 + 1 = 4.6 → 3 + 0.6·7 = 7.2.
    const rows = [
      visit("a", "837", "2024-03-01", "2024-03-04"),
      visit("b", "837", "2024-03-01", "2024-03-14"),
      ...[0, 1, 2, 3, 10].map((wait, i) =>
        visit(`p${i}`, "167", "2024-05-01", `2024-05-${String(1 + wait).padStart(2, "0")}`),
      ),
    ];
    const result = await compute(primaryCareWaitDaysP90, {
      data: { health_care_visit: rows },
      period: "2024",
      by: ["organizer"],
    });
    expect(formatResultCsv(result)).toBe(
      "organizer,numerator,denominator,value,suppressed\n" + "08,,,,true\n" + "14,,5,7.2,false\n",
    );
    const json = JSON.parse(formatResultJson(result)) as Record<string, unknown>;
    // interfaces.md: the result object's keys, in its order.
    expect(Object.keys(json)).toEqual([
      "indicator",
      "library",
      "period",
      "as_of",
      "unit",
      "decimals",
      "breakdown",
      "age_groups",
      "disclosure",
      "warnings",
      "input",
      "rows",
    ]);
    expect(json.rows).toEqual([
      { organizer: "08", numerator: null, denominator: null, value: null, suppressed: true },
      { organizer: "14", numerator: null, denominator: 5, value: 7.2, suppressed: false },
    ]);
  });

  it("F31: JSON-stat lists only occurring categories, '..' for suppressed and '-' for absent cells", async () => {
    // Statement agreement by organizer (forced question_code last). Organizer 08 answers S1 five times
    // (4 of them agree: 80.0) and S3 once (suppressed); organizer 14 answers S3 five times (2 agree: 40.0).
    const answer = (id: string, organizer_code: string, question_code: string, value: string) => ({
      response_id: id,
      organizer_code,
      service_code: "T1",
      response_date: "2024-04-02",
      question_code,
      answer: value,
    });
    const data = [
      ...["5", "4", "4", "5", "2"].map((value, i) => answer(`a${i}`, "08", "S1", value)),
      answer("a0", "08", "S3", "5"),
      ...["1", "4", "5", "3", "2"].map((value, i) => answer(`b${i}`, "14", "S3", value)),
    ];
    const result = await compute(statementAgreement, {
      data: { customer_feedback_answer: data },
      period: "2024",
      by: ["organizer"],
    });
    const dataset = toJsonStat(result);
    expect(dataset.id).toEqual(["organizer", "question_code"]);
    expect(dataset.size).toEqual([2, 2]);
    expect(dataset.dimension.question_code!.category.index).toEqual({ S1: 0, S3: 1 });
    // Row-major: (08,S1)=80, (08,S3)=suppressed, (14,S1)=absent, (14,S3)=40.
    expect(dataset.value).toEqual([80, null, null, 40]);
    expect(dataset.status).toEqual({ "1": "..", "2": "-" });
    expect(dataset.extension.lang).toBe("fi");
  });
});

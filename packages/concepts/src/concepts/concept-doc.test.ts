import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONCEPT_DOCS_PATH, conceptDocsText } from "../../scripts/generate-concept-docs";
import { conceptMarkdown, conceptReference } from "../model/concept-doc";
import { GOOD_ROWS } from "../test-support/rows";
import { expectedValue } from "../validation/messages";
import { validate } from "../validation/validate";
import { CONCEPT_NAMES, getConcept } from "./registry";

const DOCS = readFileSync(CONCEPT_DOCS_PATH, "utf8");
const PIC = "010101-900R"; // a valid personal identity code (F11)

/** Bad cells of every kind: each field type's reasons (F1–F11) and a few good ones. */
const DIRTY: readonly unknown[] = [
  "",
  "a\0b",
  { object: true },
  PIC,
  "x".repeat(70),
  "2024-02-30",
  "999",
  "99",
  "abc",
  "nope",
  "maybe",
  "-1",
  "101",
  "1e400",
  "99999999999999999999",
  "1234567890123456789",
  "1.1234567",
  "eos",
  "11",
];

describe("docs/concepts.md is derived from the declarations (issue 13)", () => {
  it("holds exactly the generated concept pages (pnpm docs:concepts rewrites them)", () => {
    expect(DOCS).toBe(conceptDocsText(DOCS));
    for (const name of CONCEPT_NAMES) expect(DOCS).toContain(conceptMarkdown(getConcept(name)));
  });

  it("renders a hand-checked page", () => {
    expect(conceptMarkdown(getConcept("cost"))).toBe(
      [
        "### `cost` — net operating costs",
        "",
        "Key: none. Placed in a period by `year` (31 December).",
        "",
        "| # | field | type | required | default | values / limits | reasons |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| 1 | `organizer_code` | organizer | yes |  |  | " +
          "`missing`, `invalid_format`, `unknown_code`, `personal_identity_code` |",
        "| 2 | `year` | integer | yes |  |  | `missing`, `invalid_format`, `out_of_range` |",
        "| 3 | `service_class` | string | yes |  | ≤ 40 chars | " +
          "`missing`, `invalid_format`, `too_long`, `personal_identity_code` |",
        "| 4 | `net_cost_eur` | decimal | yes |  | ≤ 18 digits before the point, ≤ 6 after (F5) | " +
          "`missing`, `invalid_format`, `out_of_range` |",
        "",
        "Row rules: none.",
        "",
        "Reason codes, in F8's order: `missing`, `invalid_format`, `out_of_range`, `too_long`, `unknown_code`, " +
          "`personal_identity_code`.",
      ].join("\n"),
    );
  });

  it("shows the other spellings of words (F2), answer ranges by question and the rules as expressions", () => {
    const visit = conceptMarkdown(getConcept("health_care_visit"));
    expect(visit).toContain("| `male` (also `1`, `M`), `female` (also `2`, `F`, `N`), `unknown` |");
    const welfare = conceptMarkdown(getConcept("child_welfare_case"));
    expect(welfare).toContain(
      "| 10 | `assessment_started` | bool | no | `false` | `true` (also `1`, `yes`, `kyllä`, `t`), " +
        "`false` (also `0`, `no`, `ei`, `f`); `true` when `assessment_completed_date` is given (F13) | " +
        "`invalid_format` |",
    );
    expect(welfare).toContain("| 1 | `not_a_child` | `birth_date` | `age_on(birth_date, opened_date) < 18` |");
    const feedback = conceptMarkdown(getConcept("customer_feedback_answer"));
    expect(feedback).toContain("≥ 0; ≤ 10; by `question_code`: `nps` 0–10, otherwise 1–5 or `eos` |");
    const assessment = conceptMarkdown(getConcept("social_care_assessment"));
    expect(assessment).toContain("| `dates_out_of_order` | `completed_date` | `started_date ≤ completed_date` |");
    expect(assessment).toContain("| `completed_without_start` | `completed_date` | ");
    expect(assessment).toContain("`completed_date is absent or started_date is given`");
  });

  it.each(CONCEPT_NAMES)("%s: each field's listed reasons are exactly those the validator gives it", (name) => {
    const page = conceptReference(getConcept(name));
    for (const entry of page.fields) {
      const rows = DIRTY.map((cell) => ({ ...GOOD_ROWS[name], [entry.field.name]: cell }));
      const { rejections } = validate(name, rows, { maxRejectedShare: 1 });
      const seen = new Set(
        rejections.filter((rejection) => rejection.field === entry.field.name).map((rejection) => rejection.reason),
      );
      seen.delete("organizer_mismatch"); // a concept-level reason (F10), listed once per concept
      expect([...seen].sort(), entry.field.name).toEqual([...entry.reasons].sort());
    }
  });
});

describe("messages name the accepted spellings from the checks' tables (issue 13)", () => {
  it("sex and bool: the same text as before, derived", () => {
    const field = (type: "sex" | "bool") => ({ name: type, type, required: true, default: null, description: "" });
    expect(expectedValue(field("sex"))).toBe("male, female or unknown (also 1/M for male, 2/F/N for female)");
    expect(expectedValue(field("bool"))).toBe("true/false (also 1/0, yes/no, kyllä/ei, t/f)");
  });
});

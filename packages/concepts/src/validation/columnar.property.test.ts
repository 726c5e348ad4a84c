import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnBatchOfRows } from "@virta/core";
import { CONCEPT_NAMES, getConcept } from "../concepts/registry";
import { maskIdentityCodes } from "../hetu/personal-identity-code";
import type { FieldSpec } from "../model/concept-model";
import { referenceValidate } from "../test-support/reference-validator";
import { GOOD_ROWS } from "../test-support/rows";
import { createValidator } from "./create-validator";
import { columnGetter } from "./field-columns";

const PIC = "010101-900R"; // a valid personal identity code (F11)

/** Dirty spellings per field type: every reason code and the F1–F14 edges. */
function dirty(field: FieldSpec): unknown[] {
  const absent = ["", "  ", undefined, null, "a\0b"];
  switch (field.type) {
    case "id":
    case "string":
      return [...absent, "v1", " v2 ", "v3", PIC, "x".repeat(70), 12];
    case "date":
      return [...absent, "2024-03-01", "2024-02-30", "2024-3-1", "2024-03-10T23:30:00Z", "1899-12-31", "2023-12-31"];
    case "municipality":
      // Numbers too (F3: a Parquet file's integer code column), cached by their number.
      return [...absent, "091", "91", " 167 ", "999", "abc", "049", 91, 5, "005", 49, 1000, -91, 91.5, 0];
    case "organizer":
      return [...absent, "90", "14", "3", "03", "99", PIC, "12", 3, 14, 90, 100, 2.5, -0, -3];
    case "sex":
      return [...absent, "male", "F", "n", "x", 1];
    case "bool":
      return [...absent, "true", "0", "KYLLÄ", "maybe", true];
    case "enum":
      return [...absent, ...(field.values ?? []).slice(0, 3), field.values?.[0]?.toUpperCase(), "nope"];
    case "integer":
      return [...absent, "0", "40", "-1", "101", "1.5", "abc", "99999999999999999999", 2024, "2025"];
    case "decimal":
      return [...absent, "1.5", "0", "-1", "1.1234567", "1e3", "1234567890123456789", 2.5];
    case "answer":
      return [...absent, "1", "5", "10", "0", "eos", "EOS", "x", 3];
  }
}

function rowsOf(concept: (typeof CONCEPT_NAMES)[number]) {
  const model = getConcept(concept);
  const good = GOOD_ROWS[concept];
  const cell = (field: FieldSpec) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(good[field.name]) },
      { weight: 1, arbitrary: fc.constantFrom(...dirty(field)) },
    );
  const row = fc.record(Object.fromEntries(model.fields.map((field) => [field.name, cell(field)])));
  return fc.array(row, { minLength: 1, maxLength: 40 });
}

describe("the columnar validator agrees with the reference validator (issue 13)", () => {
  for (const concept of CONCEPT_NAMES) {
    it(`${concept}: same rejections (record, field, reason) and same valid values on dirty rows`, () => {
      const model = getConcept(concept);
      fc.assert(
        fc.property(rowsOf(concept), fc.nat(), fc.boolean(), (rows, cut, codegen) => {
          const expected = referenceValidate(model, rows);
          // With and without generated code (the rules' generated test, or each rule's closure).
          const validator = createValidator(concept, { maxRejectedShare: 1, keepRejections: Infinity, codegen });
          // Two batches: dictionaries and the key table carry over (F9 across batches).
          const split = cut % (rows.length + 1);
          const parts = [rows.slice(0, split), rows.slice(split)];
          const valid: Array<{ row: number; values: unknown[] }> = [];
          parts.forEach((part, index) => {
            const batch = columnBatchOfRows(part, "t.csv", index === 0 ? 1 : split + 1);
            const { table, records } = validator.pushColumns(batch);
            const getters = model.fields.map((field) => columnGetter(table.columns[field.name]!, field.type));
            for (let row = 0; row < table.length; row += 1)
              valid.push({ row: records[row]!, values: getters.map((get) => get(row)) });
          });
          const rejections = validator.rejections.map(({ row, field, reason }) => ({ row, field, reason }));
          expect(rejections).toEqual(expected.rejections);
          expect(valid).toEqual(expected.valid);
          // F11/F36: no identity code leaves unmasked, in a value or a message.
          for (const rejection of validator.rejections) {
            expect(maskIdentityCodes(rejection.value)).toBe(rejection.value);
            expect(maskIdentityCodes(rejection.message)).toBe(rejection.message);
          }
          const summary = validator.finish();
          expect(summary.rows_read).toBe(rows.length);
          expect(summary.rows_rejected).toBe(expected.rejections.length);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("the generated rows reach every reason code of the concepts", () => {
    const reasons = new Set<string>();
    for (const concept of CONCEPT_NAMES) {
      const model = getConcept(concept);
      fc.assert(
        fc.property(rowsOf(concept), (rows) => {
          for (const rejection of referenceValidate(model, [...rows, ...rows]).rejections)
            reasons.add(rejection.reason);
        }),
        { numRuns: 150, seed: 13 },
      );
    }
    const declared = new Set(CONCEPT_NAMES.flatMap((concept) => getConcept(concept).rules.map((rule) => rule.reason)));
    for (const reason of declared) expect(reasons).toContain(reason);
    for (const reason of ["missing", "invalid_format", "not_in_list", "out_of_range", "too_long", "unknown_code"])
      expect(reasons).toContain(reason);
    for (const reason of ["personal_identity_code", "organizer_mismatch", "duplicate_key"])
      expect(reasons).toContain(reason);
  });
});

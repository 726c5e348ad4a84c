/**
 * Malformed rows for the fuzzing harness (issue 20): every concept's good row (concepts' test rows)
 * with one to three cells replaced by hostile values drawn with fast-check — control characters and
 * NUL (F5a), decimals beyond F5's 18 + 6 digits, exponents and grouping (F5), impossible dates (F4),
 * personal identity codes (F11, F36), huge and deeply nested values, lone surrogates, JSON types a CSV
 * never has. A tenth of the rows are left good, so that compute has cells to compute.
 */
import fc from "fast-check";
import { CONCEPT_NAMES, type ConceptName } from "@virta/concepts";
import { GOOD_ROWS } from "../packages/concepts/src/test-support/rows";

/** Valid personal identity codes (F11: right check character) that must never leave unmasked. */
export const IDENTITY_CODES = ["131052-308T", "010101A123N", "311299-999E", "131052a308t"] as const;

const deepArray = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);

const SPECIAL_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "14\u0000",
  "\r",
  "\n",
  "x\ny",
  "\u2028",
  "\u001b[31m",
  "\uD800",
  "\uFEFF2024-01-01",
  "-0",
  "1e5",
  "1E-7",
  "1,234.5",
  "1 234",
  "+5",
  "0x10",
  "NaN",
  "Infinity",
  "-Infinity",
  "null",
  "true",
  "eos",
  "EOS",
  "🙂",
  "9".repeat(19),
  `${"9".repeat(18)}.9999999`,
  "9".repeat(400),
  `0.${"1".repeat(30)}`,
  "-999999999999999999.999999",
  "2024-02-30",
  "2024-13-01",
  "2023-02-29",
  "0000-01-01",
  "-0001-01-01",
  "9999-12-31",
  "infinity",
  "2024-03-01T25:00:00Z",
  "2024-03-31T23:30:00+0300",
  "2024-03-31 00:30:00-01:00",
  "20240301",
  "=cmd|' /C calc'!A0",
  "'; DROP TABLE visits; --",
  ...IDENTITY_CODES,
  ` ${IDENTITY_CODES[0]} `,
];

/** One hostile cell value. */
export const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SPECIAL_TEXT) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-62198755200000)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(70_000), deepArray(5000), { a: { b: [IDENTITY_CODES[1]] } }) },
);

/** A change of a good value that keeps its meaning or nearly so (case, white space, padding). */
const nearGood: fc.Arbitrary<(value: string) => string> = fc.constantFrom(
  (value: string) => ` ${value}\t`,
  (value: string) => value.toUpperCase(),
  (value: string) => value.replace(/^0+/, ""),
  (value: string) => `${value}\u00a0`,
  (value: string) => value.replace(".", ","),
);

/** One row: a good row with 0–3 cells replaced (or nudged), keys sometimes dropped or added. */
function rowArbitrary(concept: ConceptName): fc.Arbitrary<{ row: Record<string, unknown>; malformed: boolean }> {
  const good = GOOD_ROWS[concept];
  const fields = Object.keys(good);
  const change = fc.record({
    field: fc.constantFrom(...fields),
    how: fc.constantFrom("hostile", "hostile", "hostile", "nudge", "drop"),
    value: hostileCell,
    nudge: nearGood,
  });
  return fc
    .record({
      changes: fc.array(change, { minLength: 0, maxLength: 3 }),
      keepGood: fc.integer({ min: 0, max: 9 }),
      extraKey: fc.option(fc.constantFrom("notes", IDENTITY_CODES[2], "\u0000", ""), { freq: 20 }),
    })
    .map(({ changes, keepGood, extraKey }) => {
      const row: Record<string, unknown> = { ...good };
      const applied = keepGood === 0 ? [] : changes;
      for (const { field, how, value, nudge } of applied) {
        if (how === "drop") delete row[field];
        else if (how === "nudge") row[field] = nudge(String(good[field]));
        else row[field] = value;
      }
      if (extraKey !== null && keepGood !== 0) row[extraKey] = "x";
      return { row, malformed: applied.length > 0 || (extraKey !== null && keepGood !== 0) };
    });
}

/** `count` generated rows of one concept for a seed (the same seed gives the same rows). */
export function generateRows(
  concept: ConceptName,
  count: number,
  seed: number,
): { rows: Record<string, unknown>[]; malformed: number } {
  const sample = fc.sample(rowArbitrary(concept), { seed, numRuns: count });
  const good = GOOD_ROWS[concept] as Record<string, string>;
  // Keys made unique where the good value is still there (F9 would otherwise reject all but one row).
  sample.forEach(({ row }, index) => {
    for (const field of ["visit_id", "referral_id", "assessment_id", "case_id", "response_id", "client_id"])
      if (row[field] === good[field] && field in good) row[field] = `${good[field]}-${index}`;
    if (concept === "population" && row.age === good.age) row.age = String(index % 101);
    if (concept === "cost" && row.service_class === good.service_class) row.service_class = `s${index % 40}`;
    if (concept === "cost" && row.organizer_code === good.organizer_code) row.organizer_code = "14"; // has population
    if (concept === "population" && row.sex === good.sex) row.sex = ["male", "female", "unknown"][index % 3];
  });
  return { rows: sample.map((entry) => entry.row), malformed: sample.filter((entry) => entry.malformed).length };
}

export { CONCEPT_NAMES };

import { type ColumnBatch, type ColumnDictionary, dayNumber, NULL_DAY, parseDate } from "@virta/core";
import { describe, expect, it } from "vitest";
import { createValidator } from "@virta/concepts";
import { GOOD_ROWS } from "../test-support/rows";

const NAMES = [...Object.keys(GOOD_ROWS.health_care_visit), "organizer_code"];
const DATES = new Set(["birth_date", "contact_date", "need_assessment_date", "visit_date"]);

/** Visit rows as text cells, with the changes of each row (null: absent). */
function rowsOf(changes: Array<Record<string, string | null>>): Array<Array<string | null>> {
  return changes.map((change) =>
    NAMES.map((name) => (name in change ? change[name]! : (GOOD_ROWS.health_care_visit[name] ?? null))),
  );
}

/** The batch as a CSV reader gives it: text cells only. */
function textBatch(rows: Array<Array<string | null>>, first: number): ColumnBatch {
  return {
    source: "visits",
    names: NAMES,
    columns: NAMES.map((_, column) => rows.map((cells) => cells[column])),
    length: rows.length,
    records: rows.map((_, index) => first + index),
  };
}

/**
 * The batch as the Parquet reader gives it: dates as day numbers, every other column with dictionary
 * codes into `values` (shared and growing, as within one stream).
 */
function typedBatch(
  rows: Array<Array<string | null>>,
  first: number,
  values: string[][],
  textDates = false,
): ColumnBatch {
  const text = textBatch(rows, first);
  const dictionaries: Array<ColumnDictionary | null> = [];
  const columns = NAMES.map((name, column) => {
    const cells = text.columns[column] as Array<string | null>;
    if (DATES.has(name) && !textDates) {
      dictionaries.push(null);
      return Int32Array.from(cells, (cell) => (cell === null ? NULL_DAY : parseDate(cell)));
    }
    const dictionary = values[column]!;
    const codes = Int32Array.from(cells, (cell) => {
      if (cell === null) return -1;
      if (!dictionary.includes(cell)) dictionary.push(cell);
      return dictionary.indexOf(cell);
    });
    dictionaries.push({ codes, values: dictionary });
    return cells;
  });
  const kinds = NAMES.map((name) => (DATES.has(name) && !textDates ? "day" : "raw") as const);
  return { ...text, columns, kinds, dictionaries };
}

const BATCHES: Array<Array<Record<string, string | null>>> = [
  [
    {},
    { visit_id: "v2", sex: "x" }, // not_in_list
    { visit_id: "v3", municipality_code: "999" }, // unknown_code
    { visit_id: "v4", organizer_code: "14" },
    { visit_id: "v5", organizer_code: "15" }, // organizer_mismatch (Joensuu is North Karelia, 14; F10)
    { visit_id: "v6", urgency: null }, // missing
    { visit_id: "v1" }, // duplicate of row 1 (F9)
  ],
  [
    { visit_id: "v7", sex: "x" }, // the same wrong spelling, now with a known code
    { visit_id: "v8", visit_date: "2021-06-01", contact_date: "2021-05-01", need_assessment_date: "2021-05-02" },
    { visit_id: "v9", professional_group: "nurse", municipality_code: "091" },
    { visit_id: "v10", sex: "male", municipality_code: "999" },
    { visit_id: "v11", need_assessment_date: null }, // optional
  ],
];

describe("typed-pass: dictionary-coded text and day-number dates give what text cells give (issue 14)", () => {
  it("gives the same rows, rejections (field, reason, value, message) and summary over batches", () => {
    const byText = createValidator("health_care_visit", { dates: "day", source: "visits", maxRejectedShare: 1 });
    const byTyped = createValidator("health_care_visit", { dates: "day", source: "visits", maxRejectedShare: 1 });
    const values = NAMES.map(() => [] as string[]);
    let first = 1;
    for (const changes of BATCHES) {
      const rows = rowsOf(changes);
      expect(byTyped.pushBatch(typedBatch(rows, first, values))).toEqual(byText.pushBatch(textBatch(rows, first)));
      first += rows.length;
    }
    // A new stream (a new dictionary) starts its codes again.
    const again = rowsOf([
      { visit_id: "v20", sex: "male" },
      { visit_id: "v21", sex: "x" },
    ]);
    const fresh = NAMES.map(() => [] as string[]);
    expect(byTyped.pushBatch(typedBatch(again, first, fresh))).toEqual(byText.pushBatch(textBatch(again, first)));
    expect(byTyped.rejections).toEqual(byText.rejections);
    expect(byTyped.finish()).toEqual(byText.finish());
    expect(byTyped.rejections.map(({ row, field, reason }) => `${row} ${field} ${reason}`)).toEqual([
      "2 sex not_in_list",
      "3 municipality_code unknown_code",
      "5 organizer_code organizer_mismatch",
      "6 urgency missing",
      "7 visit_id duplicate_id",
      "8 sex not_in_list",
      "11 municipality_code unknown_code",
      "14 sex not_in_list",
    ]);
  });

  it("takes a day number as the date and leaves absent days to the field check", () => {
    const validator = createValidator("health_care_visit", { dates: "day" });
    const rows = rowsOf([{}, { visit_id: "v2", visit_date: null }]);
    const [row] = validator.pushBatch(
      typedBatch(
        rows,
        1,
        NAMES.map(() => []),
      ),
    );
    expect(row).toMatchObject({ visit_id: "v1", visit_date: dayNumber(2024, 3, 15), organizer_code: "14" });
    expect(validator.rejections.map(({ row, field, reason }) => `${row} ${field} ${reason}`)).toEqual([
      "2 visit_date missing",
    ]);
  });

  it("reads dates written as text with dictionary codes once per code, as text cells are read (F4, F34)", () => {
    const byText = createValidator("health_care_visit", { source: "visits", maxRejectedShare: 1 });
    const byCodes = createValidator("health_care_visit", { source: "visits", maxRejectedShare: 1 });
    const batches = [
      [
        {},
        { visit_id: "v2", visit_date: "2024-02-30" }, // no such day: invalid_format
        { visit_id: "v3", birth_date: "0000-01-01" }, // year 0000 is no data date (F34)
        // A date-time: the check reads it; the assessment (03-01) is then before the contact.
        { visit_id: "v4", contact_date: "2024-03-15T23:30:00+02:00" },
        { visit_id: "v5", visit_date: " 2024-03-15" }, // trimmed by the check (F1)
        { visit_id: "v6", need_assessment_date: null },
        { visit_id: "v7", birth_date: "2025-01-01" }, // born after the visit (F12)
      ],
      [
        { visit_id: "v8", visit_date: "2024-02-30" }, // the same codes again
        { visit_id: "v9", birth_date: "2025-01-01" },
        { visit_id: "v10", contact_date: "2024-03-15T23:30:00+02:00", need_assessment_date: "2024-03-16" },
      ],
    ];
    const values = NAMES.map(() => [] as string[]);
    let first = 1;
    for (const changes of batches) {
      const rows = rowsOf(changes);
      const coded = typedBatch(rows, first, values, true);
      expect(coded.dictionaries![NAMES.indexOf("visit_date")]).not.toBeNull();
      expect(byCodes.pushBatch(coded)).toEqual(byText.pushBatch(textBatch(rows, first)));
      first += rows.length;
    }
    expect(byCodes.rejections).toEqual(byText.rejections);
    expect(byCodes.finish()).toEqual(byText.finish());
    expect(byCodes.rejections.map(({ row, field, reason }) => `${row} ${field} ${reason}`)).toEqual([
      "2 visit_date invalid_format",
      "3 birth_date invalid_format",
      "4 contact_date assessment_before_contact",
      "7 birth_date born_after_event",
      "8 visit_date invalid_format",
      "9 birth_date born_after_event",
      "10 visit_date visit_before_assessment", // assessed 03-16, visited 03-15
    ]);
  });
});

import { dayNumber, formatDate, tryParseDate } from "@virta/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONCEPT_NAMES, type ConceptName, getConcept } from "@virta/concepts";
import { GOOD_ROWS } from "../test-support/rows";
import { classificationOfDay, compileConcept } from "./compiled-concept";
import { DEFER, fastCell, fastDayNumber } from "./fast-cells";
import type { ParseState } from "./field-parsers";
import { createReferenceValidator, createValidator } from "./create-validator";

function freshState(day: number | null): ParseState {
  const classification = day === null ? null : classificationOfDay(day);
  return {
    reason: "missing",
    dateText: "(before)",
    municipalities: classification?.table ?? null,
    organizerByNumber: classification?.organizerByNumber ?? null,
    classificationYear: classification?.year ?? Number.NaN,
    municipalityOrganizer: "(before)",
    questionCode: null,
    cells: [],
  };
}

describe("fastDayNumber (F4, read by character codes)", () => {
  it("gives hand-checked day numbers: 1970-01-01 → 0, 2024-03-05 → 19787, 2024-02-29 → 19782, 1900-01-01 → −25567, 2099-12-31 → 47481", () => {
    // 1900→1970: 70 · 365 + 17 leap days (1904…1968) = 25567; 1970→2100: 130 · 365 + 32 leap days (1972…2096) = 47482.
    expect(fastDayNumber("1970-01-01")).toBe(0);
    expect(fastDayNumber("2024-03-05")).toBe(19787);
    expect(fastDayNumber("2024-02-29")).toBe(19782);
    expect(fastDayNumber("1900-01-01")).toBe(-25567);
    expect(fastDayNumber("2099-12-31")).toBe(47481);
  });

  it("defers (NaN) impossible dates, other shapes and dates outside 1900–2099, which the general parser decides", () => {
    for (const text of [
      "2023-02-29",
      "1900-02-29",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "2024-01-00",
      "2024-3-05",
      "2024/03/05",
      "2024-03-05T",
      " 2024-03-05",
      "1899-12-31",
      "2100-01-01",
      "２０24-03-05",
    ]) {
      expect(fastDayNumber(text), text).toBeNaN();
    }
  });

  it("agrees with the general parser on every day from 1899-12-01 to 2100-01-31", () => {
    const first = dayNumber(1899, 12, 1);
    const last = dayNumber(2100, 1, 31);
    let taken = 0;
    for (let day = first; day <= last; day += 1) {
      const text = formatDate(day);
      const fast = fastDayNumber(text);
      if (Number.isNaN(fast)) continue;
      taken += 1;
      if (fast !== tryParseDate(text)) expect(fast, text).toBe(day);
    }
    expect(taken).toBe(dayNumber(2100, 1, 1) - dayNumber(1900, 1, 1)); // 73049 days, all of 1900–2099
  });

  it("never disagrees with the general parser on any ten characters of digits and separators", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789-/: T"), minLength: 10, maxLength: 10 }), (text) => {
        const fast = fastDayNumber(text);
        return Number.isNaN(fast) || fast === tryParseDate(text);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("fastCell: hand-checked values and deferrals", () => {
  const visit = compileConcept(getConcept("health_care_visit"));
  const field = (name: string) => visit.names.indexOf(name);
  const at2024 = () => freshState(dayNumber(2024, 3, 15));

  it("reads canonical spellings (F2): sex N → female, m → male, 2 → female; Female and ' N' go to the general check", () => {
    expect(fastCell(visit.cells, field("sex"), "N", at2024())).toBe("female");
    expect(fastCell(visit.cells, field("sex"), "m", at2024())).toBe("male");
    expect(fastCell(visit.cells, field("sex"), "2", at2024())).toBe("female");
    expect(fastCell(visit.cells, field("sex"), "Female", at2024())).toBe(DEFER);
    expect(fastCell(visit.cells, field("sex"), " N", at2024())).toBe(DEFER);
  });

  it("reads a three-digit municipality with its organizer in the row's year (F3, F10): 091 → organizer 90; 91 and 999 defer", () => {
    const state = at2024();
    expect(fastCell(visit.cells, field("municipality_code"), "091", state)).toBe("091");
    expect(state.municipalityOrganizer).toBe("90");
    expect(fastCell(visit.cells, field("municipality_code"), "91", at2024())).toBe(DEFER);
    expect(fastCell(visit.cells, field("municipality_code"), "999", at2024())).toBe(DEFER);
    expect(fastCell(visit.cells, field("municipality_code"), "091", freshState(null))).toBe(DEFER); // year unknown
  });

  it("takes ids as they are unless they may be personal identity codes (F11) or too long (F6)", () => {
    expect(fastCell(visit.cells, field("visit_id"), "v1", at2024())).toBe("v1");
    expect(fastCell(visit.cells, field("visit_id"), "131052-308U", at2024())).toBe("131052-308U"); // check character wrong: not a code
    expect(fastCell(visit.cells, field("visit_id"), "131052-308T", at2024())).toBe(DEFER);
    expect(fastCell(visit.cells, field("visit_id"), "x".repeat(64), at2024())).toBe("x".repeat(64));
    expect(fastCell(visit.cells, field("visit_id"), "x".repeat(65), at2024())).toBe(DEFER);
  });

  it("gives an absent optional cell its default, and leaves an absent required cell to the general check (missing)", () => {
    expect(fastCell(visit.cells, field("contact_date"), "", at2024())).toBeNull();
    expect(fastCell(visit.cells, field("organizer_code"), undefined, at2024())).toBeNull();
    expect(fastCell(visit.cells, field("visit_date"), "", at2024())).toBe(DEFER);
  });

  it("reads a date and records its text: 2024-03-15 → 19797", () => {
    const state = at2024();
    expect(fastCell(visit.cells, field("visit_date"), "2024-03-15", state)).toBe(19797);
    expect(state.dateText).toBe("2024-03-15");
  });

  it("takes every cell of the good health_care_visit row (the fast path really runs)", () => {
    const state = at2024();
    for (const name of visit.names)
      expect(fastCell(visit.cells, field(name), GOOD_ROWS.health_care_visit[name], state), name).not.toBe(DEFER);
  });
});

/** Cells of every shape, canonical and lenient, good and bad. */
const CELLS: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "\t",
  "v1",
  " v1",
  "v1 ",
  "\u00a0v1",
  "x".repeat(64),
  "x".repeat(65),
  "é".repeat(64),
  "😀".repeat(33),
  "131052-308T",
  "131052-308U",
  "131052A308T",
  "2024-03-15",
  "2024-02-29",
  "2023-02-29",
  "1899-12-31",
  "2100-06-01",
  "0001-01-01",
  "2024-03-15T10:00:00Z",
  " 2024-03-15",
  "091",
  "91",
  "999",
  "9x9",
  "167",
  "588",
  "049",
  "14",
  "3",
  "03",
  "90",
  "22",
  "1",
  "2",
  "M",
  "m",
  "N",
  "n",
  "F",
  "f",
  "male",
  "Male",
  "female",
  "FEMALE",
  "unknown",
  "x",
  "true",
  "TRUE",
  "false",
  "0",
  "yes",
  "kyllä",
  "Kyllä",
  "ei",
  "t",
  "maybe",
  "2024",
  "-1",
  "007",
  "1e3",
  "40",
  "101",
  "99999999999999999",
  "812.50",
  "-1250,5",
  "eos",
  "EOS",
  "nps",
  "S1",
  "s1",
  "TK-01",
  "3110",
  2024,
  91,
  3.5,
  -1,
  0,
  10,
  true,
  false,
  91n,
  new Date(Date.UTC(2024, 2, 15, 22, 30)),
  { a: 1 },
];

function allCellsOf(name: ConceptName): unknown[] {
  const words = getConcept(name).fields.flatMap((field) => [
    ...(field.values ?? []),
    ...(field.values ?? []).map((word) => word.toUpperCase()),
  ]);
  return [...CELLS, ...words];
}

describe("fastCell against the general checks (a differential over every concept, field and cell shape)", () => {
  for (const name of CONCEPT_NAMES) {
    it(`${name}: wherever the fast path answers, the general check gives the same value and state`, () => {
      const compiled = compileConcept(getConcept(name));
      let answered = 0;
      for (let index = 0; index < compiled.names.length; index += 1) {
        for (const cell of allCellsOf(name)) {
          for (const day of [dayNumber(2024, 3, 15), dayNumber(2023, 6, 1), null]) {
            const fastState = freshState(day);
            const fast = fastCell(compiled.cells, index, cell, fastState);
            if (fast === DEFER) continue;
            answered += 1;
            const generalState = freshState(day);
            generalState.cells = [];
            expect(compiled.parsers[index]!(cell, generalState), `${compiled.names[index]} ${String(cell)}`).toEqual(
              fast,
            );
            expect(fastState.dateText).toBe(generalState.dateText);
            expect(fastState.municipalityOrganizer).toBe(generalState.municipalityOrganizer);
          }
        }
      }
      expect(answered).toBeGreaterThan(20);
    });
  }
});

const MUNICIPALITIES = ["091", "049", "092", "167", "837", "905", "853", "564", "297", "245"];

/**
 * A deterministic corpus of raw rows: the good row with distinct keys (about 5 % repeating an earlier
 * row's, F9) and zero to three cells replaced from `allCellsOf`.
 */
function corpus(name: ConceptName, size: number, seed: number): Record<string, unknown>[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const model = getConcept(name);
  const cells = allCellsOf(name);
  const rows: Record<string, unknown>[] = [];
  for (let n = 0; n < size; n += 1) {
    const row: Record<string, unknown> = { ...GOOD_ROWS[name] };
    const k = next() < 0.05 ? Math.floor(next() * (n + 1)) : n;
    if (name === "population") {
      row.age = String(k % 101);
      row.municipality_code = MUNICIPALITIES[Math.floor(k / 101) % 10];
      row.sex = ["male", "female", "unknown"][Math.floor(k / 1010) % 3];
    } else if (model.key.length > 0) {
      row[model.key[0]!] = `id${k}`;
    }
    const changes = Math.floor(next() * 3);
    for (let c = 0; c < changes; c += 1) {
      const field = model.fields[Math.floor(next() * model.fields.length)]!;
      const cell = cells[Math.floor(next() * cells.length)];
      if (cell === undefined) delete row[field.name];
      else row[field.name] = cell;
    }
    if (next() < 0.01) row.extra_column = "x"; // an unknown column (warned once)
    rows.push(row);
  }
  return rows;
}

describe("the validator with and without fast paths gives the same rows, rejections and summary", () => {
  for (const name of CONCEPT_NAMES) {
    for (const dates of ["iso", "day"] as const) {
      it(`${name}, dates ${dates}: 3000 rows`, () => {
        const fast = createValidator(name, { dates, maxRejectedShare: 1, keepRejections: Number.POSITIVE_INFINITY });
        const reference = createReferenceValidator(name, {
          dates,
          maxRejectedShare: 1,
          keepRejections: Number.POSITIVE_INFINITY,
        });
        const rows = corpus(name, 3000, name.length * 31 + dates.length);
        let valid = 0;
        for (const raw of rows) {
          const expected = reference.push(raw);
          expect(fast.push(raw)).toEqual(expected);
          if (expected !== null) valid += 1;
        }
        expect(fast.rejections).toEqual(reference.rejections);
        expect(fast.finish()).toEqual(reference.finish());
        expect(valid).toBeGreaterThan(100); // both sides are exercised
        expect(rows.length - valid).toBeGreaterThan(100);
      });
    }
  }
});

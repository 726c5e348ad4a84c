/**
 * The hand-written typed-array reference of issue 8: the three primary-care shares (within 7 days,
 * within 14 days, within 3 months; indicators.md P-PC) by organizer and Sotkanet age group over the
 * validator's columnar chunks — day numbers in Int32Array, dictionary-encoded codes, counts in typed
 * arrays. One loop per indicator (issue 14 sets its target per indicator: the engine at most 2× the
 * hand-written loop) and one loop computing all three in one pass. Rules as the definitions state them:
 * the period on the visit date, P-PC's population (service branch, urgency, professional group, need
 * assessment present; F15), age in completed years on the visit date (F16), wait = days(need assessment,
 * visit). What the generated engine is measured against; it uses only the calendar primitives of @virta/core.
 */
import { AGE_GROUP_SETS, addMonths, ageOn, ageGroupIndex, parsePeriod, type ColumnarTable } from "@virta/core";

/** The indicators the loop computes. */
export const THREE = [
  "availability.primary_care.within_7_days",
  "availability.primary_care.within_14_days",
  "availability.primary_care.within_3_months",
];

type Codes = { codes: Int32Array; dictionary: readonly string[] };
type Cells = Map<string, [number, number]>;

/** What every loop needs before its first row: the period, the codes of the population, the cell layout. */
interface Setup {
  start: number;
  end: number;
  primary: number;
  nonUrgent: number;
  doctor: number;
  nurse: number;
  bands: number;
  cells: number;
  ageIndex: Int32Array;
  organizerDictionary: readonly string[];
}

/** Dictionaries are shared by every chunk of one validator, so the last chunk's dictionary holds every code. */
function setupOf(chunks: readonly ColumnarTable[], period: string): Setup {
  const { start, end } = parsePeriod(period);
  const last = chunks[chunks.length - 1]?.columns;
  const dictionary = (name: string): readonly string[] => (last?.[name] as Codes | undefined)?.dictionary ?? [];
  const code = (name: string, value: string): number => dictionary(name).indexOf(value);
  const set = AGE_GROUP_SETS.sotkanet;
  const bands = set.bands.length + 1;
  const ageIndex = new Int32Array(130);
  for (let age = 0; age < 130; age++) ageIndex[age] = ageGroupIndex(set, age) + 1;
  const organizerDictionary = dictionary("organizer_code");
  return {
    start,
    end,
    primary: code("service_branch", "primary_care"),
    nonUrgent: code("urgency", "non_urgent"),
    doctor: code("professional_group", "doctor"),
    nurse: code("professional_group", "nurse"),
    bands,
    cells: (organizerDictionary.length + 1) * bands,
    ageIndex,
    organizerDictionary,
  };
}

/** The numerator and denominator of every cell with a population row, keyed "organizer|age_group". */
function cellsOf(setup: Setup, numerator: Float64Array, denominator: Float64Array): Cells {
  const { bands, cells, organizerDictionary } = setup;
  const labels = AGE_GROUP_SETS.sotkanet.bands;
  const rows: Cells = new Map();
  for (let cell = 0; cell < cells; cell++) {
    if (denominator[cell] === 0) continue;
    const organizerIndex = Math.floor(cell / bands);
    const band = cell % bands;
    const organizerKey = organizerIndex === 0 ? "null" : organizerDictionary[organizerIndex - 1];
    rows.set(`${organizerKey}|${band === 0 ? "null" : labels[band - 1]!.label}`, [
      numerator[cell]!,
      denominator[cell]!,
    ]);
  }
  return rows;
}

const NULL = -2147483648;

/**
 * Numerator and denominator per "organizer|age_group" cell for each of THREE in one pass over the
 * validator's columnar chunks (`pushColumns`).
 *
 * @example
 * ```ts
 * handWrittenThree(chunks, "2024").get("availability.primary_care.within_14_days")!.get("14|25-64"); // [n, d]
 * ```
 */
export function handWrittenThree(chunks: readonly ColumnarTable[], period: string): Map<string, Cells> {
  const setup = setupOf(chunks, period);
  const { start, end, primary, nonUrgent, doctor, nurse, bands, ageIndex } = setup;
  const denominator = new Float64Array(setup.cells);
  const within7 = new Float64Array(setup.cells);
  const within14 = new Float64Array(setup.cells);
  const within3m = new Float64Array(setup.cells);
  for (const table of chunks) {
    const c = table.columns;
    const visit = c.visit_date as Int32Array;
    const need = c.need_assessment_date as Int32Array;
    const birth = c.birth_date as Int32Array;
    const b = (c.service_branch as Codes).codes,
      u = (c.urgency as Codes).codes,
      g = (c.professional_group as Codes).codes,
      o = (c.organizer_code as Codes).codes;
    for (let i = 0; i < table.length; i++) {
      const v = visit[i]!;
      if (v === NULL || v < start || v > end) continue;
      if (b[i] !== primary || u[i] !== nonUrgent) continue;
      const p = g[i]!;
      if (p !== doctor && p !== nurse) continue;
      const n = need[i]!;
      if (n === NULL) continue;
      const born = birth[i]!;
      const age = born === NULL || v < born ? -1 : ageOn(born, v);
      const cell = (o[i]! + 1) * bands + (age < 0 ? 0 : ageIndex[age < 130 ? age : 129]!);
      denominator[cell]!++;
      const wait = v - n;
      if (wait <= 7) within7[cell]!++;
      if (wait <= 14) within14[cell]!++;
      if (v <= addMonths(n, 3)) within3m[cell]!++;
    }
  }
  return new Map([
    [THREE[0]!, cellsOf(setup, within7, denominator)],
    [THREE[1]!, cellsOf(setup, within14, denominator)],
    [THREE[2]!, cellsOf(setup, within3m, denominator)],
  ]);
}

/** The columns of one chunk the loops read. */
function columnsOf(table: ColumnarTable) {
  const c = table.columns;
  return {
    visit: c.visit_date as Int32Array,
    need: c.need_assessment_date as Int32Array,
    birth: c.birth_date as Int32Array,
    b: (c.service_branch as Codes).codes,
    u: (c.urgency as Codes).codes,
    g: (c.professional_group as Codes).codes,
    o: (c.organizer_code as Codes).codes,
  };
}

/** Within 7 days (wait ≤ 7): one indicator's own loop, the numerator test written in. */
export function handWritten7(chunks: readonly ColumnarTable[], period: string): Cells {
  const setup = setupOf(chunks, period);
  const { start, end, primary, nonUrgent, doctor, nurse, bands, ageIndex } = setup;
  const denominator = new Float64Array(setup.cells);
  const numerator = new Float64Array(setup.cells);
  for (const table of chunks) {
    const { visit, need, birth, b, u, g, o } = columnsOf(table);
    for (let i = 0; i < table.length; i++) {
      const v = visit[i]!;
      if (v === NULL || v < start || v > end) continue;
      if (b[i] !== primary || u[i] !== nonUrgent) continue;
      const p = g[i]!;
      if (p !== doctor && p !== nurse) continue;
      const n = need[i]!;
      if (n === NULL) continue;
      const born = birth[i]!;
      const age = born === NULL || v < born ? -1 : ageOn(born, v);
      const cell = (o[i]! + 1) * bands + (age < 0 ? 0 : ageIndex[age < 130 ? age : 129]!);
      denominator[cell]!++;
      if (v - n <= 7) numerator[cell]!++;
    }
  }
  return cellsOf(setup, numerator, denominator);
}

/** Within 14 days (wait ≤ 14): one indicator's own loop, the numerator test written in. */
export function handWritten14(chunks: readonly ColumnarTable[], period: string): Cells {
  const setup = setupOf(chunks, period);
  const { start, end, primary, nonUrgent, doctor, nurse, bands, ageIndex } = setup;
  const denominator = new Float64Array(setup.cells);
  const numerator = new Float64Array(setup.cells);
  for (const table of chunks) {
    const { visit, need, birth, b, u, g, o } = columnsOf(table);
    for (let i = 0; i < table.length; i++) {
      const v = visit[i]!;
      if (v === NULL || v < start || v > end) continue;
      if (b[i] !== primary || u[i] !== nonUrgent) continue;
      const p = g[i]!;
      if (p !== doctor && p !== nurse) continue;
      const n = need[i]!;
      if (n === NULL) continue;
      const born = birth[i]!;
      const age = born === NULL || v < born ? -1 : ageOn(born, v);
      const cell = (o[i]! + 1) * bands + (age < 0 ? 0 : ageIndex[age < 130 ? age : 129]!);
      denominator[cell]!++;
      if (v - n <= 14) numerator[cell]!++;
    }
  }
  return cellsOf(setup, numerator, denominator);
}

/** Within 3 months (visit on or before need assessment + 3 months): its own loop, the numerator test written in. */
export function handWritten3m(chunks: readonly ColumnarTable[], period: string): Cells {
  const setup = setupOf(chunks, period);
  const { start, end, primary, nonUrgent, doctor, nurse, bands, ageIndex } = setup;
  const denominator = new Float64Array(setup.cells);
  const numerator = new Float64Array(setup.cells);
  for (const table of chunks) {
    const { visit, need, birth, b, u, g, o } = columnsOf(table);
    for (let i = 0; i < table.length; i++) {
      const v = visit[i]!;
      if (v === NULL || v < start || v > end) continue;
      if (b[i] !== primary || u[i] !== nonUrgent) continue;
      const p = g[i]!;
      if (p !== doctor && p !== nurse) continue;
      const n = need[i]!;
      if (n === NULL) continue;
      const born = birth[i]!;
      const age = born === NULL || v < born ? -1 : ageOn(born, v);
      const cell = (o[i]! + 1) * bands + (age < 0 ? 0 : ageIndex[age < 130 ? age : 129]!);
      denominator[cell]!++;
      if (v <= addMonths(n, 3)) numerator[cell]!++;
    }
  }
  return cellsOf(setup, numerator, denominator);
}

/**
 * The per-indicator loops by indicator id (issue 14: the target is per indicator).
 *
 * @example
 * ```ts
 * HAND_WRITTEN["availability.primary_care.within_7_days"]!(chunks, "2024").get("14|25-64"); // [n, d]
 * ```
 */
export const HAND_WRITTEN: Record<string, (chunks: readonly ColumnarTable[], period: string) => Cells> = {
  [THREE[0]!]: handWritten7,
  [THREE[1]!]: handWritten14,
  [THREE[2]!]: handWritten3m,
};

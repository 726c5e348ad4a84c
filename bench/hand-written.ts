/**
 * The hand-written typed-array reference of issue 8: the three primary-care shares (within 7 days,
 * within 14 days, within 3 months; indicators.md P-PC) by organizer and Sotkanet age group, in one pass
 * over the validator's columnar chunks — day numbers in Int32Array, dictionary-encoded codes, counts in
 * typed arrays. What the generated engine is measured against; it uses only the calendar primitives of @virta/core.
 */
import { AGE_GROUP_SETS, addMonths, ageOn, ageGroupIndex, parsePeriod, type ColumnarTable } from "@virta/core";

/** The indicators the loop computes. */
export const THREE = [
  "availability.primary_care.within_7_days",
  "availability.primary_care.within_14_days",
  "availability.primary_care.within_3_months",
];

type Codes = { codes: Int32Array; dictionary: readonly string[] };

/**
 * Numerator and denominator per "organizer|age_group" cell for each of THREE, over the validator's
 * columnar chunks (`pushColumns`: dictionaries shared by every chunk of one validator, so the last
 * chunk's dictionary holds every code).
 *
 * @example
 * ```ts
 * handWrittenThree(chunks, "2024").get("availability.primary_care.within_14_days")!.get("14|25-64"); // [n, d]
 * ```
 */
export function handWrittenThree(
  chunks: readonly ColumnarTable[],
  period: string,
): Map<string, Map<string, [number, number]>> {
  const { start, end } = parsePeriod(period);
  const last = chunks[chunks.length - 1]?.columns;
  const dictionary = (name: string): readonly string[] => (last?.[name] as Codes | undefined)?.dictionary ?? [];
  const organizerDictionary = dictionary("organizer_code");
  const code = (name: string, value: string): number => dictionary(name).indexOf(value);
  const primary = code("service_branch", "primary_care");
  const nonUrgent = code("urgency", "non_urgent");
  const doctor = code("professional_group", "doctor");
  const nurse = code("professional_group", "nurse");
  const set = AGE_GROUP_SETS.sotkanet;
  const bands = set.bands.length + 1;
  const ageIndex = new Int32Array(130);
  for (let age = 0; age < 130; age++) ageIndex[age] = ageGroupIndex(set, age) + 1;
  const cells = (organizerDictionary.length + 1) * bands;
  const denominator = new Float64Array(cells);
  const within7 = new Float64Array(cells);
  const within14 = new Float64Array(cells);
  const within3m = new Float64Array(cells);
  const NULL = -2147483648;
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
  const out = new Map<string, Map<string, [number, number]>>();
  for (const [id, numerator] of [
    [THREE[0]!, within7],
    [THREE[1]!, within14],
    [THREE[2]!, within3m],
  ] as const) {
    const rows = new Map<string, [number, number]>();
    for (let cell = 0; cell < cells; cell++) {
      if (denominator[cell] === 0) continue;
      const organizerIndex = Math.floor(cell / bands);
      const band = cell % bands;
      const organizerKey = organizerIndex === 0 ? "null" : organizerDictionary[organizerIndex - 1];
      const key = `${organizerKey}|${band === 0 ? "null" : set.bands[band - 1]!.label}`;
      rows.set(key, [numerator[cell]!, denominator[cell]!]);
    }
    out.set(id, rows);
  }
  return out;
}

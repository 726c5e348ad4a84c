/**
 * Breakdown dimensions shared by several indicators, with their classification order (fine-print F19):
 * organizers in the code table's order, enums in the order the concept lists them with `unknown` last.
 */
import { $, type BreakdownSpec, type Expression } from "@virta/core";

/** Organizer codes in classification order (classifications.md). */
export const ORGANIZER_ORDER = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
  "21",
  "90",
  "91",
];

export const organizer: BreakdownSpec = { kind: "field", field: "organizer_code", order: ORGANIZER_ORDER };
export const municipality: BreakdownSpec = { kind: "field", field: "municipality_code" };
export const sex: BreakdownSpec = { kind: "field", field: "sex", order: ["male", "female", "unknown"] };
export const subPeriod: BreakdownSpec = { kind: "sub_period" };

/** Age group of a person on a date (F16). */
export function ageGroupOn(date: Expression): BreakdownSpec {
  return { kind: "age_group", age: $.ageOn($.field("birth_date"), date) };
}

/** The waiting bands `availability_days` (classifications.md). */
export const AVAILABILITY_DAYS_BANDS = [
  { label: "0", lower: 0, upper: 0 },
  { label: "1-7", lower: 1, upper: 7 },
  { label: "8-14", lower: 8, upper: 14 },
  { label: "15-28", lower: 15, upper: 28 },
  { label: "29-90", lower: 29, upper: 90 },
  { label: "91-180", lower: 91, upper: 180 },
  { label: "181+", lower: 181, upper: null },
];

/** The sub-period dimensions an indicator allows. */
export function subPeriods(...kinds: Array<"month" | "quarter" | "tertial" | "half">): Record<string, BreakdownSpec> {
  return Object.fromEntries(kinds.map((kind) => [kind, subPeriod]));
}

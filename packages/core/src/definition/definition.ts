/**
 * The definition model: an indicator is plain, JSON-serialisable data (indicators.md, "Rules shared by
 * every indicator"). It names the table it reads, the date (or year) that places a row in a period,
 * the population rules in the order their exclusion reasons are counted (fine-print F15), the sums
 * behind numerator and denominator, the breakdowns it allows and how each is derived, and its
 * disclosure rule. Engines only ever see this data, never code.
 */
import type { Expression, ValueType } from "../expression/expression";
import type { Unit } from "../result/result";

/** Text in the three languages of the catalogue. */
export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

/** The kinds of indicator (indicators.md; NPS is `index`, fine-print F24). */
export type IndicatorKind = "proportion" | "count" | "quantile" | "rate" | "index";

/** The period forms an indicator takes (fine-print F26). */
export type PeriodForm = "interval" | "census" | "year";

/** A population condition: rows for which `keep` is not true are excluded and counted under `reason`. */
export interface PopulationRule {
  reason: string;
  keep: Expression;
  /** The rule in words, for the docs. */
  text?: LocalizedText;
}

/**
 * A sum over the rows of a cell: rows where `where` holds contribute `field` (a numeric or decimal
 * field, summed exactly), or `value` (an integer expression, e.g. +1/−1 for NPS), or 1.
 */
export interface SumSpec {
  where?: Expression;
  value?: Expression;
  field?: string;
}

/**
 * A denominator read from a second table (fine-print F18): the sum of `sum.field` over the rows of
 * `concept` of the period's year that satisfy `population`, for the organizers of the cell.
 */
export interface JoinedDenominator {
  concept: string;
  /** The joined table's year field (its rows of other years are excluded `other_year`). */
  yearField: string;
  population: PopulationRule[];
  sum: { field: string };
  /** The joined table's organizer field, matched to the organizer of the main table's rows. */
  organizerField: string;
}

/**
 * How a breakdown dimension is derived. A field dimension that carries a given age group (the customer
 * feedback's `respondent_age_group`) names the set whose labels it holds in `ageGroupSet` (F17: the
 * `feedback` set labels the given group, never a computed age), and the result records that set.
 */
export type BreakdownSpec =
  | { kind: "field"; field: string; order?: string[]; ageGroupSet?: string }
  | { kind: "age_group"; age: Expression }
  | { kind: "sub_period" }
  | {
      kind: "band";
      value: Expression;
      bands: Array<{ label: string; lower: number; upper: number | null }>;
      set: string;
    };

/** The source table and how its rows are placed in a period. */
export interface SourceSpec {
  concept: string;
  /** The date that places a row in an interval or census period (e.g. `visit_date`). */
  date?: Expression;
  /** For yearly tables (`population`, `staff_fte`, `cost`): the year field matched to the period's year. */
  yearField?: string;
  /** The field holding the row's organizer (used by joins). */
  organizerField?: string;
}

/** A changelog entry (indicators.md, "Changes to a definition"). */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** `A` clear error, `B` content change, `initial` first publication. */
  class: "A" | "B" | "initial";
  fi: string;
  en: string;
}

/** An indicator definition. */
export interface Definition {
  id: string;
  version: string;
  area: string;
  title: LocalizedText;
  description: LocalizedText;
  unit: Unit;
  decimals: number;
  kind: IndicatorKind;
  /** The concept tables it reads. */
  concepts: string[];
  /** The field types it relies on, per concept (used by the engines to build columns and SQL casts). */
  fields: Record<string, Record<string, ValueType>>;
  source: SourceSpec;
  periods: PeriodForm;
  /** Whether it takes an as-of date (fine-print F28). */
  asOf: boolean;
  /** Named values (e.g. `wait`), usable with `ref`. */
  let: Record<string, Expression>;
  population: PopulationRule[];
  numerator?: SumSpec;
  denominator?: SumSpec | { join: JoinedDenominator };
  quantile?: { value: Expression; p: string };
  /** 100 for proportions and the NPS index, the declared scale for rates, 1 otherwise. */
  scale: number;
  breakdowns: Record<string, BreakdownSpec>;
  /** A dimension every result is broken down by, last (fine-print F18, F19). */
  forced?: { dimension: string; inDenominator: boolean };
  disclosure: { policy: "national-1"; basis: "denominator" | "numerator" | "none" };
  legalBasis: string[];
  /** The formula in words. */
  formula: LocalizedText;
  changelog: ChangelogEntry[];
}

/** The parts of a definition that cannot change a value, left out of its hash (interfaces.md). */
export const NON_VALUE_FIELDS = [
  "title",
  "description",
  "formula",
  "legalBasis",
  "changelog",
  "version",
  "area",
] as const;

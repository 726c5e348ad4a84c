/**
 * The evaluation plan: a definition plus checked options (period, breakdowns, age-group set, as-of,
 * disclosure). Every engine — in-memory, reference, SQL — evaluates a plan, never raw options, so all
 * of them reject the same bad options with the same messages (fine-print F26–F28, F17).
 */
import { UsageError } from "../errors/errors";
import type { BreakdownSpec, Definition } from "../definition/definition";
import { formatDate, parseDate, type DayNumber } from "../calendar/date";
import { assertSubPeriodNests, parsePeriod, type Period, type SubPeriodKind } from "../period/period";
import { AGE_GROUP_SET_IDS, resolveAgeGroupSet, type AgeGroupSet } from "../classification/age-groups";

/** Options of one computation, as the library takes them (interfaces.md, "The library"). */
export interface ComputeOptions {
  /** The period id (`2024`, `2024-H1`, `2024-T2`, `2024-Q3`, `2024-03`, or a census date `2024-04-30`). */
  period: string;
  /** Breakdown dimensions, in order. */
  by?: string[];
  /** Age-group set id or a custom set such as `0-17,18-64,65+` (default `sotkanet`, F17). */
  ageGroups?: string;
  /** As-of date for the social-care and child-welfare indicators (F28). */
  asOf?: string | null;
  /** Apply the disclosure policy (default true); false gives `disclosure: "none"`. */
  suppress?: boolean;
  /**
   * Generate JavaScript (`new Function`) for the row loop and the validators where the host allows it
   * (default true; probed once per process). `false` never generates code and never probes, for hosts
   * with a Content-Security-Policy without `unsafe-eval`: the same results, from the reference evaluator
   * (the in-memory engine's fallback) and the validators' plain loops.
   */
  codegen?: boolean;
}

/** One dimension of the plan, resolved. */
export interface PlannedDimension {
  name: string;
  spec: BreakdownSpec;
  /** True for the definition's forced dimension (always present, last). */
  forced: boolean;
  /** False when the denominator ignores this dimension (the wait band's share). */
  inDenominator: boolean;
  subPeriodKind?: SubPeriodKind;
  ageGroupSet?: AgeGroupSet;
}

/** A checked computation. */
export interface Plan {
  definition: Definition;
  period: Period;
  /** The as-of day for indicators that take one, else null. */
  asOf: DayNumber | null;
  dimensions: PlannedDimension[];
  /** The age-group set recorded in the result, or null without an age breakdown (F17). */
  ageGroups: string | null;
  suppress: boolean;
  /** False when the caller turned code generation off (`codegen: false`). */
  codegen: boolean;
  /** Values of the parameters definitions may refer to. */
  parameters: {
    period_start: DayNumber;
    period_end: DayNumber;
    as_of: DayNumber | null;
    census_date: DayNumber | null;
  };
}

const SUB_PERIODS: readonly string[] = ["month", "quarter", "tertial", "half"];

function checkPeriodForm(definition: Definition, period: Period): void {
  const accepted = definition.periods;
  const ok =
    accepted === "census"
      ? period.kind === "census"
      : accepted === "year"
        ? period.kind === "year"
        : period.kind !== "census";
  if (ok) return;
  const forms =
    accepted === "census"
      ? "a census date such as 2024-04-30"
      : accepted === "year"
        ? "a year such as 2024"
        : "a year, half, tertial, quarter or month (2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03)";
  throw new UsageError(
    "period_not_accepted",
    `period "${period.id}" is a ${period.kind} period; ${definition.id} takes ${forms}`,
    { option: "period", value: period.id, accepted: forms },
  );
}

/**
 * Checks options against a definition and returns the plan.
 *
 * @example
 * ```ts
 * const plan = planComputation(definition, { period: "2024", by: ["organizer", "age_group"] });
 * plan.dimensions.map((d) => d.name); // ["organizer", "age_group"]
 * ```
 */
export function planComputation(definition: Definition, options: ComputeOptions): Plan {
  if (typeof options.period !== "string" || options.period === "") {
    throw new UsageError(
      "missing_period",
      `a period is required; ${definition.id} takes ` +
        (definition.periods === "census"
          ? "a census date such as 2024-04-30"
          : definition.periods === "year"
            ? "a year such as 2024"
            : "a period such as 2024, 2024-H1, 2024-T1, 2024-Q1 or 2024-03"),
      { option: "period" },
    );
  }
  const period = parsePeriod(options.period);
  checkPeriodForm(definition, period);

  const allowed = Object.keys(definition.breakdowns).filter((name) => name !== definition.forced?.dimension);
  const requested = options.by ?? [];
  const seen = new Set<string>();
  const dimensions: PlannedDimension[] = [];
  let ageGroupSet: AgeGroupSet | undefined;
  let givenAgeGroups: string | null = null;
  const forcedName = definition.forced?.dimension;
  for (const name of requested) {
    if (name === forcedName) continue; // always present, placed last
    const spec = definition.breakdowns[name];
    if (!spec) {
      throw new UsageError(
        "unknown_breakdown",
        `breakdown "${name}" is not allowed for ${definition.id}; allowed: ${allowed.join(", ")}`,
        { option: "by", value: name, allowed },
      );
    }
    if (seen.has(name))
      throw new UsageError("duplicate_breakdown", `breakdown "${name}" is given twice in --by`, {
        option: "by",
        value: name,
      });
    seen.add(name);
    const dimension: PlannedDimension = { name, spec, forced: false, inDenominator: true };
    if (spec.kind === "field" && spec.ageGroupSet) givenAgeGroups = spec.ageGroupSet; // F17: e.g. the feedback set
    if (spec.kind === "sub_period") {
      dimension.subPeriodKind = name as SubPeriodKind;
      assertSubPeriodNests(name as SubPeriodKind, period);
    }
    if (spec.kind === "age_group") {
      ageGroupSet = resolveAgeGroupSet(options.ageGroups ?? "sotkanet");
      if (ageGroupSet.labelsGiven) {
        throw new UsageError(
          "unknown_age_group_set",
          `age-group set "${ageGroupSet.id}" labels the given respondent_age_group and cannot group a computed age; ` +
            `use ${AGE_GROUP_SET_IDS.filter((id) => id !== ageGroupSet!.id).join(", ")} or a custom set such as ` +
            "0-17,18-64,65+",
          { option: "age_groups", value: ageGroupSet.id },
        );
      }
      dimension.ageGroupSet = ageGroupSet;
    }
    dimensions.push(dimension);
  }
  // still a usage error when unknown
  if (options.ageGroups !== undefined && !ageGroupSet) resolveAgeGroupSet(options.ageGroups);
  if (definition.forced) {
    const spec = definition.breakdowns[definition.forced.dimension]!;
    dimensions.push({
      name: definition.forced.dimension,
      spec,
      forced: true,
      inDenominator: definition.forced.inDenominator,
    });
  }

  let asOf: DayNumber | null = null;
  if (definition.asOf) {
    asOf = period.end;
    if (options.asOf !== undefined && options.asOf !== null) {
      asOf = parseDate(options.asOf);
      if (asOf < period.end) {
        throw new UsageError(
          "as_of_before_period_end",
          `as-of date ${options.asOf} is before the end of period ${period.id} (${formatDate(period.end)}); give ` +
            `${formatDate(period.end)} or later`,
          { option: "as_of", value: options.asOf },
        );
      }
    }
  } else if (options.asOf !== undefined && options.asOf !== null) {
    throw new UsageError(
      "as_of_not_accepted",
      `${definition.id} does not take an as-of date (only the social-care and child-welfare indicators do)`,
      { option: "as_of", value: options.asOf },
    );
  }

  return {
    definition,
    period,
    asOf,
    dimensions,
    ageGroups: ageGroupSet ? ageGroupSet.id : givenAgeGroups,
    suppress: options.suppress ?? true,
    codegen: options.codegen !== false,
    parameters: {
      period_start: period.start,
      period_end: period.end,
      as_of: asOf,
      census_date: period.kind === "census" ? period.start : null,
    },
  };
}

/** True when the name is a sub-period dimension. */
export function isSubPeriodDimension(name: string): boolean {
  return SUB_PERIODS.includes(name);
}

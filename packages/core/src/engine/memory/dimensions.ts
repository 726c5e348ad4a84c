/**
 * Breakdown dimensions as kernels: each row gets a small integer index per dimension (a dictionary code,
 * an age-group band, a sub-period ordinal, a wait band), and each index has a label (the code written
 * in the result). Indices are stable across chunks.
 */
import { ageGroupIndex } from "../../classification/age-groups";
import type { SubPeriodKind } from "../../period/period";
import type { PlannedDimension } from "../../plan/plan";
import { compile, type CompileContext, type Kernel } from "./compile";

/** A dimension compiled for one chunk layout. */
export interface DimensionKernel {
  /** Index of the row's value; 0 means absent (null). */
  index: Kernel;
  /** The label of an index (null for 0). */
  label: (index: number) => string | null;
}

/** Year and month of a day number (civil-from-days, Howard Hinnant), as one ordinal y·12 + (m − 1). */
export function monthOrdinal(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + (month - 1);
}

const MONTHS_PER_SUB_PERIOD: Record<SubPeriodKind, number> = { month: 1, quarter: 3, tertial: 4, half: 6 };
const SUB_PERIOD_LETTER: Record<SubPeriodKind, string> = { month: "", quarter: "Q", tertial: "T", half: "H" };

/** The label of a sub-period ordinal (`2024-03`, `2024-Q1`, `2024-T2`, `2024-H1`). */
export function subPeriodLabel(kind: SubPeriodKind, ordinal: number): string {
  const perYear = 12 / MONTHS_PER_SUB_PERIOD[kind];
  const year = Math.floor(ordinal / perYear);
  const within = ordinal - year * perYear + 1;
  return kind === "month"
    ? `${year}-${String(within).padStart(2, "0")}`
    : `${year}-${SUB_PERIOD_LETTER[kind]}${within}`;
}

/**
 * Compiles one planned dimension.
 *
 * @param date - the kernel of the date that places a row in the period (for sub-periods)
 */
export function compileDimension(
  dimension: PlannedDimension,
  context: CompileContext,
  date: Kernel | null,
  periodStart = 0,
): DimensionKernel {
  const spec = dimension.spec;
  switch (spec.kind) {
    case "field": {
      const compiled = compile({ op: "field", name: spec.field }, context);
      const inner = compiled.kernel;
      if (compiled.type === "string") {
        const dictionary = compiled.dictionary!;
        return {
          index: (row) => {
            const v = inner(row);
            return v !== v ? 0 : v + 1;
          },
          label: (index) => (index === 0 ? null : dictionary.values[index - 1]!),
        };
      }
      const values: number[] = [];
      const indices = new Map<number, number>();
      return {
        index: (row) => {
          const v = inner(row);
          if (v !== v) return 0;
          let index = indices.get(v);
          if (index === undefined) {
            values.push(v);
            index = values.length;
            indices.set(v, index);
          }
          return index;
        },
        label: (index) => (index === 0 ? null : String(values[index - 1])),
      };
    }
    case "age_group": {
      const set = dimension.ageGroupSet!;
      const age = compile(spec.age, context).kernel;
      return {
        index: (row) => {
          const a = age(row);
          return a !== a || a < 0 ? 0 : ageGroupIndex(set, a) + 1;
        },
        label: (index) => (index === 0 ? null : set.bands[index - 1]!.label),
      };
    }
    case "sub_period": {
      const kind = dimension.subPeriodKind!;
      const perSub = MONTHS_PER_SUB_PERIOD[kind];
      if (!date) throw new Error("a sub-period needs the source date");
      // Indices count from the period's first sub-period, so they stay small.
      const base = Math.floor(monthOrdinal(periodStart) / perSub);
      return {
        index: (row) => {
          const d = date(row);
          return d !== d ? 0 : Math.floor(monthOrdinal(d) / perSub) - base + 1;
        },
        label: (index) => (index === 0 ? null : subPeriodLabel(kind, index - 1 + base)),
      };
    }
    case "band": {
      const value = compile(spec.value, context).kernel;
      const bands = spec.bands;
      const count = bands.length;
      return {
        index: (row) => {
          const v = value(row);
          if (v !== v) return 0;
          for (let b = count - 1; b >= 0; b--) if (v >= bands[b]!.lower) return b + 1;
          return 0;
        },
        label: (index) => (index === 0 ? null : bands[index - 1]!.label),
      };
    }
  }
}

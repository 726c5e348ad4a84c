/**
 * Display names of the age-group sets and their bands (classifications.md "Age-group sets"). The sets
 * themselves (bands, bounds, custom sets) are `AGE_GROUP_SETS` / `resolveAgeGroupSet` of `@virta/core`;
 * this module only names them for readers and JSON-stat labels.
 */
import { AGE_GROUP_SETS, type AgeGroupSetId } from "@virta/core";
import type { Names } from "./names";

export { AGE_GROUP_SETS };

/** Display names of the built-in sets. */
export const AGE_GROUP_SET_NAMES: Readonly<Record<AgeGroupSetId, Names>> = Object.freeze({
  sotkanet: { fi: "Sotkanetin ikäryhmät", sv: "Sotkanets åldersgrupper", en: "Sotkanet age groups" },
  statfin: {
    fi: "Tilastokeskuksen ikäkaudet",
    sv: "Statistikcentralens åldersklasser",
    en: "Statistics Finland age classes",
  },
  five_year: { fi: "viisivuotisikäryhmät", sv: "femårsåldersgrupper", en: "five-year age groups" },
  elderly: {
    fi: "ikääntyneiden palvelujen ikäryhmät",
    sv: "åldersgrupper för äldreomsorgen",
    en: "age groups of services for older people",
  },
  care_guarantee: {
    fi: "hoitotakuun ikäryhmät (TervL 51 a §)",
    sv: "vårdgarantins åldersgrupper",
    en: "care-guarantee age groups",
  },
  feedback: {
    fi: "asiakaspalautteen vastaajaryhmät",
    sv: "kundresponsens svarsgrupper",
    en: "customer feedback respondent groups",
  },
});

/**
 * Display names of an age band label (`a-b` or `a+`), or `undefined` when the label has neither form.
 *
 * @example
 * ```ts
 * ageGroupNames("25-64")?.fi; // "25–64-vuotiaat"
 * ageGroupNames("75+")?.en; // "aged 75 and over"
 * ```
 */
export function ageGroupNames(label: string): Names | undefined {
  const open = /^(\d+)\+$/.exec(label);
  if (open !== null) {
    const lower = open[1]!;
    return { fi: `${lower} vuotta täyttäneet`, sv: `${lower} år och äldre`, en: `aged ${lower} and over` };
  }
  const closed = /^(\d+)-(\d+)$/.exec(label);
  if (closed !== null) {
    const span = `${closed[1]}–${closed[2]}`;
    return { fi: `${span}-vuotiaat`, sv: `${span} år`, en: `aged ${span}` };
  }
  return undefined;
}

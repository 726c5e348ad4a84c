/**
 * The catalogue of edition 1: every indicator of indicators.md, reachable by id, listed with its
 * metadata and definition hash (interfaces.md: `catalogue.get(id)`; fine-print F32).
 */
import { UsageError, definitionHash, type Definition } from "@virta/core";
import { AREAS, type Area } from "./areas";
import { primaryCareWithin7Days } from "../availability/primary-care-within-7-days/definition";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";
import { primaryCareWithin3Months } from "../availability/primary-care-within-3-months/definition";
import { primaryCareCareGuaranteeMet } from "../availability/primary-care-care-guarantee-met/definition";
import { primaryCareWaitDaysMedian } from "../availability/primary-care-wait-days-median/definition";
import { primaryCareWaitDaysP90 } from "../availability/primary-care-wait-days-p90/definition";
import { primaryCareWaitBandShare } from "../availability/primary-care-wait-band-share/definition";
import { oralCareWithin3Months } from "../availability/oral-care-within-3-months/definition";
import { oralCareWithin6Months } from "../availability/oral-care-within-6-months/definition";
import { specialisedCareWaitingOver90Days } from "../availability/specialised-care-waiting-over-90-days/definition";
import { specialisedCareWaitingOver180Days } from "../availability/specialised-care-waiting-over-180-days/definition";
// biome-ignore format: the module path alone fills most of a line
import {
  socialCareAssessmentStartedWithin7WorkingDays,
} from "../availability/social-care-assessment-started-within-7-working-days/definition";
// biome-ignore format: the module path alone fills most of a line
import {
  childWelfareDecisionWithin7WorkingDays,
} from "../availability/child-welfare-decision-within-7-working-days/definition";
// biome-ignore format: the module path alone fills most of a line
import {
  childWelfareAssessmentCompletedWithin3Months,
} from "../availability/child-welfare-assessment-completed-within-3-months/definition";
import { populationCount } from "../population-health/population-count/definition";
import { shareAged75Plus } from "../population-health/share-aged-75-plus/definition";
import { dependencyRatio } from "../population-health/dependency-ratio/definition";
import { nps } from "../customer-experience/nps/definition";
import { statementAgreement } from "../customer-experience/statement-agreement/definition";
import { ftePer1000Residents } from "../staff/fte-per-1000-residents/definition";
import { netCostPerResident } from "../costs/net-cost-per-resident/definition";
import { primaryCareDoctorVisitsPerFte } from "../productivity/primary-care-doctor-visits-per-fte/definition";

/** Every definition of edition 1, in catalogue order. */
export const DEFINITIONS: readonly Definition[] = [
  primaryCareWithin7Days,
  primaryCareWithin14Days,
  primaryCareWithin3Months,
  primaryCareCareGuaranteeMet,
  primaryCareWaitDaysMedian,
  primaryCareWaitDaysP90,
  primaryCareWaitBandShare,
  oralCareWithin3Months,
  oralCareWithin6Months,
  specialisedCareWaitingOver90Days,
  specialisedCareWaitingOver180Days,
  socialCareAssessmentStartedWithin7WorkingDays,
  childWelfareDecisionWithin7WorkingDays,
  childWelfareAssessmentCompletedWithin3Months,
  populationCount,
  shareAged75Plus,
  dependencyRatio,
  nps,
  statementAgreement,
  ftePer1000Residents,
  netCostPerResident,
  primaryCareDoctorVisitsPerFte,
];

/** One catalogue entry: the definition with its hash. */
export interface CatalogueEntry {
  id: string;
  version: string;
  area: string;
  kind: Definition["kind"];
  unit: Definition["unit"];
  decimals: number;
  title: Definition["title"];
  definition_hash: string;
  definition: Definition;
}

/**
 * An entry whose hash is computed when first read (then kept): hashing all twenty definitions cost
 * ≈ 20 ms of every command's start-up, and a command reads one or two (issue 14: a quick CLI). The
 * getter is enumerable, so spreading or serialising an entry carries the hash as before.
 */
function entryOf(definition: Definition): CatalogueEntry {
  let hash: string | undefined;
  return {
    id: definition.id,
    version: definition.version,
    area: definition.area,
    kind: definition.kind,
    unit: definition.unit,
    decimals: definition.decimals,
    title: definition.title,
    get definition_hash(): string {
      hash ??= definitionHash(definition);
      return hash;
    },
    definition,
  };
}

const ENTRIES: readonly CatalogueEntry[] = DEFINITIONS.map(entryOf);
const BY_ID = new Map(ENTRIES.map((entry) => [entry.id, entry]));

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The ids closest to a mistyped one (at most three). */
export function suggestIds(id: string): string[] {
  const scored = ENTRIES.map((entry) => ({
    id: entry.id,
    score: Math.min(distance(id, entry.id), entry.id.includes(id) && id.length > 2 ? 1 : Infinity),
  }));
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((entry) => entry.id);
}

/**
 * The catalogue of edition 1.
 *
 * @example
 * ```ts
 * catalogue.get("availability.primary_care.within_14_days").kind; // "proportion"
 * catalogue.list({ area: "availability" }).length; // 14
 * ```
 */
export const catalogue = {
  /** Every entry, optionally of one area. */
  list(filter: { area?: string } = {}): CatalogueEntry[] {
    if (filter.area !== undefined && !AREAS.some((area) => area.id === filter.area)) {
      throw new UsageError(
        "unknown_area",
        `area "${filter.area}" is unknown; areas: ${AREAS.map((area) => area.id).join(", ")}`,
        { option: "area", value: filter.area },
      );
    }
    return ENTRIES.filter((entry) => filter.area === undefined || entry.area === filter.area);
  },
  /** One definition by id; an unknown id is a usage error naming the closest ids. */
  get(id: string): Definition {
    return this.entry(id).definition;
  },
  /** One entry (definition and hash) by id. */
  entry(id: string): CatalogueEntry {
    const entry = BY_ID.get(id);
    if (!entry) {
      const suggestions = suggestIds(id);
      throw new UsageError(
        "unknown_indicator",
        `unknown indicator "${id}"; did you mean ${suggestions.join(", ")}? (virta list shows all)`,
        { value: id, suggestions },
      );
    }
    return entry;
  },
  /** True when the id is in the catalogue. */
  has(id: string): boolean {
    return BY_ID.has(id);
  },
  /** The areas with their names, each with its indicator ids (empty for areas without a national definition yet). */
  areas(): Array<Area & { indicators: string[] }> {
    return AREAS.map((area) => ({
      ...area,
      indicators: ENTRIES.filter((entry) => entry.area === area.id).map((entry) => entry.id),
    }));
  },
};

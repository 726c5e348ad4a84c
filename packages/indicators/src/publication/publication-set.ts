/**
 * A publication set (fine-print F35): for one period and one population family, every table of the set
 * for every indicator, on a fixed shape (every category of each classification, so a row's presence
 * says nothing — wait bands and question codes included), national-1 primary suppression, then
 * complementary suppression across the whole set (`protectSet` of @virta/core) and its LP audit. The
 * counts come from `compute` without suppression; the input accounting stays in `reports`, for an
 * internal report, never in the published tables. See docs/disclosure.md.
 */
import {
  protectSet,
  resolveAgeGroupSet,
  SUPPRESSION_RANGE,
  UsageError,
  type CellCheck,
  type Definition,
  type DisclosureCounts,
  type DisclosureKind,
  type IndicatorResult,
  type LinearSolver,
  type LinkedTables,
  type ResultRow,
} from "@virta/core";
import { classificationOrder } from "@virta/concepts";
import { catalogue } from "../catalogue/catalogue";
import { compute, type ComputeRequest } from "../compute/compute";
import type { TableInput } from "../compute/input";
import { familyKey, setTables, tableName } from "./family";

/** Options of {@link publishSet}. */
export interface PublishRequest {
  /** Rows per concept; each indicator and table is computed from them, so each must be readable again. */
  data: Record<string, TableInput>;
  period: string;
  ageGroups?: string;
  asOf?: string;
  strict?: boolean;
  maxRejectedShare?: number;
  sources?: Record<string, string>;
  /** The LP solver of the complement search and the audit (`highsSolver()` of @virta/adapters). */
  solver: LinearSolver;
}

/** One published table of one indicator: fixed-shape rows in classification order. */
export interface PublishedTable {
  /** `national`, `organizer`, `organizer_age_group`, `organizer_sex`. */
  name: string;
  /** The breakdown dimensions, forced ones (wait_band, question_code) last. */
  breakdown: string[];
  rows: ResultRow[];
}

/** One indicator of a set: its catalogue identity, the computed result (internal) and its tables. */
export interface PublishedIndicator {
  definition: Definition;
  definitionHash: string;
  /** The national result computed without suppression: input accounting for the internal report. */
  report: IndicatorResult;
  tables: PublishedTable[];
}

/** A publication set: one family, one period, one suppression pattern. */
export interface PublicationSet {
  family: string;
  period: IndicatorResult["period"];
  ageGroups: string | null;
  linked: LinkedTables;
  indicators: PublishedIndicator[];
  /** Units (cells of the linked tables) suppressed as primary (national-1) and in all. */
  primaryCount: number;
  suppressedCount: number;
  checks: CellCheck[];
}

const disclosureKind = (definition: Definition): DisclosureKind => definition.kind;
const sharesDenominator = (kind: DisclosureKind): boolean => kind !== "rate" && kind !== "count";

/** The categories of a dimension in classification order; every one is published (F35). */
function categoriesOf(definition: Definition, dim: string, ageGroups: string | undefined): string[] {
  const spec = definition.breakdowns[dim];
  if (spec?.kind === "band") return spec.bands.map((band) => band.label);
  if (spec?.kind === "field" && spec.order) return [...spec.order];
  const ageGroupSet = dim === "age_group" ? resolveAgeGroupSet(ageGroups ?? "sotkanet") : undefined;
  const order = classificationOrder(dim, ageGroupSet ? { ageGroups: ageGroupSet } : {});
  if (!order) {
    throw new UsageError("unpublishable_dimension", `${dim} has no fixed list of categories to publish (F35)`, {
      value: dim,
    });
  }
  return [...order];
}

/** Cells of a table in row-major order. */
function keysOf(dims: string[], categories: Map<string, string[]>): string[][] {
  let keys: string[][] = [[]];
  for (const dim of dims) keys = keys.flatMap((key) => categories.get(dim)!.map((category) => [...key, category]));
  return keys;
}

/** The row of an absent combination (F23 per kind): published as zero counts, never suppressed. */
function emptyRow(kind: DisclosureKind): Pick<ResultRow, "numerator" | "denominator" | "value" | "suppressed"> {
  if (kind === "count") return { numerator: 0, denominator: null, value: 0, suppressed: false };
  if (kind === "quantile") return { numerator: null, denominator: 0, value: null, suppressed: false };
  if (kind === "rate") return { numerator: 0, denominator: null, value: null, suppressed: false };
  return { numerator: 0, denominator: 0, value: null, suppressed: false };
}

/**
 * Computes, protects and lays out the publication set of one population family (F35).
 *
 * @example
 * ```ts
 * const set = await publishSet(["availability.primary_care.within_14_days"], {
 *   data: { health_care_visit: rows }, period: "2024", solver: await highsSolver(),
 * });
 * set.indicators[0].tables.map((table) => table.name);
 * // ["national", "organizer", "organizer_age_group", "organizer_sex"]
 * ```
 */
export async function publishSet(ids: readonly string[], request: PublishRequest): Promise<PublicationSet> {
  const entries = ids.map((id) => catalogue.entry(id));
  const family = entries.map((entry) => entry.definition);
  const key = familyKey(family[0]!);
  const stranger = family.find((definition) => familyKey(definition) !== key);
  if (stranger) {
    throw new UsageError(
      "mixed_families",
      `${stranger.id} has another population than ${family[0]!.id}; publish each population family as its own set ` +
        "(F35)",
      { value: stranger.id },
    );
  }
  const tables = setTables(family);
  const unitExtra = family[0]!.forced?.inDenominator ? family[0]!.forced.dimension : null;
  for (const definition of family) {
    const extra = definition.forced?.inDenominator ? definition.forced.dimension : null;
    if (extra !== unitExtra) {
      throw new UsageError("mixed_families", `${definition.id} splits its denominator differently (F35)`, {
        value: definition.id,
      });
    }
  }
  const categories = new Map<string, string[]>();
  const dimsUsed = [...new Set(tables.flat())];
  for (const dim of dimsUsed) categories.set(dim, categoriesOf(family[0]!, dim, request.ageGroups));
  if (unitExtra) categories.set(unitExtra, categoriesOf(family[0]!, unitExtra, request.ageGroups));
  const linkedTables = tables.map((dims) => (unitExtra ? [...dims, unitExtra] : dims));
  const linked: LinkedTables = {
    dimensions: [...categories].map(([name, list]) => ({ name, categories: list })),
    tables: linkedTables,
  };
  const unitIndex = new Map<string, number>();
  linkedTables.forEach((dims, t) => {
    for (const cellKey of keysOf(dims, categories)) unitIndex.set(`${t}|${cellKey.join("|")}`, unitIndex.size);
  });
  const unitCount = unitIndex.size;

  // Exact counts per unit (and per part) from compute without suppression.
  const denominators: Array<number | null> = new Array(unitCount).fill(0);
  let denominatorOwner: string | null = null;
  const computed: Array<{ results: IndicatorResult[]; parts: string[] | null }> = [];
  const measures: DisclosureCounts["measures"] = [];
  for (const definition of family) {
    const entry = catalogue.entry(definition.id);
    const partsDim = definition.forced && !definition.forced.inDenominator ? definition.forced.dimension : null;
    const parts = partsDim ? categoriesOf(definition, partsDim, request.ageGroups) : null;
    const kind = disclosureKind(definition);
    const numerators =
      kind === "quantile" ? null : Array.from({ length: unitCount }, () => (parts ?? [0]).map(() => 0));
    const results: IndicatorResult[] = [];
    for (const [t, dims] of tables.entries()) {
      const options: ComputeRequest = {
        data: request.data,
        period: request.period,
        by: dims,
        suppress: false,
        definitionHash: entry.definition_hash,
        ...(request.ageGroups !== undefined ? { ageGroups: request.ageGroups } : {}),
        ...(request.asOf !== undefined && definition.asOf ? { asOf: request.asOf } : {}),
        ...(request.strict !== undefined ? { strict: request.strict } : {}),
        ...(request.maxRejectedShare !== undefined ? { maxRejectedShare: request.maxRejectedShare } : {}),
        ...(request.sources ? { sources: request.sources } : {}),
      };
      const result = await compute(definition, options);
      results.push(result);
      for (const row of result.rows) {
        const cell = linkedTables[t]!.map((dim) => String(row[dim]));
        const u = unitIndex.get(`${t}|${cell.join("|")}`);
        if (u === undefined) continue; // an empty national result without rows of a split dimension
        const p = parts && partsDim ? parts.indexOf(String(row[partsDim])) : 0;
        // counts (F5 strings only for sums)
        if (numerators && row.numerator !== null) numerators[u]![p] = Number(row.numerator);
        if (sharesDenominator(kind) && row.denominator !== null) {
          if (denominatorOwner && denominators[u] !== Number(row.denominator)) {
            throw new Error(`${definition.id} and ${denominatorOwner} disagree on the population of a cell`);
          }
          denominators[u] = Number(row.denominator);
        }
      }
    }
    if (sharesDenominator(kind)) denominatorOwner ??= definition.id;
    computed.push({ results, parts });
    measures.push({ id: definition.id, kind, parts, numerators });
  }
  const counts: DisclosureCounts = {
    denominators: denominatorOwner ? denominators : null,
    measures,
  };

  // Primary suppression (national-1, F20): the basis count of any indicator of the family is 1–4.
  const inRange = (n: number): boolean => n >= SUPPRESSION_RANGE.min && n <= SUPPRESSION_RANGE.max;
  const primary = Array.from({ length: unitCount }, (_, u) =>
    family.some((definition, m) => {
      const basis = definition.disclosure.basis;
      if (basis === "denominator") return inRange(denominators[u] ?? 0);
      if (basis === "numerator") {
        return inRange((measures[m]!.numerators?.[u] ?? []).reduce<number>((sum, n) => sum + (n ?? 0), 0));
      }
      return false;
    }),
  );
  const protection = protectSet(linked, counts, primary, request.solver);

  const indicators: PublishedIndicator[] = family.map((definition, m) => {
    const { results, parts } = computed[m]!;
    const partsDim = parts ? definition.forced!.dimension : null;
    const publishedTables = tables.map((dims, t): PublishedTable => {
      const byKey = new Map<string, ResultRow>();
      const breakdown = results[t]!.breakdown;
      for (const row of results[t]!.rows) byKey.set(breakdown.map((dim) => String(row[dim])).join("|"), row);
      const rows: ResultRow[] = [];
      for (const cell of keysOf(linkedTables[t]!, categories)) {
        const u = unitIndex.get(`${t}|${cell.join("|")}`)!;
        for (const part of parts ?? [null]) {
          const keyValues = part === null ? cell : [...cell, part];
          const head: Record<string, string> = {};
          breakdown.forEach((dim, d) => {
            head[dim] = keyValues[d]!;
          });
          const found = byKey.get(keyValues.join("|"));
          const den = denominators[u] ?? 0;
          const body = protection.suppressed[u]
            ? { numerator: null, denominator: null, value: null, suppressed: true }
            : found
              ? { numerator: found.numerator, denominator: found.denominator, value: found.value, suppressed: false }
              : part !== null && den > 0
                ? { numerator: 0, denominator: den, value: 0, suppressed: false } // a part no row falls in
                : emptyRow(disclosureKind(definition));
          rows.push({ ...head, ...body } as ResultRow);
        }
      }
      return { name: tableName(dims), breakdown: partsDim ? [...linkedTables[t]!, partsDim] : breakdown, rows };
    });
    return {
      definition,
      definitionHash: catalogue.entry(definition.id).definition_hash,
      report: results[0]!,
      tables: publishedTables,
    };
  });
  return {
    family: key,
    period: indicators[0]!.report.period,
    ageGroups: computed[0]!.results.find((result) => result.age_groups !== null)?.age_groups ?? null,
    linked,
    indicators,
    primaryCount: primary.filter(Boolean).length,
    suppressedCount: protection.suppressed.filter(Boolean).length,
    checks: protection.checks,
  };
}

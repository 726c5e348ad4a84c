/**
 * Complementary suppression across a publication set (fine-print F35), deterministic so that two
 * implementations publish the same pattern. Step by step (docs/disclosure.md has worked examples):
 *
 * 1. Primary cells (national-1, given by the caller) are suppressed.
 * 2. Singletons: every sum a reader can form (relation) with exactly one suppressed cell gets a
 *    complement among its published cells, chosen by {@link chooseComplement} on the cell size
 *    (the denominator; the numerator for rates and counts). Repeated until no relation has one.
 * 3. Audit (linear programming, {@link auditCounts}) in unit order; at the first protected count
 *    whose interval is narrower than 5, a complement is chosen among the published cells of the
 *    relations of that cell by {@link chooseComplement} on the failing count (numerator, denominator,
 *    difference); if none of them holds any of it, among the published cells of every relation
 *    reachable from the cell through suppressed cells (its component), and if none of those holds
 *    any either, the component's published cell of the shallowest table (a margin: the count is then
 *    pinned by a published total). Back to 2.
 * Every round suppresses one more cell, so the loop ends (at worst with everything suppressed,
 * which is protected).
 */
import {
  auditCounts,
  type AuditOptions,
  type CellCheck,
  type CountName,
  type DisclosureCounts,
  PROTECTION_WIDTH,
} from "./audit";
import type { LinearSolver } from "./linear-program";
import { listRelations, listUnits, type DisclosureUnit, type LinkedTables } from "./linked-tables";

/** A candidate complement: its unit index, depth (number of dimensions of its table) and value. */
export interface Candidate {
  unit: number;
  depth: number;
  value: number;
}

/**
 * The complement among candidates (in unit order): the smallest value that is at least 5 (ties: the
 * deeper table, then unit order); when none is, the largest positive value (ties: the shallower
 * table, then unit order); null when every value is 0.
 *
 * @example
 * ```ts
 * chooseComplement([{ unit: 1, depth: 1, value: 53 }, { unit: 4, depth: 2, value: 50 }]); // 4
 * chooseComplement([{ unit: 1, depth: 1, value: 3 }, { unit: 4, depth: 2, value: 3 }]); // 1
 * ```
 */
export function chooseComplement(candidates: Candidate[]): number | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.value < PROTECTION_WIDTH) continue;
    if (!best || c.value < best.value || (c.value === best.value && c.depth > best.depth)) best = c;
  }
  if (best) return best.unit;
  for (const c of candidates) {
    if (c.value <= 0) continue;
    if (!best || c.value > best.value || (c.value === best.value && c.depth < best.depth)) best = c;
  }
  return best ? best.unit : null;
}

/** Counts with the suppressed units' values replaced by null (what a reader sees). */
export function maskCounts(counts: DisclosureCounts, suppressed: boolean[]): DisclosureCounts {
  return {
    denominators: counts.denominators?.map((value, u) => (suppressed[u] ? null : value)) ?? null,
    measures: counts.measures.map((measure) => ({
      ...measure,
      numerators: measure.numerators?.map((parts, u) => parts.map((value) => (suppressed[u] ? null : value))) ?? null,
    })),
  };
}

/** The pattern of a set: which units are primary and which are suppressed, and the final audit. */
export interface Protection {
  units: DisclosureUnit[];
  primary: boolean[];
  suppressed: boolean[];
  checks: CellCheck[];
}

/** The size of a unit for step 2: its denominator, else the largest numerator total. */
function sizeOf(counts: DisclosureCounts, u: number): number {
  const den = counts.denominators?.[u];
  if (den !== undefined && den !== null) return den;
  let size = 0;
  for (const measure of counts.measures) {
    const total = (measure.numerators?.[u] ?? []).reduce<number>((sum, value) => sum + (value ?? 0), 0);
    size = Math.max(size, total);
  }
  return size;
}

/** The value of the count a failing check is about, at another unit. */
function countValue(counts: DisclosureCounts, check: CellCheck, u: number): number {
  const den = counts.denominators?.[u] ?? 0;
  if (check.count === "denominator") return den;
  const m = counts.measures.findIndex((measure) => measure.id === check.measure);
  const measure = counts.measures[m]!;
  const p = check.part === null ? 0 : (measure.parts ?? []).indexOf(check.part);
  const num = measure.numerators?.[u]?.[p] ?? 0;
  const byCount: Record<CountName, number> = {
    denominator: den,
    numerator: num,
    difference: den - num,
    sum: den + num,
  };
  return Math.abs(byCount[check.count]);
}

/**
 * Chooses the complementary suppressions of a set given its primary cells (steps 1–3 above) and
 * audits the result.
 *
 * @example
 * ```ts
 * const { suppressed, checks } = protectSet(linked, counts, primary, await highsSolver());
 * checks.every((check) => check.protected); // true
 * ```
 */
export function protectSet(
  linked: LinkedTables,
  counts: DisclosureCounts,
  primary: boolean[],
  solver: LinearSolver,
): Protection {
  const units = listUnits(linked);
  const relations = listRelations(linked, units).filter((relation) => relation.direct);
  const depth = (u: number): number => linked.tables[units[u]!.table]!.length;
  const membersOf = relations.map((r) => [r.parent, ...r.children]);
  const relationsOf = units.map(() => [] as number[]);
  membersOf.forEach((members, r) => {
    for (const u of members) relationsOf[u]!.push(r);
  });
  const suppressed = primary.slice();
  const candidatesIn = (relationIndexes: Iterable<number>, value: (u: number) => number): Candidate[] => {
    const seen = new Set<number>();
    for (const r of relationIndexes) for (const u of membersOf[r]!) if (!suppressed[u]) seen.add(u);
    return [...seen].sort((a, b) => a - b).map((u) => ({ unit: u, depth: depth(u), value: value(u) }));
  };
  // The relations reachable from a unit through suppressed cells: where its count can still move.
  const componentRelations = (start: number): number[] => {
    const found = new Set<number>();
    const queue = [start];
    const visited = new Set(queue);
    while (queue.length > 0) {
      const u = queue.pop()!;
      for (const r of relationsOf[u]!) {
        found.add(r);
        for (const v of membersOf[r]!) {
          if (suppressed[v] && !visited.has(v)) {
            visited.add(v);
            queue.push(v);
          }
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  };
  const shallowest = (list: number[]): number | null =>
    list.length === 0 ? null : list.slice().sort((a, b) => depth(a) - depth(b) || a - b)[0]!;
  const firstPublished = (): number => {
    const order = units.map((_, u) => u).filter((u) => !suppressed[u]);
    order.sort((a, b) => depth(a) - depth(b) || a - b);
    return order[0]!;
  };
  const closeSingletons = (): void => {
    for (let changed = true; changed; ) {
      changed = false;
      membersOf.forEach((members, r) => {
        if (members.filter((u) => suppressed[u]).length !== 1) return;
        const choice = chooseComplement(candidatesIn([r], (u) => sizeOf(counts, u)));
        const open = members.filter((u) => !suppressed[u]);
        if (open.length === 0) return;
        suppressed[choice ?? open.sort((a, b) => depth(a) - depth(b) || a - b)[0]!] = true;
        changed = true;
      });
    }
  };
  const passed = new Set<string>();
  const options: AuditOptions = { stopAtFirst: true, passed };
  for (let round = 0; round <= units.length; round++) {
    if (!suppressed.some(Boolean)) break;
    closeSingletons();
    const failing = auditCounts(linked, maskCounts(counts, suppressed), suppressed, solver, options).find(
      (check) => !check.protected,
    );
    if (!failing) break;
    const value = (u: number): number => countValue(counts, failing, u);
    let choice = chooseComplement(candidatesIn(relationsOf[failing.unit]!, value));
    if (choice === null) {
      const component = componentRelations(failing.unit);
      const open = candidatesIn(component, value);
      choice = chooseComplement(open) ?? shallowest(open.map((c) => c.unit));
    }
    suppressed[choice ?? firstPublished()] = true;
  }
  const checks = auditCounts(linked, maskCounts(counts, suppressed), suppressed, solver);
  return { units, primary: primary.slice(), suppressed, checks };
}
